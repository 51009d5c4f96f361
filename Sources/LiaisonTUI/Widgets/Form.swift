import LiaisonCore

/// Labelled fields, one focused at a time. Tab / Shift-Tab move between
/// fields, Ctrl-S checks every field and submits when all are valid; each
/// field shows its own message under it.
public struct Form: Sendable {
    public enum Input: Sendable, Equatable {
        case line(TextField)
        case area(TextArea, rows: Int)
    }

    public struct Field: Sendable {
        public let key: String
        public var label: Bilingual
        public var input: Input
        /// Returns the message to show when `text` is not acceptable.
        public var validate: @Sendable (String) -> Bilingual?
        public var error: Bilingual?

        public init(key: String, label: Bilingual, input: Input,
                    validate: @escaping @Sendable (String) -> Bilingual? = { _ in nil }) {
            self.key = key
            self.label = label
            self.input = input
            self.validate = validate
        }

        public var text: String {
            switch input {
            case .line(let f): return f.text
            case .area(let a, _): return a.text
            }
        }

        /// Rows the field takes: its input, plus one for a message.
        var height: Int {
            switch input {
            case .line: return 2
            case .area(_, let rows): return rows + 1
            }
        }
    }

    public enum Outcome: Equatable, Sendable {
        case ignored                       // not a form key; the screen may use it
        case handled
        case submitted([String: String])   // Ctrl-S with every field valid
        case invalid                       // Ctrl-S, some field has a message now
    }

    public var fields: [Field]
    public private(set) var focus: Int = 0

    public init(fields: [Field]) {
        self.fields = fields
    }

    public var values: [String: String] {
        Dictionary(fields.map { ($0.key, $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    /// Lay the form out in `width` cells (as `render` will): text areas then
    /// move Up/Down by the rows the user sees.
    public mutating func layout(width: Int, language: Language) {
        let inputWidth = max(1, width - labelWidth(width: width, language: language) - 1)
        for i in fields.indices {
            if case .area(var a, let rows) = fields[i].input {
                a.layoutWidth = inputWidth
                fields[i].input = .area(a, rows: rows)
            }
        }
    }

    /// Label column width: the widest label, at most a third of the form.
    func labelWidth(width: Int, language: Language) -> Int {
        min(max(fields.map { DisplayWidth.of($0.label(language)) }.max() ?? 0, 4) + 1, width / 3)
    }

    public mutating func focus(_ index: Int) {
        guard !fields.isEmpty else { return }
        focus = (index % fields.count + fields.count) % fields.count
    }

    /// Check every field; returns true when none has a message.
    @discardableResult
    public mutating func validateAll() -> Bool {
        for i in fields.indices { fields[i].error = fields[i].validate(fields[i].text) }
        return fields.allSatisfy { $0.error == nil }
    }

    public mutating func handle(_ event: Event) -> Outcome {
        guard !fields.isEmpty else { return .ignored }
        switch event {
        case .key(.tab):
            fields[focus].error = fields[focus].validate(fields[focus].text)
            focus(focus + 1); return .handled
        case .key(.backTab):
            focus(focus - 1); return .handled
        case .key(.ctrl("s")):
            if validateAll() { return .submitted(values) }
            if let bad = fields.firstIndex(where: { $0.error != nil }) { focus = bad }
            return .invalid
        case .key(.enter):
            if case .line = fields[focus].input { focus(focus + 1); return .handled }
        default:
            break
        }
        var used = false
        switch fields[focus].input {
        case .line(var f):
            used = f.handle(event); fields[focus].input = .line(f)
        case .area(var a, let rows):
            used = a.handle(event); fields[focus].input = .area(a, rows: rows)
        }
        if used { fields[focus].error = nil }
        return used ? .handled : .ignored
    }

    /// Labels in a column on the left, inputs to their right, messages under the inputs.
    public func render(into canvas: inout Canvas, rect: Rect, language: Language, focused: Bool = true) {
        let lw = labelWidth(width: rect.width, language: language)
        let inputX = rect.x + lw + 1
        let inputWidth = max(1, rect.maxX - inputX)
        var y = rect.y
        for (i, field) in fields.enumerated() {
            guard y < rect.maxY else { break }
            let isFocused = focused && i == focus
            canvas.putFitted(field.label(language), x: rect.x, y: y, width: lw,
                             element: isFocused ? .heading : .label, clip: rect)
            switch field.input {
            case .line(let f):
                f.render(into: &canvas, x: inputX, y: y, width: inputWidth, focused: isFocused)
            case .area(var a, let rows):
                a.layoutWidth = inputWidth
                a.render(into: &canvas, rect: Rect(x: inputX, y: y, width: inputWidth, height: min(rows, rect.maxY - y)),
                         focused: isFocused)
            }
            if let error = field.error, y + field.height - 1 < rect.maxY {
                canvas.putFitted(error(language), x: inputX, y: y + field.height - 1, width: inputWidth, element: .error)
            }
            y += field.height
        }
    }
}
