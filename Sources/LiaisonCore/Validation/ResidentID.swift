/// 18-character resident identity numbers (GB 11643): region, birth date,
/// sequence, and an ISO 7064 MOD 11-2 check character.
public enum ResidentID {
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
    /// First digits of the provincial-level region codes in use.
    static let provinces: Set<Int> = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44,
                                      45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91]

    public static func checkCharacter(for first17: [Int]) -> Character {
        let sum = zip(first17, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// Returns the canonical (upper-case X) number or throws why it is wrong.
    public static func validate(_ input: String, today: CivilDate? = nil) throws -> String {
        let text = input.trimmingCharacters(in: .whitespaces).uppercased()
        guard text.count == 18 else { throw ValidationError.residentIDLength }
        let chars = Array(text)
        let digits = chars.prefix(17).compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == 17, chars[17] == "X" || (chars[17].isASCII && chars[17].isNumber) else {
            throw ValidationError.residentIDCharacters
        }
        guard provinces.contains(digits[0] * 10 + digits[1]) else { throw ValidationError.residentIDRegion }
        let year = digits[6...9].reduce(0) { $0 * 10 + $1 }
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard year >= 1800, let birth = CivilDate(year: year, month: month, day: day) else {
            throw ValidationError.residentIDBirthDate
        }
        if let today, birth > today { throw ValidationError.residentIDBirthDate }
        guard checkCharacter(for: digits) == chars[17] else { throw ValidationError.residentIDCheckDigit }
        return text
    }
}
