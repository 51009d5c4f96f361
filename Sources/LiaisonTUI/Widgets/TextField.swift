import LiaisonCore

/// A single-line text field. The caret moves by Character (a Chinese character
/// or an emoji is one step), the view scrolls horizontally by display width,
/// and a burst of text (IME commit, paste) is inserted whole at the caret.
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Caret position as a Character index, 0…characters.count.
    public private(set) var caret: Int
    /// Longest accepted text, in Characters (nil: no limit).
    public var maxLength: Int?
    /// Shown dimmed while the field is empty.
    public var placeholder: String

    public init(_ text: String = "", maxLength: Int? = nil, placeholder: String = "") {
        self.characters = Array(TextField.clean(text))
        self.caret = characters.count
        self.maxLength = maxLength
        self.placeholder = placeholder
        if let maxLength, characters.count > maxLength { characters = Array(characters.prefix(maxLength)); caret = maxLength }
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(TextField.clean(newValue)); caret = characters.count }
    }

    /// Typed or pasted text may carry line breaks and tabs; a single line keeps neither.
    static func clean(_ s: String) -> String {
        DisplaySanitizer.sanitize(s.replacingNewlines(with: " "))
    }

    /// Insert `s` at the caret (respecting `maxLength`).
    public mutating func insert(_ s: String) {
        var add = Array(TextField.clean(s))
        if let maxLength { add = Array(add.prefix(max(0, maxLength - characters.count))) }
        characters.insert(contentsOf: add, at: caret)
        caret += add.count
    }

    /// Apply one event. Returns false when the field does not use it (Tab,
    /// Enter, Esc, F-keys…) so the owner can.
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .text(let s):
            insert(s)
        case .key(.left), .key(.ctrl("b")):
            caret = max(0, caret - 1)
        case .key(.right), .key(.ctrl("f")):
            caret = min(characters.count, caret + 1)
        case .key(.home), .key(.ctrl("a")):
            caret = 0
        case .key(.end), .key(.ctrl("e")):
            caret = characters.count
        case .key(.backspace):
            guard caret > 0 else { return true }
            characters.remove(at: caret - 1)
            caret -= 1
        case .key(.delete), .key(.ctrl("d")):
            guard caret < characters.count else { return true }
            characters.remove(at: caret)
        case .key(.ctrl("u")):
            characters.removeFirst(caret)
            caret = 0
        case .key(.ctrl("k")):
            characters.removeLast(characters.count - caret)
        default:
            return false
        }
        return true
    }

    /// First visible Character for a field `width` cells wide: the smallest
    /// start that still leaves room for the caret cell.
    public func scrollStart(width: Int) -> Int {
        guard width > 1 else { return caret }
        var start = caret
        var used = 1   // the caret's own cell
        while start > 0 {
            let w = DisplayWidth.of(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        return start
    }

    /// Draw in one row of `width` cells at (x, y). When focused, the canvas
    /// cursor is put at the caret for the terminal (and the IME) to use.
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool) {
        guard width > 0 else { return }
        let element: ThemeElement = focused ? .fieldFocused : .field
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), element: element)
        if characters.isEmpty && !focused && !placeholder.isEmpty {
            canvas.putFitted(placeholder, x: x, y: y, width: width, element: .hint)
            return
        }
        let start = scrollStart(width: width)
        let visible = DisplayWidth.prefix(String(characters[start...]), width: width)
        canvas.put(visible, x: x, y: y, element: element, clip: Rect(x: x, y: y, width: width, height: 1))
        if focused {
            let before = DisplayWidth.of(String(characters[start..<caret]))
            canvas.cursor = (x + min(before, width - 1), y)
        }
    }
}

extension String {
    /// `\r\n`, `\r` and `\n` replaced by `with`.
    func replacingNewlines(with replacement: String) -> String {
        var out = ""
        var lastWasCR = false
        for s in unicodeScalars {
            if s == "\r" { out += replacement; lastWasCR = true; continue }
            if s == "\n" { if !lastWasCR { out += replacement }; lastWasCR = false; continue }
            lastWasCR = false
            out.unicodeScalars.append(s)
        }
        return out
    }
}
