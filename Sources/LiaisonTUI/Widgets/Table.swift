import LiaisonCore

/// Rows of columns. Each column has a width in cells (or takes what is left),
/// and every cell is cut to it with an ASCII `...`, so Chinese and Latin
/// text line up in the same grid.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        /// Cells; nil means "share the remaining width".
        public var width: Int?
        public var alignRight: Bool

        public init(_ title: String, width: Int? = nil, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: [[String]] {
        didSet { list.items = rows.map { $0.joined() } }
    }
    private var list: SelectList

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
        self.list = SelectList(rows.map { $0.joined() })
    }

    public var selected: Int { list.selected }
    public mutating func select(_ index: Int) { list.select(index) }
    /// Rows PgUp/PgDn move by; the owner sets it from the last layout.
    public var pageSize: Int {
        get { list.pageSize }
        set { list.pageSize = newValue }
    }

    @discardableResult
    public mutating func handle(_ event: Event) -> Bool { list.handle(event) }

    /// The width each column gets in `total` cells (one space between columns).
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.compactMap(\.width).reduce(0, +)
        let flexible = columns.filter { $0.width == nil }.count
        let rest = max(0, total - gaps - fixed)
        var widths = columns.map { $0.width ?? (flexible > 0 ? rest / flexible : 0) }
        // Shrink from the right when even the fixed columns do not fit.
        var over = widths.reduce(0, +) + gaps - total
        var i = widths.count - 1
        while over > 0 && i >= 0 {
            let cut = min(over, widths[i])
            widths[i] -= cut; over -= cut; i -= 1
        }
        return widths
    }

    /// Header row, then as many rows as fit, the selected one highlighted.
    public func render(into canvas: inout Canvas, rect: Rect, focused: Bool = true) {
        guard rect.height >= 1 else { return }
        let widths = columnWidths(total: rect.width)
        drawRow(columns.map(\.title), widths: widths, canvas: &canvas, x: rect.x, y: rect.y,
                element: .heading, rowWidth: rect.width)
        let body = rect.rows(1, rect.height - 1)
        let first = list.top(height: body.height)
        for r in 0..<body.height {
            let index = first + r
            guard index < rows.count else { break }
            let element: ThemeElement = index == list.selected && focused ? .selected : .normal
            drawRow(rows[index], widths: widths, canvas: &canvas, x: body.x, y: body.y + r,
                    element: element, rowWidth: rect.width)
        }
    }

    private func drawRow(_ cells: [String], widths: [Int], canvas: inout Canvas, x: Int, y: Int,
                         element: ThemeElement, rowWidth: Int) {
        canvas.fill(Rect(x: x, y: y, width: rowWidth, height: 1), element: element)
        var col = x
        for (i, w) in widths.enumerated() {
            let value = i < cells.count ? cells[i] : ""
            if w > 0 {
                canvas.putFitted(value, x: col, y: y, width: w, element: element, alignRight: columns[i].alignRight)
            }
            col += w + 1
        }
    }
}
