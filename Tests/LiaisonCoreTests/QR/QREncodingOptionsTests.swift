import Testing
@testable import LiaisonCore

@Suite("QR options and errors")
struct QREncodingOptionsTests {
    @Test func fixedMaskIsKept() throws {
        for mask in 0...7 {
            #expect(try QRCode.encode(text: "REP:7K2M9Q4D8RX", mask: mask).mask == mask)
        }
    }

    @Test func minimumVersionIsHonoured() throws {
        for version in [1, 5, 17, 40] {
            let code = try QRCode.encode(text: "STN:7K2M9Q4D8RX", minVersion: version)
            #expect(code.version == version)
            #expect(code.size == version * 4 + 17)
        }
    }

    /// The boost raises the level only while the version stays the same.
    @Test func boostNeverCostsAVersion() throws {
        var rng = SplitMix64(seed: 0xB0057)
        for _ in 0..<60 {
            let count = Int.random(in: 1...300, using: &rng)
            let text = String((0..<count).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x61...0x7A, using: &rng))) })
            for level in QRErrorCorrection.allCases {
                let plain = try QRCode.encode(text: text, ecc: level, boostECC: false)
                let boosted = try QRCode.encode(text: text, ecc: level, boostECC: true)
                #expect(plain.errorCorrection == level)
                #expect(boosted.version == plain.version)
                #expect(boosted.errorCorrection >= level)
                // Boosted as far as possible: one level more would not fit.
                if let next = QRErrorCorrection(rawValue: boosted.errorCorrection.rawValue + 1) {
                    #expect(try QRCode.encode(text: text, ecc: next, boostECC: false).version > boosted.version)
                }
            }
        }
    }

    @Test func tooLongIsAClearBilingualError() throws {
        let text = String(repeating: "a", count: 2332)
        do {
            _ = try QRCode.encode(text: text, ecc: .medium)
            Issue.record("2332 bytes at level M should not fit")
        } catch let error as QREncodingError {
            guard case .dataTooLong = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(error == .dataTooLong(payloadBytes: 2332, maxBytes: 2331, ecc: .medium))
            #expect(error.message.zh.contains("太长"))
            #expect(error.message.zh.contains("2332") && error.message.zh.contains("2331"))
            #expect(error.message.en.contains("too long"))
            #expect(error.message.en.contains("2332") && error.message.en.contains("2331"))
            #expect(!error.message.en.contains("aaaa"))
        }
        // The same payload fits at level L, in the smallest version that holds it.
        let expected = try #require(try QRFixtures.capacities().first { $0.ecc == .low && $0.byte >= 2332 })
        #expect(try QRCode.encode(text: text, ecc: .low).version == expected.version)
    }

    /// The largest symbol of all holds 7089 digits; one more is refused at once.
    @Test func hugePayloadsAreRefused() throws {
        let digits = String(repeating: "7", count: 7089)
        #expect(try QRCode.encode(text: digits, ecc: .low).version == 40)
        #expect(throws: QREncodingError.self) { try QRCode.encode(text: digits + "7", ecc: .low) }
        #expect(throws: QREncodingError.dataTooLong(payloadBytes: 1_000_000, maxBytes: 2953, ecc: .low)) {
            try QRCode.encode(bytes: [UInt8](repeating: 0x41, count: 1_000_000), ecc: .low)
        }
    }

    @Test(arguments: [-1, 8, 100])
    func invalidMaskIsRefused(mask: Int) {
        #expect(throws: QREncodingError.invalidMask(mask)) {
            try QRCode.encode(text: "x", mask: mask)
        }
        #expect(QREncodingError.invalidMask(mask).message.zh.contains("掩码"))
    }

    @Test(arguments: [0, 41])
    func invalidVersionIsRefused(version: Int) {
        #expect(throws: QREncodingError.invalidVersion(version)) {
            try QRCode.encode(bytes: [1, 2, 3], minVersion: version)
        }
    }

    @Test func emptyPayloadMakesASymbol() throws {
        let code = try QRCode.encode(text: "")
        #expect(code.version == 1)
    }

    @Test func outsideTheSymbolIsLight() throws {
        let code = try QRCode.encode(text: "REP:7K2M9Q4D8RX")
        #expect(!code[-1, 0])
        #expect(!code[0, code.size])
        #expect(code[0, 0]) // finder corner
    }
}
