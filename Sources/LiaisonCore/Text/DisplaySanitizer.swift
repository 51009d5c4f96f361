/// Makes text from data safe to draw in a terminal.
///
/// An opinion, a name or an import file may carry control characters, escape
/// sequences or bidi overrides. Written raw they would clear the screen, move
/// the cursor or reorder what the receptionist reads. Here each one becomes a
/// visible ASCII placeholder: C0 controls in caret notation (`ESC` → `^[`, so
/// `ESC[2J` shows as `^[[2J`), DEL as `^?`, C1 controls and bidi or line
/// separator characters as `<U+XXXX>`. Tabs become one space.
public enum DisplaySanitizer {
    /// Sanitised copy of `text`. With `keepNewlines`, `\n` passes through for
    /// multi-line widgets (which then split on it); `\r\n` counts as `\n`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        // Fast path: most text has nothing to replace.
        if !text.unicodeScalars.contains(where: needsReplacement) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if keepNewlines && s == "\r" && scalars.first == "\n" { continue }
            if keepNewlines && s == "\n" { out.append(s); continue }
            guard needsReplacement(s) else { out.append(s); continue }
            out.append(contentsOf: placeholder(for: s).unicodeScalars)
        }
        return String(out)
    }

    /// True when `text` would be changed by `sanitize`.
    public static func isClean(_ text: String, keepNewlines: Bool = false) -> Bool {
        sanitize(text, keepNewlines: keepNewlines) == text
    }

    /// The visible stand-in for one unsafe scalar.
    public static func placeholder(for s: Unicode.Scalar) -> String {
        let v = s.value
        if v == 0x09 { return " " }
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        return "<U+" + hex4(v) + ">"
    }

    /// Scalars never written raw: C0 (except none), DEL, C1, bidi embeddings,
    /// overrides and isolates, implicit marks, line/paragraph separators.
    public static func needsReplacement(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
