import Testing
@testable import LiaisonCore

@Suite("QR segmentation")
struct QRSegmentationTests {
    /// The dynamic programme finds the cheapest of all per-byte mode choices:
    /// checked by trying every assignment on short mixed payloads.
    @Test(arguments: [1, 10, 27])
    func optimalAgainstExhaustiveSearch(version: Int) {
        var rng = SplitMix64(seed: UInt64(version) * 7919)
        let pieces: [[UInt8]] = ["0", "7", "A", "Z", ":", " ", "a", "?", "\u{00E9}"].map { Array($0.utf8) }
        for _ in 0..<60 {
            var bytes: [UInt8] = []
            while bytes.count < Int.random(in: 1...9, using: &rng) {
                bytes += pieces.randomElement(using: &rng)!
            }
            let chosen = QRSegmenter.optimalSegments(bytes, version: version)
            #expect(chosen.reduce(0) { $0 + $1.characterCount } == bytes.count)
            let best = exhaustiveMinimumBits(bytes, version: version)
            #expect(QRSegment.totalBits(chosen, version: version) == best, "\(bytes)")
        }
    }

    @Test func singleModesWhereObvious() {
        #expect(QRSegmenter.optimalSegments(Array("0123456789".utf8), version: 1).map(\.mode) == [.numeric])
        #expect(QRSegmenter.optimalSegments(Array("REP:7K2M9Q4D8RX".utf8), version: 1).map(\.mode) == [.alphanumeric])
        #expect(QRSegmenter.optimalSegments(Array("hello".utf8), version: 1).map(\.mode) == [.byte])
        #expect(QRSegmenter.optimalSegments([], version: 1).isEmpty)
    }

    /// A long digit run inside a URL is worth its own segment.
    @Test func mixedSegmentsWhenShorter() {
        let url = Array("HTTPS://EXAMPLE.ORG/R/12345678901234567890/?x=1".utf8)
        let segments = QRSegmenter.optimalSegments(url, version: 2)
        #expect(segments.map(\.mode).contains(.numeric))
        #expect(segments.map(\.mode).contains(.alphanumeric))
        let oneByteSegment = QRSegment.totalBits([.bytes(url)], version: 2)!
        #expect(QRSegment.totalBits(segments, version: 2)! < oneByteSegment)
    }

    @Test func segmentBitLengths() {
        // 3 digits → 10 bits, 2 → 7, 1 → 4; 2 alphanumerics → 11, 1 → 6.
        #expect(QRSegment.numeric(Array("1234567".utf8)).data.count == 10 + 10 + 4)
        #expect(QRSegment.numeric(Array("12".utf8)).data.count == 7)
        #expect(QRSegment.alphanumeric(Array("ABC".utf8)).data.count == 11 + 6)
        #expect(QRSegment.bytes([1, 2, 3]).data.count == 24)
        #expect(QRSegment.eci(26).data.count == 8)
        #expect(QRSegment.eci(1000).data.count == 16)
        // "AC-42" → (10·45+12), (41·45+4), 2 → 00111001110 11100111001 000010 (the standard's example).
        let example = QRSegment.alphanumeric(Array("AC-42".utf8)).data
        let bits = (0..<example.count).map { example[$0] ? "1" : "0" }.joined()
        #expect(bits == "0011100111011100111001000010")
    }

    /// Text with non-ASCII characters starts with ECI 26; plain ASCII does not.
    @Test func eciOnlyForNonASCIIText() throws {
        // The ECI header costs 12 bits, so at the byte capacity of version 1-L
        // (17 bytes) ASCII still fits and the same size in UTF-8 does not.
        let ascii = String(repeating: "a", count: 17)
        #expect(try QRCode.encode(text: ascii, ecc: .low, boostECC: false).version == 1)
        let chinese = "代表联络站" + "ab" // 15 + 2 bytes
        #expect(try QRCode.encode(text: chinese, ecc: .low, boostECC: false).version == 2)
        #expect(try QRCode.encode(bytes: Array(chinese.utf8), ecc: .low, boostECC: false).version == 1)
    }

    private func exhaustiveMinimumBits(_ bytes: [UInt8], version: Int) -> Int {
        let modes: [QRSegmentMode] = [.numeric, .alphanumeric, .byte]
        var best = Int.max
        var assignment = [Int](repeating: 0, count: bytes.count)
        func allowed(_ mode: QRSegmentMode, _ byte: UInt8) -> Bool {
            switch mode {
            case .numeric: QRSegmentMode.isNumeric(byte)
            case .alphanumeric: QRSegmentMode.isAlphanumeric(byte)
            default: true
            }
        }
        func visit(_ index: Int) {
            if index == bytes.count {
                var segments: [QRSegment] = []
                var start = 0
                for i in 1...bytes.count where i == bytes.count || assignment[i] != assignment[start] {
                    let run = bytes[start..<i]
                    switch modes[assignment[start]] {
                    case .numeric: segments.append(.numeric(run))
                    case .alphanumeric: segments.append(.alphanumeric(run))
                    default: segments.append(.bytes(run))
                    }
                    start = i
                }
                best = min(best, QRSegment.totalBits(segments, version: version)!)
                return
            }
            for (m, mode) in modes.enumerated() where allowed(mode, bytes[index]) {
                assignment[index] = m
                visit(index + 1)
            }
        }
        visit(0)
        return best
    }
}
