/// ISO/IEC 7064 MOD 37,36: a hybrid check system over 0-9A-Z. It catches every
/// single-character error in a hand-typed code and nearly every swap of
/// neighbours (about 1 in 700 swaps slips through, as for any hybrid system).
public enum CheckCharacter {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    static let modulus = 36

    static func value(_ c: Character) -> Int? {
        alphabet.firstIndex(of: c)
    }

    /// The check character for an upper-case body drawn from 0-9A-Z.
    public static func compute(_ body: String) -> Character? {
        var p = modulus
        for c in body {
            guard let v = value(c) else { return nil }
            var s = (p + v) % modulus
            if s == 0 { s = modulus }
            p = (2 * s) % (modulus + 1)
        }
        return alphabet[(modulus + 1 - p) % modulus]
    }

    public static func isValid(body: String, check: Character) -> Bool {
        compute(body) == check
    }
}
