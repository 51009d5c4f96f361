import LiaisonCore

/// A vertical list with one highlighted row. Rows are cut by display width
/// with an ASCII `...`; the view scrolls to keep the selection visible.
public struct SelectList: Sendable, Equatable {
    public var items: [String] {
        didSet { selected = items.isEmpty ? 0 : min(selected, items.count - 1) }
    }
    public private(set) var selected: Int = 0
    /// Rows per page, as last laid out; PgUp/PgDn move by this.
    public var pageSize: Int = 10

    public init(_ items: [String], selected: Int = 0) {
        self.items = items
        self.selected = items.isEmpty ? 0 : max(0, min(selected, items.count - 1))
    }

    public var selectedItem: String? { items.isEmpty ? nil : items[selected] }

    public mutating func select(_ index: Int) {
        guard !items.isEmpty else { return }
        selected = max(0, min(index, items.count - 1))
    }

    /// Movement keys (arrows, j/k, PgUp/PgDn, Home/End). Returns false for anything else.
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.up): select(selected - 1)
        case .key(.down): select(selected + 1)
        case .key(.pageUp): select(selected - max(1, pageSize))
        case .key(.pageDown): select(selected + max(1, pageSize))
        case .key(.home): select(0)
        case .key(.end): select(items.count - 1)
        default:
            switch event.character {
            case "k": select(selected - 1)
            case "j": select(selected + 1)
            default: return false
            }
        }
        return true
    }

    /// First row shown in a view `height` rows tall.
    public func top(height: Int) -> Int {
        guard height > 0 else { return 0 }
        return max(0, min(selected - height / 2, items.count - height))
    }

    public func render(into canvas: inout Canvas, rect: Rect, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        let first = top(height: rect.height)
        for row in 0..<rect.height {
            let index = first + row
            guard index < items.count else { break }
            let isSelected = index == selected
            let element: ThemeElement = isSelected && focused ? .selected : .normal
            let marker = isSelected ? ">" : " "
            canvas.putFitted(marker + items[index], x: rect.x, y: rect.y + row, width: rect.width, element: element)
        }
    }
}
