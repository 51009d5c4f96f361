import Foundation
import Testing
@testable import LiaisonCore

/// Seeded random payloads, written as PBM and read back byte-exact by zbarimg.
@Suite("QR zbar round trip")
struct QRDecodeRoundTripTests {
    enum PayloadClass: CaseIterable {
        case numeric, alphanumeric, ascii, chinese, binary
    }

    struct Sample {
        let label: String
        let expected: [UInt8]
        let code: QRCode
    }

    /// 4 levels × 80 payloads = 320 symbols, versions spread up to 40.
    @Test(arguments: QRErrorCorrection.allCases)
    func randomPayloadsDecodeExactly(level: QRErrorCorrection) throws {
        guard let zbar = Zbar.require() else { return }
        var rng = SplitMix64(seed: 0x5EED_0000 + UInt64(level.rawValue))
        let capacities = try QRFixtures.capacities().filter { $0.ecc == level }
        var samples: [Sample] = []
        for i in 0..<80 {
            let kind = PayloadClass.allCases[i % PayloadClass.allCases.count]
            // A random length up to the capacity of a random version; every
            // tenth sample nearly fills one of the largest versions.
            let full = i % 10 == 9
            let target = full ? Int.random(in: 36...40, using: &rng) : Int.random(in: 1...40, using: &rng)
            let capacity = capacities[target - 1]
            let mask: Int? = i % 3 == 0 ? i % 8 : nil
            let sample = try makeSample(kind, capacity: capacity, level: level, mask: mask, index: i, full: full, using: &rng)
            samples.append(sample)
        }
        #expect(Set(samples.map(\.code.version)).count >= 25, "versions should spread over the range")
        #expect(samples.contains { $0.code.version >= 36 })
        try decodeAll(samples, with: zbar, label: "random-\(level.letter)")
    }

    /// What the terminal shows, parsed back from the text, must scan too.
    @Test func terminalTextScans() throws {
        guard let zbar = Zbar.require() else { return }
        var samples: [Sample] = []
        for (i, text) in ["REP:7K2M9Q4D8RX", "HTTPS://LIAISON.EXAMPLE/R/7K2M9Q4D8RX", "代表夜聊 2026-11-27", "case 42: 路灯不亮"].enumerated() {
            let code = try QRCode.encode(text: text, ecc: QRErrorCorrection.allCases[i % 4])
            let parsed = try #require(QRTextParsing.matrix(fromHalfBlocks: QRRenderer.text(code)))
            #expect(parsed.count == code.size + 8)
            samples.append(Sample(label: "text \(i)", expected: Array(text.utf8), code: code))
            #expect(QRTextParsing.interior(parsed) == code.rows)
        }
        try decodeAll(samples, with: zbar, label: "terminal")
    }

    private func makeSample(
        _ kind: PayloadClass, capacity: QRFixtures.Capacity, level: QRErrorCorrection, mask: Int?, index: Int,
        full: Bool, using rng: inout SplitMix64
    ) throws -> Sample {
        let label = "#\(index) \(kind) level \(level.letter)"
        func length(upTo limit: Int) -> Int {
            Int.random(in: (full ? max(1, limit * 9 / 10) : 1)...max(1, limit), using: &rng)
        }
        switch kind {
        case .numeric:
            let text = randomString("0123456789", count: length(upTo: capacity.numeric), using: &rng)
            return Sample(label: label, expected: Array(text.utf8), code: try QRCode.encode(text: text, ecc: level, mask: mask))
        case .alphanumeric:
            let text = randomString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", count: length(upTo: capacity.alphanumeric), using: &rng)
            return Sample(label: label, expected: Array(text.utf8), code: try QRCode.encode(text: text, ecc: level, mask: mask))
        case .ascii:
            // Printable ASCII plus tab and newline: mixed segments happen here.
            let alphabet = (0x20...0x7E).map { Character(UnicodeScalar($0)) } + ["\t", "\n"]
            let text = String((0..<length(upTo: capacity.byte)).map { _ in alphabet.randomElement(using: &rng)! })
            return Sample(label: label, expected: Array(text.utf8), code: try QRCode.encode(text: text, ecc: level, mask: mask))
        case .chinese:
            // Three bytes a character plus the ECI header: a third of the byte capacity, less one.
            let characters = Array("人大代表联络站民情意见建议接待群众夜聊闭环办理答复反馈满意度街道社区乡镇，。、 0123abc")
            let count = length(upTo: capacity.byte / 3 - 1)
            let text = String((0..<count).map { _ in characters.randomElement(using: &rng)! })
            return Sample(label: label, expected: Array(text.utf8), code: try QRCode.encode(text: text, ecc: level, mask: mask))
        case .binary:
            // Any byte 0x00–0xFF through encode(bytes:), with no ECI. Without
            // -Sbinary zbar guesses a character set for byte segments and
            // re-encodes them (41 C0 FF 00 comes back as 41 C3 80 C3 BF 00 0A);
            // with it, zbar returns the segment bytes untouched, NUL and
            // 0x80–0xFF included, so the whole byte range round-trips. Runs
            // of digits and capitals are mixed in so the compact modes appear
            // between byte segments too.
            var bytes: [UInt8] = []
            let count = length(upTo: capacity.byte)
            while bytes.count < count {
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes += Array(randomString("0123456789", count: Int.random(in: 1...20, using: &rng), using: &rng).utf8)
                case 1: bytes += Array(randomString("ABCDEFGHIJKLMNOPQRSTUVWXYZ:/.", count: Int.random(in: 1...20, using: &rng), using: &rng).utf8)
                default: bytes += (0..<Int.random(in: 1...20, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                }
            }
            bytes = Array(bytes.prefix(count))
            return Sample(label: label, expected: bytes, code: try QRCode.encode(bytes: bytes, ecc: level, mask: mask))
        }
    }

    /// Writes every sample as PBM (2 px per module, the least zbar reads
    /// reliably) and decodes them in a few zbarimg runs; on a mismatch each
    /// file of the batch is decoded alone to name the culprit.
    private func decodeAll(_ samples: [Sample], with zbar: URL, label: String) throws {
        let folder = try Zbar.temporaryFolder(label)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for (i, sample) in samples.enumerated() {
            let file = folder.appendingPathComponent("\(i).pbm")
            try QRRenderer.pbm(sample.code, scale: 2).write(to: file, atomically: false, encoding: .ascii)
            files.append(file)
        }
        let batchSize = 20
        for start in stride(from: 0, to: samples.count, by: batchSize) {
            let range = start..<min(samples.count, start + batchSize)
            let expected = range.flatMap { samples[$0].expected }
            let result = try Zbar.decode(zbar, files: Array(files[range]))
            if result.output == expected && result.status == 0 { continue }
            for i in range {
                let single = try Zbar.decode(zbar, files: [files[i]])
                let sample = samples[i]
                #expect(
                    single.output == sample.expected,
                    "\(sample.label): v\(sample.code.version)-\(sample.code.errorCorrection.letter) mask \(sample.code.mask), \(sample.expected.count) bytes; zbar gave \(single.output.count) bytes, status \(single.status)"
                )
            }
        }
    }

    private func randomString(_ alphabet: String, count: Int, using rng: inout SplitMix64) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement(using: &rng)! })
    }
}
