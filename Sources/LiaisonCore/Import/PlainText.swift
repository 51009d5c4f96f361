/// A shortcut around `TextNormalizer` for bulk imports: most cells are plain
/// text that normalising leaves exactly as it is, and proving that is one pass
/// over the UTF-8 bytes instead of Foundation's replace, NFC and trim (which
/// cost more than everything else an import does). Anything not provably
/// plain goes through `TextNormalizer`, so the results are always the same.
enum PlainText {
    /// `TextNormalizer.line(text)`.
    static func line(_ text: String) -> String {
        isPlain(text) ? text : TextNormalizer.line(text)
    }

    /// `TextNormalizer.paragraph(text)`.
    static func paragraph(_ text: String) -> String {
        isPlain(text) ? text : TextNormalizer.paragraph(text)
    }

    /// `TextNormalizer.field(...)`: the same value or the same error.
    static func field(_ text: String, name: Bilingual, limit: Int, required: Bool = false, multiline: Bool = false) throws -> String {
        guard isPlain(text) else {
            return try TextNormalizer.field(text, name: name, limit: limit, required: required, multiline: multiline)
        }
        if required && text.isEmpty { throw ValidationError.empty(field: name) }
        // Plain text has no CR LF pairs or combining marks: one character per scalar.
        if text.unicodeScalars.count > limit { throw ValidationError.tooLong(field: name, limit: limit) }
        return text
    }

    /// True when every scalar is printable ASCII, a CJK unified ideograph, CJK
    /// punctuation without combining marks, a full-width form or common
    /// punctuation (all unchanged by NFC, none a control, bidi mark or line
    /// break), and the text neither starts nor ends with whitespace.
    static func isPlain(_ text: String) -> Bool {
        var first = true
        var last: UInt32 = 0
        for s in text.unicodeScalars {
            let v = s.value
            let ok: Bool
            switch v {
            case 0x20...0x7E, 0x4E00...0x9FFF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF5E,
                 0x2010...0x2027, 0x2030...0x205E, 0x00B7:
                ok = true
            default:
                ok = false
            }
            if !ok || (first && Self.isSpace(v)) { return false }
            first = false
            last = v
        }
        return !Self.isSpace(last)
    }

    /// Whitespace as `CharacterSet.whitespaces` has it, within the scalars `isPlain` allows.
    private static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x3000 || v == 0x202F || v == 0x205F || (0x2000...0x200A).contains(v)
    }
}

extension PlainText {
    /// `StationDatabase.title(from:)`: plain text is one line with one
    /// character per scalar, so counting and cutting need no grapheme work.
    static func title(_ text: String) -> String {
        guard isPlain(text) else { return StationDatabase.title(from: text) }
        let scalars = text.unicodeScalars
        guard scalars.count > 40 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(40))) + "…"
    }
}
