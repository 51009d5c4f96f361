import Testing
@testable import LiaisonCore

/// Symbols compared module by module with nayuki's qrcodegen (see
/// Scripts/qr_fixtures.py and Tests/Fixtures/qr/symbols.txt).
@Suite("QR reference fixtures")
struct QRReferenceFixtureTests {
    @Test func fixturesAreThere() throws {
        let symbols = try QRFixtures.symbols()
        #expect(symbols.count >= 30)
        #expect(Set(symbols.map(\.version)).count >= 20)
        #expect(symbols.contains { $0.version == 40 })
    }

    @Test func fixedMaskMatricesMatchModuleByModule() throws {
        for symbol in try QRFixtures.symbols() {
            let code = try QRCode.encode(
                segments: symbol.segments, ecc: symbol.ecc, mask: symbol.mask,
                minVersion: symbol.minVersion, boostECC: symbol.boost
            )
            #expect(code.version == symbol.version, "\(symbol.name)")
            #expect(code.errorCorrection == symbol.usedECC, "\(symbol.name)")
            #expect(code.mask == symbol.mask, "\(symbol.name)")
            try #require(code.size == symbol.rows.count, "\(symbol.name)")
            let differences = differingModules(code, symbol.rows)
            #expect(differences == 0, "\(symbol.name): \(differences) modules differ")
        }
    }

    @Test func automaticMaskMatchesReferenceChoice() throws {
        for symbol in try QRFixtures.symbols() {
            let code = try QRCode.encode(
                segments: symbol.segments, ecc: symbol.ecc, mask: nil,
                minVersion: symbol.minVersion, boostECC: symbol.boost
            )
            #expect(code.mask == symbol.autoMask, "\(symbol.name)")
        }
    }

    /// Where the fixture's segmentation is the optimal one, the public entry
    /// points must find it by themselves and draw the same symbol.
    @Test func publicEncodeReproducesSymbols() throws {
        var checked = 0
        for symbol in try QRFixtures.symbols() {
            guard let payload = symbol.text else { continue }
            let code: QRCode
            if symbol.usesECI {
                code = try QRCode.encode(
                    text: String(decoding: payload, as: UTF8.self), ecc: symbol.ecc, mask: symbol.mask,
                    minVersion: symbol.minVersion, boostECC: symbol.boost
                )
            } else {
                code = try QRCode.encode(
                    bytes: payload, ecc: symbol.ecc, mask: symbol.mask,
                    minVersion: symbol.minVersion, boostECC: symbol.boost
                )
            }
            #expect(code.version == symbol.version, "\(symbol.name)")
            #expect(differingModules(code, symbol.rows) == 0, "\(symbol.name)")
            checked += 1
        }
        #expect(checked >= 20)
    }

    private func differingModules(_ code: QRCode, _ rows: [[Bool]]) -> Int {
        guard rows.count == code.size else { return Int.max }
        var count = 0
        for (y, row) in rows.enumerated() {
            guard row.count == code.size else { return Int.max }
            for (x, dark) in row.enumerated() where code[x, y] != dark {
                count += 1
            }
        }
        return count
    }
}
