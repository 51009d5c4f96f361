import Foundation

/// The square of modules while a symbol is being built: function patterns
/// first, then the codewords, then a mask and the format bits.
///
/// Modules are stored row-major as 0 (light) or 1 (dark) so that masking and
/// the penalty rules run over one flat array.
struct QRMatrix: Sendable {
    let version: Int
    let size: Int
    var modules: [UInt8]
    /// True where a module belongs to a function pattern and is never masked.
    var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = QRTables.size(version: version)
        modules = [UInt8](repeating: 0, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    subscript(x: Int, y: Int) -> Bool {
        modules[y * size + x] != 0
    }

    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark ? 1 : 0
        isFunction[y * size + x] = true
    }

    // MARK: Function patterns

    private mutating func drawFunctionPatterns() {
        // Timing patterns along row 6 and column 6.
        for i in 0..<size {
            setFunction(x: 6, y: i, dark: i % 2 == 0)
            setFunction(x: i, y: 6, dark: i % 2 == 0)
        }
        // Finder patterns (with separators) in three corners.
        drawFinder(centreX: 3, centreY: 3)
        drawFinder(centreX: size - 4, centreY: 3)
        drawFinder(centreX: 3, centreY: size - 4)

        // Alignment patterns on the grid, except where a finder sits.
        let positions = QRTables.alignmentPositions(version: version)
        let last = positions.count - 1
        for (i, x) in positions.enumerated() {
            for (j, y) in positions.enumerated() {
                let onFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)
                if !onFinder {
                    drawAlignment(centreX: x, centreY: y)
                }
            }
        }
        // Reserve the format areas now (real bits come with the mask), then version info.
        drawFormatBits(ecc: .medium, mask: 0)
        drawVersionInformation()
    }

    /// 7×7 finder with its one-module light separator, clipped at the edges.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx
                let y = centreY + dy
                guard x >= 0, x < size, y >= 0, y < size else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// 5×5 alignment pattern: dark ring, light ring, dark centre.
    private mutating func drawAlignment(centreX: Int, centreY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// BCH(15,5) generator x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1 of the format information.
    static let formatGenerator = 0x537
    /// Applied to the format bits so that they are never all light.
    static let formatXorMask = 0x5412
    /// BCH(18,6) generator x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1 of the version information.
    static let versionGenerator = 0x1F25

    /// The 15 format bits: level and mask protected by a BCH(15,5) code and
    /// XOR-ed with 0x5412 so that they are never all light.
    static func formatBits(ecc: QRErrorCorrection, mask: Int) -> Int {
        let data = ecc.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * formatGenerator)
        }
        return (data << 10 | remainder) ^ formatXorMask
    }

    /// Where each format bit goes: every bit twice, once around the top-left
    /// finder and once split between the other two.
    static func formatPositions(size: Int) -> [(bit: Int, x: Int, y: Int)] {
        var result: [(bit: Int, x: Int, y: Int)] = []
        for i in 0...5 { result.append((i, 8, i)) }
        result.append((6, 8, 7))
        result.append((7, 8, 8))
        result.append((8, 7, 8))
        for i in 9..<15 { result.append((i, 14 - i, 8)) }
        for i in 0..<8 { result.append((i, size - 1 - i, 8)) }
        for i in 8..<15 { result.append((i, 8, size - 15 + i)) }
        return result
    }

    mutating func drawFormatBits(ecc: QRErrorCorrection, mask: Int) {
        let bits = QRMatrix.formatBits(ecc: ecc, mask: mask)
        for (bit, x, y) in QRMatrix.formatPositions(size: size) {
            setFunction(x: x, y: y, dark: (bits >> bit) & 1 != 0)
        }
        setFunction(x: 8, y: size - 8, dark: true) // the "dark module", always dark
    }

    /// From version 7 on: 6 version bits and a BCH(18,6) remainder, in two 6×3 blocks.
    private mutating func drawVersionInformation() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 {
            remainder = (remainder << 1) ^ ((remainder >> 11) * QRMatrix.versionGenerator)
        }
        let bits = version << 12 | remainder
        for i in 0..<18 {
            let dark = (bits >> i) & 1 != 0
            let a = size - 11 + i % 3
            let b = i / 3
            setFunction(x: a, y: b, dark: dark)
            setFunction(x: b, y: a, dark: dark)
        }
    }

    // MARK: Data

    /// Places the codewords in the two-column zigzag from the bottom-right
    /// corner, skipping function modules and the vertical timing column.
    /// Remainder bits are left light, as the standard asks.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        precondition(codewords.count == QRTables.rawDataModules(version: version) / 8)
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for vertical in 0..<size {
                let y = upward ? size - 1 - vertical : vertical
                for j in 0..<2 {
                    let index = y * size + right - j
                    if !isFunction[index] && bitIndex < totalBits {
                        modules[index] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1
                        bitIndex += 1
                    }
                }
            }
            right -= 2
        }
    }

    /// XORs one of the eight mask patterns onto the data modules.
    /// Applying the same mask twice undoes it.
    mutating func applyMask(_ mask: Int) {
        precondition((0...7).contains(mask))
        let size = size
        let pattern = QRMatrix.maskPatterns[mask]
        modules.withUnsafeMutableBufferPointer { m in
            isFunction.withUnsafeBufferPointer { function in
                pattern.withUnsafeBufferPointer { p in
                    for y in 0..<size {
                        let row = y * size
                        let patternRow = (y % QRMatrix.maskPeriodY) * QRMatrix.maskPeriodX
                        var column = 0
                        for x in 0..<size {
                            if !function[row + x] {
                                m[row + x] ^= p[patternRow + column]
                            }
                            column += 1
                            if column == QRMatrix.maskPeriodX { column = 0 }
                        }
                    }
                }
            }
        }
    }

    /// Every mask repeats with period 6 across and 12 down (mask 4 uses y / 2
    /// mod 2, period 4; the others period 2 or 3), so one small tile per mask
    /// replaces the arithmetic at each module.
    static let maskPeriodX = 6
    static let maskPeriodY = 12

    static let maskPatterns: [[UInt8]] = (0...7).map { mask in
        var tile = [UInt8](repeating: 0, count: maskPeriodX * maskPeriodY)
        for y in 0..<maskPeriodY {
            for x in 0..<maskPeriodX {
                let invert: Bool
                switch mask {
                case 0: invert = (x + y) % 2 == 0
                case 1: invert = y % 2 == 0
                case 2: invert = x % 3 == 0
                case 3: invert = (x + y) % 3 == 0
                case 4: invert = (x / 3 + y / 2) % 2 == 0
                case 5: invert = x * y % 2 + x * y % 3 == 0
                case 6: invert = (x * y % 2 + x * y % 3) % 2 == 0
                default: invert = ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                tile[y * maskPeriodX + x] = invert ? 1 : 0
            }
        }
        return tile
    }
}
