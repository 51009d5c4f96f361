import Testing
@testable import LiaisonCore

/// For every version × level × mode: the reference's largest payload N fits
/// in that version (pinned as the minimum), and N + 1 spills into the next
/// version, or fails at version 40.
@Suite("QR capacity")
struct QRCapacityTests {
    enum Mode: String, CaseIterable {
        case numeric, alphanumeric, byte
    }

    @Test(arguments: Mode.allCases)
    func capacityEdges(mode: Mode) throws {
        let rows = try QRFixtures.capacities()
        #expect(rows.count == 40 * 4)
        var rng = SplitMix64(seed: 0xCA9A)
        for row in rows {
            let n: Int
            switch mode {
            case .numeric: n = row.numeric
            case .alphanumeric: n = row.alphanumeric
            case .byte: n = row.byte
            }
            let fits = payload(mode, count: n, using: &rng)
            let code = try QRCode.encode(bytes: fits, ecc: row.ecc, mask: 0, minVersion: row.version, boostECC: false)
            #expect(code.version == row.version, "\(mode) \(n) at \(row.version)-\(row.ecc.letter)")
            #expect(code.errorCorrection == row.ecc)

            let over = payload(mode, count: n + 1, using: &rng)
            if row.version < 40 {
                let bigger = try QRCode.encode(bytes: over, ecc: row.ecc, mask: 0, minVersion: row.version, boostECC: false)
                #expect(bigger.version == row.version + 1, "\(mode) \(n + 1) at \(row.version)-\(row.ecc.letter)")
            } else {
                #expect(throws: QREncodingError.self) {
                    try QRCode.encode(bytes: over, ecc: row.ecc, mask: 0, minVersion: row.version, boostECC: false)
                }
            }
        }
    }

    /// The figures TOOLCHAIN.md quotes, through the public text entry point.
    @Test func quotedByteCapacities() throws {
        let expected: [(Int, [Int])] = [(1, [17, 14, 11, 7]), (10, [271, 213, 151, 119]), (40, [2953, 2331, 1663, 1273])]
        for (version, counts) in expected {
            for (level, count) in zip(QRErrorCorrection.allCases, counts) {
                let text = String(repeating: "a", count: count)
                #expect(try QRCode.encode(text: text, ecc: level, mask: 0, boostECC: false).version == version)
                if version < 40 {
                    #expect(try QRCode.encode(text: text + "a", ecc: level, mask: 0, boostECC: false).version == version + 1)
                }
            }
        }
    }

    /// Random characters of one mode. Alphanumeric payloads use letters only,
    /// so that no run of digits would be cheaper as a numeric segment.
    private func payload(_ mode: Mode, count: Int, using rng: inout SplitMix64) -> [UInt8] {
        let alphabet: [UInt8]
        switch mode {
        case .numeric: alphabet = Array("0123456789".utf8)
        case .alphanumeric: alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)
        case .byte: alphabet = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        }
        return (0..<count).map { _ in alphabet.randomElement(using: &rng)! }
    }
}
