import Foundation

/// Symbol capacities and layout facts from ISO/IEC 18004, kept in one place.
enum QRTables {
    static let minVersion = 1
    static let maxVersion = 40
    /// The most any symbol holds: digits at version 40-L.
    static let maxNumericCharacters = 7089

    /// Error-correction codewords in each block, by level rank then version (index 0 unused).
    private static let eccCodewordsPerBlock: [[Int]] = [
        // 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40
        [-1,  7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], // L
        [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28], // M
        [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], // Q
        [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], // H
    ]

    /// Number of error-correction blocks, by level rank then version (index 0 unused).
    private static let errorCorrectionBlocks: [[Int]] = [
        // 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40
        [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4,  4,  4,  4,  4,  6,  6,  6,  6,  7,  8,  8,  9,  9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25], // L
        [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5,  5,  8,  9,  9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49], // M
        [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8,  8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68], // Q
        [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81], // H
    ]

    static func eccCodewordsPerBlock(version: Int, ecc: QRErrorCorrection) -> Int {
        eccCodewordsPerBlock[ecc.rawValue][version]
    }

    static func blockCount(version: Int, ecc: QRErrorCorrection) -> Int {
        errorCorrectionBlocks[ecc.rawValue][version]
    }

    /// Side length in modules: 21 at version 1, four more per version.
    static func size(version: Int) -> Int {
        version * 4 + 17
    }

    /// Modules left for data and error correction once every function pattern,
    /// format and version area is drawn. Includes the remainder bits (0–7).
    static func rawDataModules(version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 {
                result -= 36 // the two 6×3 version information blocks
            }
        }
        return result
    }

    /// 8-bit data codewords (before error correction) the symbol can carry.
    static func dataCodewords(version: Int, ecc: QRErrorCorrection) -> Int {
        rawDataModules(version: version) / 8
            - eccCodewordsPerBlock(version: version, ecc: ecc) * blockCount(version: version, ecc: ecc)
    }

    /// Centre coordinates of alignment patterns along each axis, ascending.
    /// The first is always 6, the last always size − 7, the rest evenly spaced
    /// by an even step (the standard's table, reproduced by formula).
    static func alignmentPositions(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        var result = [Int](repeating: 6, count: count)
        var position = size(version: version) - 7
        for index in stride(from: count - 1, through: 1, by: -1) {
            result[index] = position
            position -= step
        }
        return result
    }
}
