import LiaisonCore

/// Stands in for a screen another piece of work has not delivered yet, and
/// says so plainly rather than pretending.
public struct PlaceholderScreen: Screen {
    public let destination: Destination

    public init(destination: Destination) {
        self.destination = destination
    }

    public var keyHelp: [KeyHelp] { [KeyHelp("Esc", Catalogue.helpBack)] }

    public mutating func handle(_ event: Event) -> Action { .ignored }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        let box = area.centered(width: min(area.width, 64), height: min(area.height, 7))
        canvas.box(box, title: destination.title(language))
        let inner = box.inset(2)
        canvas.putFitted(Catalogue.notBuilt(destination.title)(language), x: inner.x, y: inner.y,
                         width: inner.width, element: .heading)
        // The detail may need two lines at narrow widths: wrap it by display width.
        for (n, line) in TextWrap.lines(Catalogue.notBuiltDetail(language), width: inner.width)
            .prefix(max(0, inner.height - 1)).enumerated() {
            canvas.put(line, x: inner.x, y: inner.y + 1 + n, element: .hint, clip: inner)
        }
    }
}
