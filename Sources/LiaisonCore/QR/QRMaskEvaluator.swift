import Foundation

/// Scores the eight masks of one symbol with the penalty rules, on bit sets.
///
/// Every masked symbol is `base XOR (pattern AND data)` plus its format bits,
/// and each mask pattern repeats every 6 columns and 12 rows, so a masked row
/// or column is three word operations away. The rules then become shifts,
/// ANDs and bit counts instead of a branch per module. Gives the same score
/// as `QRPenalty.score` (tests compare them on many symbols).
struct QRMaskEvaluator<Line: QRBitLine> {
    let size: Int
    private let ecc: QRErrorCorrection
    /// The unmasked symbol with the format bits cleared.
    private let baseRows: [Line]
    private let baseColumns: [Line]
    /// Set where a module carries data (is not a function module).
    private let dataRows: [Line]
    private let dataColumns: [Line]
    private let formatPositions: [(bit: Int, x: Int, y: Int)]
    /// Scratch for the masked symbol being scored.
    private var rows: [Line]
    private var columns: [Line]
    private let withinLinePairs: Line
    /// rowPatterns[mask * 12 + y % 12] is row y of a mask, columnPatterns[mask * 6 + x % 6] column x.
    private let rowPatterns: [Line]
    private let columnPatterns: [Line]

    /// `matrix` holds the placed codewords, not yet masked.
    init(matrix: QRMatrix, ecc: QRErrorCorrection) {
        let size = matrix.size
        precondition(size <= Line.capacity)
        self.size = size
        self.ecc = ecc
        formatPositions = QRMatrix.formatPositions(size: size)

        let within = Line(ones: size)
        var baseRows: [Line] = []
        var baseColumns: [Line] = []
        var dataRows: [Line] = []
        var dataColumns: [Line] = []
        matrix.modules.withUnsafeBufferPointer { modules in
            matrix.isFunction.withUnsafeBufferPointer { function in
                function.withMemoryRebound(to: UInt8.self) { function in
                    for i in 0..<size {
                        baseRows.append(Line(packing: modules, start: i * size, step: 1, count: size))
                        baseColumns.append(Line(packing: modules, start: i, step: size, count: size))
                        dataRows.append(~Line(packing: function, start: i * size, step: 1, count: size) & within)
                        dataColumns.append(~Line(packing: function, start: i, step: size, count: size) & within)
                    }
                }
            }
        }
        for (_, x, y) in formatPositions {
            baseRows[y][x] = false
            baseColumns[x][y] = false
        }
        self.baseRows = baseRows
        self.baseColumns = baseColumns
        self.dataRows = dataRows
        self.dataColumns = dataColumns

        rows = baseRows
        columns = baseColumns
        withinLinePairs = Line(ones: size - 1)
        rowPatterns = QRMaskPatternLines.rows.map(Line.init)
        columnPatterns = QRMaskPatternLines.columns.map(Line.init)
    }

    /// The mask with the lowest penalty; the lowest-numbered one on a tie.
    mutating func bestMask() -> Int {
        var best = (mask: 0, penalty: Int.max)
        for mask in 0...7 {
            let penalty = score(mask: mask)
            if penalty < best.penalty {
                best = (mask, penalty)
            }
        }
        return best.mask
    }

    /// The penalty of the symbol under `mask`, format bits included.
    mutating func score(mask: Int) -> Int {
        buildMasked(mask)
        let size = size
        let pairs = withinLinePairs
        var total = 0
        var dark = 0
        rows.withUnsafeBufferPointer { rows in
            columns.withUnsafeBufferPointer { columns in
                for y in 0..<size {
                    total += Self.lineScore(rows[y], pairs: pairs, size: size)
                    total += Self.lineScore(columns[y], pairs: pairs, size: size)
                    dark += rows[y].nonzeroBitCount
                }
                // Rule 2: a 2×2 block at x means rows y and y+1 agree at x and
                // at x+1, and row y agrees with itself from x to x+1.
                for y in 0..<(size - 1) {
                    let a = rows[y]
                    let vertical = ~(a ^ rows[y + 1])
                    let horizontal = ~(a ^ a.ahead(1))
                    total += (vertical & vertical.ahead(1) & horizontal & pairs).nonzeroBitCount * QRPenalty.block
                }
            }
        }
        let all = size * size
        let k = (abs(dark * 20 - all * 10) + all - 1) / all - 1
        return total + k * QRPenalty.balance
    }

    private mutating func buildMasked(_ mask: Int) {
        let size = size
        let periodX = QRMatrix.maskPeriodX
        let periodY = QRMatrix.maskPeriodY
        // Locals, so the closures below do not read `self` while it is being written.
        let (baseRows, baseColumns, dataRows, dataColumns) = (baseRows, baseColumns, dataRows, dataColumns)
        let (rowPatterns, columnPatterns) = (rowPatterns, columnPatterns)
        let bits = QRMatrix.formatBits(ecc: ecc, mask: mask)
        let formatPositions = formatPositions
        rows.withUnsafeMutableBufferPointer { rows in
            columns.withUnsafeMutableBufferPointer { columns in
                for i in 0..<size {
                    rows[i] = baseRows[i] ^ (rowPatterns[mask * periodY + i % periodY] & dataRows[i])
                    columns[i] = baseColumns[i] ^ (columnPatterns[mask * periodX + i % periodX] & dataColumns[i])
                }
                for (bit, x, y) in formatPositions where (bits >> bit) & 1 != 0 {
                    rows[y][x] = true
                    columns[x][y] = true
                }
            }
        }
    }

    // The line rules are static so that scoring never copies the evaluator.

    /// Rules 1 and 3 for one line; `pairs` has bits 0..<size−1 set.
    @inline(__always)
    private static func lineScore(_ a: Line, pairs: Line, size: Int) -> Int {
        // Rule 1: `same` marks x where x and x+1 match; four in a row is a run of five.
        let same = ~(a ^ a.ahead(1)) & pairs
        let five = same & same.ahead(1) & same.ahead(2) & same.ahead(3)
        // Each run of length L ≥ 5 sets L − 4 bits of `five` and costs 3 + (L − 5).
        let result = five.nonzeroBitCount + 2 * (five & ~five.behind(1)).nonzeroBitCount
        return result + finderLikeCount(a, size: size) * QRPenalty.finderLike
    }

    /// Rule 3: dark-light-dark-light-dark runs of widths n, n, 3n, n, n,
    /// with 4n light on one side and n on the other (outside reads as light).
    /// Width n needs a dark run of 3n, so wider patterns are rarely tried.
    private static func finderLikeCount(_ a: Line, size: Int) -> Int {
        // Width 1, written out: by far the common case.
        let core = a & ~a.ahead(1) & a.ahead(2) & a.ahead(3) & a.ahead(4) & ~a.ahead(5) & a.ahead(6)
            & ~a.ahead(7) & ~a.behind(1)
        var count = 0
        if !core.isEmpty {
            let lightAfter = ~(a.ahead(8) | a.ahead(9) | a.ahead(10))
            let lightBefore = ~(a.behind(2) | a.behind(3) | a.behind(4))
            count = (core & lightAfter).nonzeroBitCount + (core & lightBefore).nonzeroBitCount
        }
        // Width n ≥ 2 needs a dark run of exactly 3n; most lines have no run of six.
        var n = 2
        var run = dark(a, length: 6)
        while !run.isEmpty {
            // Where the run of exactly 3n could be the middle, with dark at both ends.
            let exact = run & ~a.behind(1) & ~a.ahead(UInt64(3 * n))
            if !exact.isEmpty {
                guard n <= widestShiftedPattern else {
                    return wideFinderLikeCount(a, size: size)
                }
                let candidates = exact.ahead(UInt64(2 * n)) & a & ~a.behind(1) & a.ahead(UInt64(6 * n))
                if !candidates.isEmpty {
                    count += finderLikeCount(a, width: n)
                }
            }
            n += 1
            guard 3 * n < 64 else { return wideFinderLikeCount(a, size: size) }
            run = run & a.ahead(UInt64(3 * n - 3)) & a.ahead(UInt64(3 * n - 2)) & a.ahead(UInt64(3 * n - 1))
        }
        return count
    }

    /// Shifts stay under 64 bits up to width 5 (the pattern and its 4n margin span 11n).
    private static var widestShiftedPattern: Int { 5 }

    private static func finderLikeCount(_ a: Line, width n: Int) -> Int {
        typealias E = QRMaskEvaluator<Line>
        let core = E.dark(a, length: n)
            & ~E.anyDark(a, from: n, length: n)
            & E.dark(a, length: 3 * n).ahead(UInt64(2 * n))
            & ~E.anyDark(a, from: 5 * n, length: n)
            & E.dark(a, length: n).ahead(UInt64(6 * n))
            & ~E.anyDark(a, from: 7 * n, length: 1)
            & ~E.anyDarkBefore(a, length: 1)
        let lightAfter4 = ~E.anyDark(a, from: 7 * n, length: 4 * n)
        let lightBefore4 = ~E.anyDarkBefore(a, length: 4 * n)
        let lightAfter1 = ~E.anyDark(a, from: 7 * n, length: n)
        let lightBefore1 = ~E.anyDarkBefore(a, length: n)
        return (core & lightAfter4 & lightBefore1).nonzeroBitCount + (core & lightBefore4 & lightAfter1).nonzeroBitCount
    }

    /// Bit x: modules x..<x+length are all dark.
    @inline(__always)
    private static func dark(_ a: Line, length: Int) -> Line {
        var result = a
        for i in 1..<max(length, 1) { result = result & a.ahead(UInt64(i)) }
        return result
    }

    /// Bit x: some module in x+from..<x+from+length is dark.
    @inline(__always)
    private static func anyDark(_ a: Line, from: Int, length: Int) -> Line {
        var result = Line()
        for i in from..<(from + length) { result = result | (i == 0 ? a : a.ahead(UInt64(i))) }
        return result
    }

    /// Bit x: some module in x−length..<x is dark (none outside the symbol).
    @inline(__always)
    private static func anyDarkBefore(_ a: Line, length: Int) -> Line {
        var result = Line()
        for i in 1...length { result = result | a.behind(UInt64(i)) }
        return result
    }

    /// Very wide patterns: count them the plain way.
    private static func wideFinderLikeCount(_ a: Line, size: Int) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
            for i in 0..<size { buffer[i] = a[i] ? 1 : 0 }
            return QRPenalty.lineScore(UnsafeBufferPointer(buffer), start: 0, step: 1, size: size).finderLike
        }
    }
}
