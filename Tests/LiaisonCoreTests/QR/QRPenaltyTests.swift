import Testing
@testable import LiaisonCore

/// The fast bit-set scorer must give exactly the plain module-by-module
/// score, for every mask, or the automatic mask could drift from the standard's.
@Suite("QR penalty")
struct QRPenaltyTests {
    @Test(arguments: [1, 2, 6, 7, 11, 14, 20, 27, 33, 40])
    func bitSetScoreEqualsPlainScoreOnRealSymbols(version: Int) {
        var rng = SplitMix64(seed: UInt64(version))
        for level in QRErrorCorrection.allCases {
            var matrix = QRMatrix(version: version)
            let codewords = (0..<(QRTables.rawDataModules(version: version) / 8)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            matrix.drawCodewords(codewords)
            compareAllMasks(matrix, ecc: level)
        }
    }

    /// Blocky data with long runs and scaled 1:1:3:1:1 patterns (widths 1–7)
    /// reaches the wide-pattern and fallback paths.
    @Test(arguments: [3, 9, 11, 21, 40])
    func bitSetScoreEqualsPlainScoreOnPatternedData(version: Int) {
        var rng = SplitMix64(seed: 0xF1D + UInt64(version))
        for round in 0..<6 {
            var matrix = QRMatrix(version: version)
            let size = matrix.size
            for y in 0..<size {
                var x = 0
                while x < size {
                    let run = Int.random(in: 1...(round + 2) * 2, using: &rng)
                    let dark: UInt8 = Bool.random(using: &rng) ? 1 : 0
                    for i in x..<min(size, x + run) where !matrix.isFunction[y * size + i] {
                        matrix.modules[y * size + i] = dark
                    }
                    x += run
                }
            }
            for _ in 0..<(size / 3) {
                let width = Int.random(in: 1...7, using: &rng)
                let pattern = [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0].flatMap { [UInt8](repeating: UInt8($0), count: width) }
                let vertical = Bool.random(using: &rng)
                let line = Int.random(in: 0..<size, using: &rng)
                let start = Int.random(in: -(4 * width)..<size, using: &rng)
                for (i, value) in pattern.enumerated() where (0..<size).contains(start + i) {
                    let index = vertical ? (start + i) * size + line : line * size + start + i
                    if !matrix.isFunction[index] { matrix.modules[index] = value }
                }
            }
            compareAllMasks(matrix, ecc: QRErrorCorrection.allCases[round % 4])
        }
    }

    /// Both line widths where the symbol fits one word, the wide one otherwise.
    private func compareAllMasks(_ matrix: QRMatrix, ecc: QRErrorCorrection) {
        compareAllMasks(matrix, ecc: ecc, evaluator: QRMaskEvaluator<QRBitLine192>(matrix: matrix, ecc: ecc))
        if matrix.size <= QRBitLine64.capacity {
            compareAllMasks(matrix, ecc: ecc, evaluator: QRMaskEvaluator<QRBitLine64>(matrix: matrix, ecc: ecc))
        }
    }

    private func compareAllMasks<Line>(_ matrix: QRMatrix, ecc: QRErrorCorrection, evaluator: QRMaskEvaluator<Line>) {
        var evaluator = evaluator
        var plainScores: [Int] = []
        for mask in 0...7 {
            var masked = matrix
            masked.applyMask(mask)
            masked.drawFormatBits(ecc: ecc, mask: mask)
            let plain = QRPenalty.score(masked.modules, size: masked.size)
            plainScores.append(plain)
            #expect(evaluator.score(mask: mask) == plain, "v\(matrix.version) mask \(mask) \(Line.self)")
        }
        #expect(evaluator.bestMask() == plainScores.firstIndex(of: plainScores.min()!)!)
    }

    /// Hand-counted rule scores on a tiny symbol-sized line set.
    @Test func ruleOneAndThreeOnKnownLine() {
        // One row: 1011101 0000 then light, 21 modules, the rest light.
        let size = 21
        var modules = [UInt8](repeating: 0, count: size * size)
        for (x, v) in [1, 0, 1, 1, 1, 0, 1].enumerated() { modules[x] = UInt8(v) }
        modules.withUnsafeBufferPointer { m in
            let row = QRPenalty.lineScore(m, start: 0, step: 1, size: size)
            // Light run of 14 after the pattern: 3 + 9 points; the pattern has
            // 4 light before (outside) and after, so it counts twice.
            #expect(row.runs == 12)
            #expect(row.finderLike == 2)
        }
    }
}
