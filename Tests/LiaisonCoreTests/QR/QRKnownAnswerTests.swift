import Testing
@testable import LiaisonCore

/// Known answers from ISO/IEC 18004 itself.
@Suite("QR known answers")
struct QRKnownAnswerTests {
    /// Annex I: "01234567" as version 1-M.
    @Test func annexIDataAndErrorCorrectionCodewords() throws {
        let segments = QRSegmenter.optimalSegments(Array("01234567".utf8), version: 1)
        #expect(segments.count == 1)
        #expect(segments.first?.mode == .numeric)
        let data = QRCode.dataCodewords(segments: segments, version: 1, ecc: .medium)
        #expect(data == [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
        let ecc = QRReedSolomon.remainder(of: data[...], generator: QRReedSolomon.generator(degree: 10))
        #expect(ecc == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
        // One block at 1-M, so the codeword sequence is the data then the ECC.
        #expect(QRCode.addErrorCorrection(to: data, version: 1, ecc: .medium) == data + ecc)
    }

    @Test func annexISymbolKeepsMaskTwoAndLevelM() throws {
        let code = try QRCode.encode(text: "01234567", ecc: .medium, mask: 2, boostECC: false)
        #expect(code.version == 1)
        #expect(code.size == 21)
        #expect(code.mask == 2)
        #expect(code.errorCorrection == .medium)
    }

    /// Table C.1 of the standard: format information after the 0x5412 mask.
    @Test(arguments: [
        (QRErrorCorrection.medium, 0, 0x5412), (.medium, 2, 0x5E7C), (.low, 0, 0x77C4), (.low, 7, 0x6976),
        (.high, 0, 0x1689), (.high, 5, 0x0255), (.quartile, 0, 0x355F), (.quartile, 3, 0x3A06),
    ])
    func formatInformation(ecc: QRErrorCorrection, mask: Int, expected: Int) {
        #expect(QRMatrix.formatBits(ecc: ecc, mask: mask) == expected)
    }

    /// Table D.1: version information for versions 7 and 40, read back from the symbol.
    @Test(arguments: [(7, 0x07C94), (21, 0x15683), (40, 0x28C69)])
    func versionInformation(version: Int, expected: Int) {
        let matrix = QRMatrix(version: version)
        var bits = 0
        for i in 0..<18 {
            let a = matrix.size - 11 + i % 3
            let b = i / 3
            #expect(matrix[a, b] == matrix[b, a])
            if matrix[a, b] { bits |= 1 << i }
        }
        #expect(bits == expected)
    }

    /// Table E.1: alignment pattern centres.
    @Test func alignmentPositions() {
        #expect(QRTables.alignmentPositions(version: 1) == [])
        #expect(QRTables.alignmentPositions(version: 2) == [6, 18])
        #expect(QRTables.alignmentPositions(version: 7) == [6, 22, 38])
        #expect(QRTables.alignmentPositions(version: 15) == [6, 26, 48, 70])
        #expect(QRTables.alignmentPositions(version: 32) == [6, 34, 60, 86, 112, 138])
        #expect(QRTables.alignmentPositions(version: 36) == [6, 24, 50, 76, 102, 128, 154])
        #expect(QRTables.alignmentPositions(version: 40) == [6, 30, 58, 86, 114, 142, 170])
    }

    /// Total codewords per version (Table 1) follow from the function patterns.
    @Test func rawCodewords() {
        #expect(QRTables.rawDataModules(version: 1) / 8 == 26)
        #expect(QRTables.rawDataModules(version: 7) / 8 == 196)
        #expect(QRTables.rawDataModules(version: 40) / 8 == 3706)
    }

    @Test func levelLetters() {
        #expect(QRErrorCorrection(letter: "l") == .low)
        #expect(QRErrorCorrection(letter: "M") == .medium)
        #expect(QRErrorCorrection(letter: "q") == .quartile)
        #expect(QRErrorCorrection(letter: "H") == .high)
        #expect(QRErrorCorrection(letter: "X") == nil)
        #expect(QRErrorCorrection(letter: "") == nil)
        for level in QRErrorCorrection.allCases {
            #expect(QRErrorCorrection(letter: level.letter) == level)
        }
    }
}
