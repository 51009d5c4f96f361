/// Crockford's base-32: digits and upper-case letters without I, L, O, U.
public enum Crockford {
    public static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func encode(_ value: UInt64, digits: Int) -> String {
        var chars = [Character](repeating: "0", count: digits)
        var v = value
        for i in stride(from: digits - 1, through: 0, by: -1) {
            chars[i] = alphabet[Int(v & 31)]
            v >>= 5
        }
        return String(chars)
    }

    /// Reads a hand-typed character: case-insensitive, I and L as 1, O as 0.
    public static func value(of c: Character) -> Int? {
        switch c.uppercased() {
        case "I", "L": return 1
        case "O": return 0
        default:
            guard let upper = c.uppercased().first else { return nil }
            return alphabet.firstIndex(of: upper)
        }
    }

    /// The canonical character for a hand-typed one.
    public static func canonical(_ c: Character) -> Character? {
        value(of: c).map { alphabet[$0] }
    }
}
