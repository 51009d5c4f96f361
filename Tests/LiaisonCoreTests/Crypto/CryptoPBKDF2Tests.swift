import Foundation
import Testing
import LiaisonCore

@Suite("Crypto: PBKDF2-HMAC-SHA256")
struct CryptoPBKDF2Tests {
    @Test("RFC 7914 §11: passwd / salt, c = 1, dkLen = 64")
    func rfc7914Short() throws {
        let key = try PBKDF2.sha256(password: "passwd", salt: Array("salt".utf8), iterations: 1, keyLength: 64)
        #expect(cryptoHex(key) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
    }

    // 160,000 HMACs: ~0.12 s in a release build here, several seconds in a
    // debug build (unoptimised Swift). Kept, since it is the published vector.
    @Test("RFC 7914 §11: Password / NaCl, c = 80000, dkLen = 64")
    func rfc7914Long() throws {
        let key = try PBKDF2.sha256(password: "Password", salt: Array("NaCl".utf8), iterations: 80000, keyLength: 64)
        #expect(cryptoHex(key) == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
            + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")
    }

    // The widely published PBKDF2-HMAC-SHA256 vectors (RFC 6070's inputs
    // run with SHA-256 instead of SHA-1).
    static let passwordSalt: [(iterations: Int, key: String)] = [
        (1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        (2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        (4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
    ]

    @Test("password / salt, dkLen = 32", arguments: passwordSalt)
    func passwordSaltVectors(iterations: Int, key: String) throws {
        let derived = try PBKDF2.sha256(password: "password", salt: Array("salt".utf8),
                                        iterations: iterations, keyLength: 32)
        #expect(cryptoHex(derived) == key)
    }

    @Test("long password and salt, dkLen = 40 (a partial second block)")
    func partialBlock() throws {
        let derived = try PBKDF2.sha256(
            password: "passwordPASSWORDpassword", salt: Array("saltSALTsaltSALTsaltSALTsaltSALTsalt".utf8),
            iterations: 4096, keyLength: 40)
        #expect(cryptoHex(derived) == "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9")
    }

    // Produced with Python 3.11:
    //   hashlib.pbkdf2_hmac('sha256', '口令1234'.encode(), p(16), 1000, 33).cryptoHex()
    //   hashlib.pbkdf2_hmac('sha256', p(100), p(16), 3, 80).cryptoHex()
    // where p(n) = bytes((i*167+13)%256 for i in range(n)).
    @Test("matches Python hashlib: UTF-8 password, binary password, odd lengths")
    func hashlibCrossCheck() throws {
        let a = try PBKDF2.sha256(password: "口令1234", salt: cryptoPattern(16), iterations: 1000, keyLength: 33)
        #expect(cryptoHex(a) == "ada18fcd642c6fd8ca88a9f168012d80b2d68f94b4a94dfae1c11278628bbed917")
        let b = try PBKDF2.sha256(password: cryptoPattern(100), salt: cryptoPattern(16), iterations: 3, keyLength: 80)
        #expect(cryptoHex(b) == "8eb84c285e60ae9f47e409494f1a3e4b183b06f9160204e79a148d65010c5e51"
            + "6d69e6ac87d7fe12b2e0c0f0c171a68b2139160b0422234452a96d971d1d7472d358b4b128412511fd11951df95b022c")
    }

    @Test("a shorter key is a prefix of a longer one")
    func prefixProperty() throws {
        let long = try PBKDF2.sha256(password: "pin", salt: [1, 2, 3], iterations: 5, keyLength: 70)
        let short = try PBKDF2.sha256(password: "pin", salt: [1, 2, 3], iterations: 5, keyLength: 20)
        #expect(long.count == 70 && short.count == 20)
        #expect(Array(long.prefix(20)) == short)
    }

    @Test("bad parameters from a tampered record throw instead of crashing")
    func parameterErrors() {
        #expect(throws: PBKDF2.ParameterError.iterationsMustBePositive) {
            try PBKDF2.sha256(password: "x", salt: [0], iterations: 0, keyLength: 32)
        }
        #expect(throws: PBKDF2.ParameterError.keyLengthOutOfRange) {
            try PBKDF2.sha256(password: "x", salt: [0], iterations: 1, keyLength: 0)
        }
        #expect(throws: PBKDF2.ParameterError.keyLengthOutOfRange) {
            try PBKDF2.sha256(password: "x", salt: [0], iterations: 1, keyLength: Int.max)
        }
    }
}
