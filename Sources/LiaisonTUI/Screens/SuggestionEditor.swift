import LiaisonCore

/// The draft of a representative's suggestion: a title line and the text,
/// both prefilled from the cluster and editable (Chinese typed or pasted in a
/// burst). Tab moves between them, Ctrl-S saves, Esc gives up.
struct SuggestionEditor: Sendable, Equatable {
    let clusterID: String
    /// Set when an existing draft is being rewritten.
    var suggestionID: String?
    var title: TextField
    var body: TextArea
    var focusOnBody = false

    init(clusterID: String, title: String, body: String, suggestionID: String? = nil) {
        self.clusterID = clusterID
        self.suggestionID = suggestionID
        self.title = TextField(title, maxLength: FieldLimits.title)
        self.body = TextArea(body, maxLength: FieldLimits.opinionText)
    }

    enum Outcome: Equatable { case editing, cancelled, saved }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape): return .cancelled
        case .key(.ctrl("s")): return .saved
        case .key(.tab), .key(.backTab): focusOnBody.toggle(); return .editing
        case .key(.enter) where !focusOnBody: focusOnBody = true; return .editing
        default:
            if focusOnBody { body.handle(event) } else { title.handle(event) }
            return .editing
        }
    }

    func render(into canvas: inout Canvas, rect: Rect, language: Language) {
        guard rect.height >= 4 else { return }
        canvas.putFitted(Catalogue.draftHeading(language), x: rect.x, y: rect.y, width: rect.width, element: .heading)
        let label = Catalogue.suggestionTitleLabel(language) + " "
        let lw = DisplayWidth.of(label)
        canvas.putFitted(label, x: rect.x, y: rect.y + 1, width: lw, element: .label)
        title.render(into: &canvas, x: rect.x + lw, y: rect.y + 1, width: max(1, rect.width - lw), focused: !focusOnBody)
        canvas.putFitted(Catalogue.suggestionBodyLabel(language), x: rect.x, y: rect.y + 2, width: rect.width, element: .label)
        body.render(into: &canvas, rect: Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 3),
                    focused: focusOnBody)
    }
}
