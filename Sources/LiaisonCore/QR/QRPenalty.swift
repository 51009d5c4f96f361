import Foundation

/// The four penalty rules of ISO/IEC 18004 §7.8.3, used to pick the mask that
/// leaves the symbol easiest to read. Lower is better.
///
/// This is the plain module-by-module form. `QRMaskEvaluator` computes the
/// same score on bit sets, much faster; tests hold the two equal.
///
/// Rule 3 (finder-like 1:1:3:1:1 runs) follows nayuki's reading of the
/// standard: the pattern needs four light modules on at least one side, and
/// the area outside the symbol counts as light. Matching that reading keeps
/// our automatic mask equal to the reference encoder's.
enum QRPenalty {
    static let sameColourRun = 3 // N1: five in a row, +1 for each more
    static let block = 3 // N2: each 2×2 block of one colour
    static let finderLike = 40 // N3
    static let balance = 10 // N4: per 5 % away from half dark

    static func score(_ modules: [UInt8], size: Int) -> Int {
        modules.withUnsafeBufferPointer { score($0, size: size) }
    }

    static func score(_ m: UnsafeBufferPointer<UInt8>, size: Int) -> Int {
        var result = 0

        // Rules 1 and 3 along rows (stride 1) and columns (stride size).
        for line in 0..<size {
            for (start, step) in [(line * size, 1), (line, size)] {
                let line = lineScore(m, start: start, step: step, size: size)
                result += line.runs + line.finderLike * finderLike
            }
        }

        // Rule 2: every 2×2 block of one colour, overlapping blocks counted.
        for y in 0..<(size - 1) {
            let row = y * size
            for x in 0..<(size - 1) {
                let colour = m[row + x]
                if colour == m[row + x + 1] && colour == m[row + size + x] && colour == m[row + size + x + 1] {
                    result += block
                }
            }
        }

        // Rule 4: the smallest k with (45 − 5k)% ≤ dark share ≤ (55 + 5k)%.
        var dark = 0
        for module in m { dark += Int(module) }
        let total = size * size
        let k = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        result += k * balance
        return result
    }

    /// Rule 1 points and the number of rule 3 patterns for one row or column.
    static func lineScore(_ m: UnsafeBufferPointer<UInt8>, start: Int, step: Int, size: Int) -> (runs: Int, finderLike: Int) {
        var result = 0
        var patterns = 0
        var runColour: UInt8 = 0
        var runLength = 0
        var history = RunHistory(size: size)
        var index = start
        for _ in 0..<size {
            let colour = m[index]
            if colour == runColour {
                runLength += 1
                if runLength == 5 {
                    result += sameColourRun
                } else if runLength > 5 {
                    result += 1
                }
            } else {
                history.push(runLength)
                if runColour == 0 {
                    patterns += history.finderLikeCount()
                }
                runColour = colour
                runLength = 1
            }
            index += step
        }
        // Close the line: a dark run ends, and the light border beyond is one more light run.
        if runColour != 0 {
            history.push(runLength)
            runLength = 0
        }
        history.push(runLength + size)
        patterns += history.finderLikeCount()
        return (result, patterns)
    }

    /// The last seven run lengths of a line, newest first, alternating colour.
    private struct RunHistory {
        let size: Int
        var r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0

        init(size: Int) { self.size = size }

        mutating func push(_ length: Int) {
            // The first run of a line is widened by the light area before the symbol.
            let value = r0 == 0 ? length + size : length
            r6 = r5; r5 = r4; r4 = r3; r3 = r2; r2 = r1; r1 = r0; r0 = value
        }

        /// Called just after a light run was pushed: counts dark-light-dark×3-light-dark
        /// cores with four light modules before (0, 1 or 2 matches).
        func finderLikeCount() -> Int {
            let n = r1
            let core = n > 0 && r2 == n && r3 == n * 3 && r4 == n && r5 == n
            return (core && r0 >= n * 4 && r6 >= n ? 1 : 0) + (core && r6 >= n * 4 && r0 >= n ? 1 : 0)
        }
    }
}
