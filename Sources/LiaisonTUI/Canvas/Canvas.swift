import LiaisonCore

/// A grid of cells that screens draw into; the terminal backend copies it to
/// the screen. Every string is sanitised and measured by display width here,
/// so no caller can write a control character or split a wide one.
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the backend puts the real, visible cursor (a focused text field's
    /// caret, so an IME candidate window opens there). `nil` hides it.
    public var cursor: (x: Int, y: Int)?
    public let borders: BorderSet

    public init(width: Int, height: Int, ascii: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
        self.borders = ascii ? .ascii : .unicode
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var isASCII: Bool { borders == .ascii }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Write `text` at (x, y), clipped to `clip` (default: the whole canvas).
    /// Returns the number of columns advanced. A wide character that would
    /// cross the clip edge is replaced by a space instead of being split.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, element: ThemeElement = .normal, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return DisplayWidth.of(DisplaySanitizer.sanitize(text)) }
        var col = x
        for ch in DisplaySanitizer.sanitize(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }   // a lone combining mark has nothing to sit on
            if col >= area.maxX { break }
            if col >= area.x {
                if col + w > area.maxX {
                    setCell(col, y, Cell(" ", element: element))
                } else {
                    setCell(col, y, Cell(ch, element: element))
                    if w == 2 { setCell(col + 1, y, Cell(" ", element: element, isContinuation: true)) }
                }
            } else if col + w > area.x {
                // The left half of a wide character is clipped: show the visible half as blank.
                setCell(area.x, y, Cell(" ", element: element))
            }
            col += w
        }
        return col - x
    }

    /// Write `text` cut to `width` cells (with an ASCII `...` when cut) and
    /// padded with spaces, so the whole span takes `element`'s style.
    public mutating func putFitted(_ text: String, x: Int, y: Int, width: Int, element: ThemeElement = .normal,
                                   alignRight: Bool = false, clip: Rect? = nil) {
        let safe = DisplaySanitizer.sanitize(text)
        put(DisplayWidth.fit(safe, to: width, alignRight: alignRight), x: x, y: y, element: element, clip: clip)
    }

    /// Paint `rect` with spaces in `element`'s style.
    public mutating func fill(_ rect: Rect, element: ThemeElement = .normal) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY {
            for xx in r.x..<r.maxX { setCell(xx, yy, Cell(" ", element: element)) }
        }
    }

    /// A one-cell border around `rect`, with an optional title in the top edge.
    public mutating func box(_ rect: Rect, element: ThemeElement = .border, title: String? = nil,
                             titleElement: ThemeElement = .heading) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let b = borders
        let h = String(repeating: String(b.horizontal), count: rect.width - 2)
        put(String(b.topLeft) + h + String(b.topRight), x: rect.x, y: rect.y, element: element)
        put(String(b.bottomLeft) + h + String(b.bottomRight), x: rect.x, y: rect.maxY - 1, element: element)
        for yy in (rect.y + 1)..<(rect.maxY - 1) {
            put(String(b.vertical), x: rect.x, y: yy, element: element)
            put(String(b.vertical), x: rect.maxX - 1, y: yy, element: element)
        }
        if let title, rect.width > 4 {
            putFitted(" " + title + " ", x: rect.x + 1, y: rect.y,
                      width: min(DisplayWidth.of(DisplaySanitizer.sanitize(title)) + 2, rect.width - 2),
                      element: titleElement)
        }
    }

    /// A horizontal rule across `width` cells.
    public mutating func hline(x: Int, y: Int, width: Int, element: ThemeElement = .border) {
        guard width > 0 else { return }
        put(String(repeating: String(borders.horizontal), count: width), x: x, y: y, element: element)
    }

    /// Row `y` as plain text (continuation cells omitted), for tests and snapshots.
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width {
            let c = cells[y * width + x]
            if !c.isContinuation { s.append(c.character) }
        }
        return s
    }

    /// Every row, joined by newlines.
    public var text: String { (0..<height).map(rowText).joined(separator: "\n") }

    /// Set one cell, repairing any wide character it overwrites half of.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(" ", element: cells[i - 1].element)
        }
        if !old.isContinuation, DisplayWidth.of(old.character) == 2, x + 1 < width, cells[i + 1].isContinuation,
           !cell.isContinuation || DisplayWidth.of(cell.character) != 2 {
            cells[i + 1] = Cell(" ", element: cells[i + 1].element)
        }
        cells[i] = cell
    }
}
