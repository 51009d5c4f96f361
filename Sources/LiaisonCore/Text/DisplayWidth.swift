/// Terminal display width of text, in cells.
///
/// CJK and emoji take 2 cells, combining marks 0, everything else 1.
/// East Asian "ambiguous" characters (box drawing, `…`, `①`) count as 1, as in
/// glibc's `wcwidth`; screens offer an ASCII fallback for terminals that draw
/// them wide. Pure Swift so reports and exports can line up columns too.
public enum DisplayWidth {
    /// Width of one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1 {
            // Emoji sequences (ZWJ families, flags, keycaps with VS16) are one wide glyph.
            if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
            if scalars.contains(where: { $0.value == 0x200D }) && first.properties.isEmoji { return 2 }
            if isRegionalIndicator(first) { return 2 }
            if scalars.contains(where: { $0.value == 0xFE0E }) { return 1 }
        }
        return of(first)
    }

    /// Width of a single scalar as the first of a cluster.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }   // controls: never drawn raw
        if v < 0x300 { return 1 }                               // fast path: Latin
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 } // Hangul medial jamo, ZWSP
        if isWide(v) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Width of a whole string (sum over grapheme clusters).
    public static func of(_ text: String) -> Int {
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// Cut `text` to at most `width` cells. When something is cut, `ellipsis`
    /// (ASCII `...` by default: `…` is ambiguous-width) ends the result, and a
    /// wide character that would straddle the limit is dropped, never split.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "...") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let mark = of(ellipsis) <= width ? ellipsis : ""
        let room = width - of(mark)
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + mark
    }

    /// `text` cut to `width` and padded with spaces to exactly `width` cells.
    public static func fit(_ text: String, to width: Int, ellipsis: String = "...", alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let pad = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? pad + cut : cut + pad
    }

    /// Cut without an ellipsis: the longest prefix that fits in `width` cells.
    public static func prefix(_ text: String, width: Int) -> String {
        truncate(text, to: width, ellipsis: "")
    }

    private static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(s.value)
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, condensed).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F260...0x1F265,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Terminal display width in cells (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
