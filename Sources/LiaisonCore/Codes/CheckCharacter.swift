/// ISO/IEC 7064 MOD 37,36: a hybrid check system over 0-9A-Z. It catches every
/// single-character error in a hand-typed code and nearly every swap of
/// neighbours (about 1 in 700 swaps slips through, as for any hybrid system).
public enum CheckCharacter {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    static let alphabetBytes = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    static let modulus = 36
    /// Each byte's value in the alphabet, or -1: a scan is checked without building Characters.
    static let byteValues: [Int8] = (0..<256).map { b in Int8(alphabetBytes.firstIndex(of: UInt8(b)) ?? -1) }

    static func value(_ c: Character) -> Int? {
        guard let b = c.asciiValue else { return nil }
        let v = byteValues[Int(b)]
        return v < 0 ? nil : Int(v)
    }

    /// The check character for an upper-case body drawn from 0-9A-Z.
    public static func compute(_ body: String) -> Character? {
        computeByte(body.utf8).map { Character(Unicode.Scalar($0)) }
    }

    /// The same over bytes (ASCII); nil when a byte is not in the alphabet.
    static func computeByte<Bytes: Sequence>(_ body: Bytes) -> UInt8? where Bytes.Element == UInt8 {
        var p = modulus
        for b in body {
            let v = Int(byteValues[Int(b)])
            guard v >= 0 else { return nil }
            var s = (p + v) % modulus
            if s == 0 { s = modulus }
            p = (2 * s) % (modulus + 1)
        }
        return alphabetBytes[(modulus + 1 - p) % modulus]
    }

    public static func isValid(body: String, check: Character) -> Bool {
        compute(body) == check
    }
}
