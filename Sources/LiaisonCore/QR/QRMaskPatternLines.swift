import Foundation

/// The eight mask patterns as bit lines. Each repeats every 6 columns and 12
/// rows, so 12 row lines and 6 column lines describe a mask for any version
/// (the evaluator's data lines clip them to the symbol).
enum QRMaskPatternLines {
    /// rows[mask * 12 + y % 12] is row y of the mask.
    static let rows: [QRBitLine192] = QRMatrix.maskPatterns.flatMap { tile in
        (0..<QRMatrix.maskPeriodY).map { r in
            repeating((0..<QRMatrix.maskPeriodX).map { tile[r * QRMatrix.maskPeriodX + $0] != 0 })
        }
    }

    /// columns[mask * 6 + x % 6] is column x of the mask.
    static let columns: [QRBitLine192] = QRMatrix.maskPatterns.flatMap { tile in
        (0..<QRMatrix.maskPeriodX).map { c in
            repeating((0..<QRMatrix.maskPeriodY).map { tile[$0 * QRMatrix.maskPeriodX + c] != 0 })
        }
    }

    /// The cycle repeated across all 192 bits (bit i = cycle[i % cycle.count]).
    static func repeating(_ cycle: [Bool]) -> QRBitLine192 {
        func word(startingAt first: Int) -> UInt64 {
            // One period from the right phase, then doubled until it fills the word.
            var value: UInt64 = 0
            for i in 0..<cycle.count where cycle[(first + i) % cycle.count] {
                value |= 1 << UInt64(i)
            }
            var filled = cycle.count
            while filled < 64 {
                value |= value << UInt64(filled)
                filled *= 2
            }
            return value
        }
        return QRBitLine192(w0: word(startingAt: 0), w1: word(startingAt: 64), w2: word(startingAt: 128))
    }
}
