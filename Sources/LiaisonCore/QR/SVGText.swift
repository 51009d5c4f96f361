import Foundation

/// Text made safe to put inside SVG/XML character data or attribute values.
enum SVGText {
    /// Escapes the five XML specials and replaces characters XML 1.0 does not
    /// allow at all (most C0 controls, U+FFFE, U+FFFF) with U+FFFD, so no
    /// payload or name can break the document.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
