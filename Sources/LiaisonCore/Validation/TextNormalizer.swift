import Foundation

/// What every stored text goes through: NFC, no control or bidi-override
/// characters (an opinion holding `ESC[2J` is stored as plain text), trimmed,
/// and within a length limit.
public enum TextNormalizer {
    /// Bidirectional overrides and isolates that could reorder what is shown.
    static let bidiControls: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                            0x200E, 0x200F, 0x061C]

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || bidiControls.contains(v)
    }

    /// Normalises a single-line field: controls removed (tabs and newlines become spaces).
    public static func line(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// Normalises a multi-line field: newlines kept (CRLF → LF), other controls removed.
    public static func paragraph(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    static func clean(_ text: String, keepNewlines: Bool) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var scalars = String.UnicodeScalarView()
        var previousWasEscape = false
        for scalar in unified.unicodeScalars {
            if scalar == "\n" {
                scalars.append(keepNewlines ? "\n" : " ")
            } else if scalar == "\t" {
                scalars.append(" ")
            } else if scalar.value == 0x1B {
                previousWasEscape = true
                continue
            } else if isUnsafe(scalar) {
                continue
            } else {
                // The escape byte alone is removed; what followed it stays visible as text.
                previousWasEscape = false
                scalars.append(scalar)
            }
        }
        _ = previousWasEscape
        let result = String(scalars).precomposedStringWithCanonicalMapping
        return keepNewlines
            ? result.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            : result.trimmingCharacters(in: .whitespaces)
    }

    /// Normalises and enforces a length limit in characters.
    public static func field(_ text: String, name: Bilingual, limit: Int, required: Bool = false,
                             multiline: Bool = false) throws -> String {
        let value = multiline ? paragraph(text) : line(text)
        if required && value.isEmpty { throw ValidationError.empty(field: name) }
        if value.count > limit { throw ValidationError.tooLong(field: name, limit: limit) }
        return value
    }
}
