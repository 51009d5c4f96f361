import Foundation
import Testing
@testable import LiaisonCore

@Suite("Access: stored credentials")
struct CredentialTests {
    @Test func storedFormatRoundTripsAndVerifies() throws {
        let c = try Credential.make(secret: "246810", iterations: 1_000)
        let parts = c.stored.split(separator: "$").map(String.init)
        #expect(parts.count == 4)
        #expect(parts[0] == "pbkdf2-sha256")
        #expect(parts[1] == "1000")
        #expect(parts[2].count == Credential.saltLength * 2)
        #expect(parts[3].count == Credential.hashLength * 2)
        let parsed = try #require(Credential(parsing: c.stored))
        #expect(parsed == c)
        #expect(parsed.matches("246810"))
        #expect(!parsed.matches("246811"))
        #expect(!parsed.matches(""))
    }

    /// The hash is plain PBKDF2-HMAC-SHA256 of the secret and salt: the RFC 7914 §11 vector.
    @Test func hashIsPBKDF2OfSecretAndSalt() throws {
        let record = "pbkdf2-sha256$1$" + Hex.encode(Array("saltsalt".utf8)) + "$"
            + Hex.encode(try PBKDF2.sha256(password: "passwd", salt: Array("saltsalt".utf8), iterations: 1, keyLength: 32))
        #expect(Credential(parsing: record)?.matches("passwd") == true)
        let rfc = Credential.derive("passwd", salt: Array("salt".utf8), iterations: 1)
        #expect(Hex.encode(rfc.hash) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
    }

    @Test func sameSecretGetsDifferentSalts() throws {
        let a = try Credential.make(secret: "same-secret", iterations: 1_000)
        let b = try Credential.make(secret: "same-secret", iterations: 1_000)
        #expect(a.salt != b.salt)
        #expect(a.hash != b.hash)
        #expect(a.matches("same-secret") && b.matches("same-secret"))
    }

    @Test func composedAndDecomposedSecretsMatch() throws {
        let c = try Credential.make(secret: "caf\u{E9}-2026", iterations: 1_000)
        #expect(c.matches("cafe\u{301}-2026"))
    }

    @Test(arguments: [
        "", "plain-text-pin", "pbkdf2-sha256$1000$00$", "bcrypt$1000$0011223344556677$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$0$0011223344556677$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$99999999999$0011223344556677$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$-5$0011223344556677$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$1000$zz11223344556677$" + String(repeating: "00", count: 32),
        "pbkdf2-sha256$1000$0011223344556677$" + String(repeating: "00", count: 31),
        "pbkdf2-sha256$1000$0011223344556677$" + String(repeating: "00", count: 32) + "$extra",
    ])
    func tamperedRecordsAreRefused(_ record: String) {
        #expect(Credential(parsing: record) == nil)
    }

    @Test func secretRules() throws {
        #expect(throws: AccessError.secretTooShort(minimum: 6)) { try Credential.make(secret: "12345", iterations: 1_000) }
        #expect(throws: AccessError.secretTooLong(maximum: 128)) {
            try Credential.make(secret: String(repeating: "9", count: 129), iterations: 1_000)
        }
        #expect(throws: AccessError.secretHasControlCharacters) { try Credential.make(secret: "1234\u{1B}[2J", iterations: 1_000) }
        _ = try Credential.make(secret: "123456", iterations: 1_000)
        _ = try Credential.make(secret: "长城永在-密码", iterations: 1_000)
    }
}
