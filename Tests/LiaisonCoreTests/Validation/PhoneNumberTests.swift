import Testing
@testable import LiaisonCore

@Suite("Validation: phone numbers")
struct PhoneNumberTests {
    @Test(arguments: [
        ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"), ("+86 13912345678", "13912345678"),
        ("１３８１２３４５６７８", "13812345678"), ("0571-87654321", "0571-87654321"), ("057187654321", "0571-87654321"),
        ("010-62345678", "010-62345678"), ("01062345678", "010-62345678"), ("0571-8765432", "0571-8765432"),
        ("021-62345678-123", "021-62345678-123"), ("(0571)87654321", "0571-87654321"),
    ])
    func accepts(input: String, canonical: String) throws {
        #expect(try PhoneNumber.validate(input).canonical == canonical)
    }

    @Test(arguments: ["1381234567", "138123456789", "12812345678", "23812345678", "0571-123", "abc", "", "0571-01234567",
                      "138-1234-567a", "+1 4155550100"])
    func rejects(input: String) {
        #expect(throws: ValidationError.self) { try PhoneNumber.validate(input) }
    }

    @Test func mobilePrefixHasItsOwnMessage() {
        #expect(throws: ValidationError.phoneMobilePrefix) { try PhoneNumber.validate("12812345678") }
        #expect(ValidationError.phoneMobilePrefix.message.zh.contains("手机号"))
    }

    @Test func masking() {
        #expect(Masking.phone("13812345678") == "138****5678")
        #expect(Masking.phone("0571-87654321") == "0571-****4321")
        #expect(Masking.phone("021-62345678-123") == "021-****5678-***")
        #expect(Masking.residentID("11010519491231002X") == "110***********002X")
        #expect(Masking.phone("") == "")
    }
}
