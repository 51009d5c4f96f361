import Testing
@testable import LiaisonCore

@Suite("Validation: resident ID numbers")
struct ResidentIDTests {
    // Valid numbers: the first is GB 11643's own example; the others' check characters were computed by MOD 11-2 in Python.
    @Test(arguments: ["11010519491231002X", "440524188001010014", "330106200002290010", "33010219851103452x", "510104197901011237"])
    func accepts(id: String) throws {
        #expect(try ResidentID.validate(id.lowercased()) == id.uppercased())
    }

    @Test func wrongCheckDigit() {
        #expect(throws: ValidationError.residentIDCheckDigit) { try ResidentID.validate("110105194912310022") }
        #expect(throws: ValidationError.residentIDCheckDigit) { try ResidentID.validate("110105194912310020") }
    }

    @Test func impossibleDates() {
        // 1949-02-30 and 2001-02-29 (not a leap year) do not exist; check digits recomputed so only the date is wrong.
        for body in ["11010519490230002", "33010620010229001", "33010619491301001"] {
            let digits = body.compactMap(\.wholeNumberValue)
            let id = body + String(ResidentID.checkCharacter(for: digits))
            #expect(throws: ValidationError.residentIDBirthDate) { try ResidentID.validate(id) }
        }
    }

    @Test func futureBirthDateRefused() {
        let body = "33010620300101001"
        let id = body + String(ResidentID.checkCharacter(for: body.compactMap(\.wholeNumberValue)))
        #expect(throws: ValidationError.residentIDBirthDate) { try ResidentID.validate(id, today: CivilDate("2026-11-27")) }
    }

    @Test func lengthCharactersRegion() {
        #expect(throws: ValidationError.residentIDLength) { try ResidentID.validate("1101051949123100") }
        #expect(throws: ValidationError.residentIDCharacters) { try ResidentID.validate("11010519491231A02X") }
        let body = "99010519491231002"
        let id = body + String(ResidentID.checkCharacter(for: body.compactMap(\.wholeNumberValue)))
        #expect(throws: ValidationError.residentIDRegion) { try ResidentID.validate(id) }
    }
}
