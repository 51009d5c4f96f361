import LiaisonCore

/// A modal question with Yes and No. Y/N answer directly; arrows or Tab move
/// between the buttons, Enter takes the highlighted one, Esc means No.
public struct ConfirmDialog: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable { case pending, confirmed, cancelled }

    public var title: Bilingual
    public var message: Bilingual
    /// Which button is highlighted: true = Yes. No is the safe default.
    public private(set) var yesHighlighted = false

    public init(title: Bilingual, message: Bilingual) {
        self.title = title
        self.message = message
    }

    public mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape): return .cancelled
        case .key(.enter): return yesHighlighted ? .confirmed : .cancelled
        case .key(.left), .key(.right), .key(.tab), .key(.backTab):
            yesHighlighted.toggle(); return .pending
        default:
            switch event.character?.lowercased() {
            case "y", "是": return .confirmed
            case "n", "否": return .cancelled
            default: return .pending
            }
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let msg = DisplaySanitizer.sanitize(message(language))
        let width = min(area.width, max(DisplayWidth.of(msg) + 4, 30))
        let box = area.centered(width: width, height: 6)
        canvas.fill(box, element: .dialog)
        canvas.box(box, title: title(language))
        canvas.putFitted(msg, x: box.x + 2, y: box.y + 2, width: box.width - 4, element: .dialog)
        let yes = "[" + Catalogue.yes(language) + " Y]"
        let no = "[" + Catalogue.no(language) + " N]"
        let buttonsWidth = DisplayWidth.of(yes) + 2 + DisplayWidth.of(no)
        let bx = box.x + max(1, (box.width - buttonsWidth) / 2)
        let w = canvas.put(yes, x: bx, y: box.y + 4, element: yesHighlighted ? .selected : .dialog, clip: box)
        canvas.put(no, x: bx + w + 2, y: box.y + 4, element: yesHighlighted ? .dialog : .selected, clip: box)
    }
}
