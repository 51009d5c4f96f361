import LiaisonCore

/// Multi-line text, wrapped by display width. Enter breaks the line; Up and
/// Down move by wrapped row, keeping the column as near as the widths allow.
public struct TextArea: Sendable, Equatable {
    public private(set) var characters: [Character]
    public private(set) var caret: Int
    public var maxLength: Int?
    /// Width the caret was last rendered at, for Up/Down (set by `layoutWidth`).
    public var layoutWidth: Int = 40

    public init(_ text: String = "", maxLength: Int? = nil) {
        self.characters = Array(TextArea.clean(text))
        self.caret = characters.count
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(TextArea.clean(newValue)); caret = characters.count }
    }

    static func clean(_ s: String) -> String {
        DisplaySanitizer.sanitize(s.replacingNewlines(with: "\n"), keepNewlines: true)
    }

    public mutating func insert(_ s: String) {
        var add = Array(TextArea.clean(s))
        if let maxLength { add = Array(add.prefix(max(0, maxLength - characters.count))) }
        characters.insert(contentsOf: add, at: caret)
        caret += add.count
    }

    /// One wrapped row: the Character range it shows.
    public struct Row: Equatable, Sendable {
        public let start: Int
        public let end: Int   // exclusive; a trailing "\n" is not part of the row
    }

    /// Rows of the text wrapped at `width` cells. Wraps at any character,
    /// which is right for Chinese; a wide character never straddles the edge.
    public func rows(width: Int) -> [Row] {
        let w = max(2, width)
        var rows: [Row] = []
        var start = 0, used = 0, i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "\n" {
                rows.append(Row(start: start, end: i))
                i += 1; start = i; used = 0
                continue
            }
            let cw = DisplayWidth.of(c)
            if used + cw > w {
                rows.append(Row(start: start, end: i))
                start = i; used = 0
                continue
            }
            used += cw
            i += 1
        }
        rows.append(Row(start: start, end: characters.count))
        return rows
    }

    /// Row index and column (cells) of the caret.
    public func caretPosition(width: Int) -> (row: Int, column: Int) {
        let rs = rows(width: width)
        var index = rs.count - 1
        for (n, r) in rs.enumerated() where caret >= r.start && caret <= r.end {
            index = n
            // At a soft wrap the caret belongs to the start of the next row.
            if caret == r.end, n + 1 < rs.count, rs[n + 1].start == r.end { continue }
            break
        }
        let r = rs[index]
        return (index, DisplayWidth.of(String(characters[r.start..<caret])))
    }

    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .text(let s): insert(s)
        case .key(.enter): insert("\n")
        case .key(.left): caret = max(0, caret - 1)
        case .key(.right): caret = min(characters.count, caret + 1)
        case .key(.up): moveVertically(-1)
        case .key(.down): moveVertically(1)
        case .key(.home), .key(.ctrl("a")):
            caret = rows(width: layoutWidth)[caretPosition(width: layoutWidth).row].start
        case .key(.end), .key(.ctrl("e")):
            caret = rows(width: layoutWidth)[caretPosition(width: layoutWidth).row].end
        case .key(.backspace):
            guard caret > 0 else { return true }
            characters.remove(at: caret - 1); caret -= 1
        case .key(.delete):
            guard caret < characters.count else { return true }
            characters.remove(at: caret)
        default:
            return false
        }
        return true
    }

    private mutating func moveVertically(_ delta: Int) {
        let rs = rows(width: layoutWidth)
        let (row, column) = caretPosition(width: layoutWidth)
        let target = row + delta
        guard target >= 0, target < rs.count else {
            caret = delta < 0 ? 0 : characters.count
            return
        }
        let r = rs[target]
        var i = r.start, used = 0
        while i < r.end {
            let w = DisplayWidth.of(characters[i])
            if used + w > column { break }
            used += w; i += 1
        }
        caret = i
    }

    /// Draw inside `rect`, scrolled so the caret row is visible.
    public func render(into canvas: inout Canvas, rect: Rect, focused: Bool) {
        guard !rect.isEmpty else { return }
        let element: ThemeElement = focused ? .fieldFocused : .field
        canvas.fill(rect, element: element)
        let rs = rows(width: rect.width)
        let pos = caretPosition(width: rect.width)
        let top = max(0, pos.row - rect.height + 1)
        for (n, r) in rs.dropFirst(top).prefix(rect.height).enumerated() {
            canvas.put(String(characters[r.start..<r.end]), x: rect.x, y: rect.y + n, element: element, clip: rect)
        }
        if focused {
            canvas.cursor = (rect.x + min(pos.column, rect.width - 1), rect.y + pos.row - top)
        }
    }
}
