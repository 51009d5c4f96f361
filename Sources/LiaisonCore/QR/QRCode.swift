import Foundation

/// An immutable QR code symbol (ISO/IEC 18004 model 2), versions 1–40.
///
/// The encoding steps, in order: choose segments and the smallest version
/// that holds them, build the data codewords, add Reed–Solomon codewords and
/// interleave the blocks, place everything in the matrix, then pick a mask.
public struct QRCode: Sendable, Equatable {
    /// 1…40; the symbol is `version * 4 + 17` modules on a side.
    public let version: Int
    public let size: Int
    /// 0…7, the mask pattern drawn into the symbol.
    public let mask: Int
    /// The level actually used, which the ECC boost may have raised.
    public let errorCorrection: QRErrorCorrection
    /// Row-major, 1 = dark.
    private let modules: [UInt8]

    /// True when the module at column `x`, row `y` is dark. Outside the
    /// symbol (the quiet zone) every module is light.
    public subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, x < size, y >= 0, y < size else { return false }
        return modules[y * size + x] != 0
    }

    // MARK: Public entry points

    /// Encodes text. Runs of digits and of upper-case alphanumerics get their
    /// compact modes when that is shorter; other text goes in byte mode as UTF-8,
    /// announced by ECI 26 when it is not plain ASCII.
    public static func encode(
        text: String,
        ecc: QRErrorCorrection = .medium,
        mask: Int? = nil,
        minVersion: Int = 1,
        boostECC: Bool = true
    ) throws -> QRCode {
        let bytes = Array(text.utf8)
        let needsECI = bytes.contains { $0 >= 0x80 }
        return try encodeOptimally(bytes, eci: needsECI, ecc: ecc, mask: mask, minVersion: minVersion, boostECC: boostECC)
    }

    /// Encodes bytes as they are (no ECI header), still using the compact
    /// modes for runs of digits and alphanumerics where that is shorter.
    public static func encode(
        bytes: [UInt8],
        ecc: QRErrorCorrection = .medium,
        mask: Int? = nil,
        minVersion: Int = 1,
        boostECC: Bool = true
    ) throws -> QRCode {
        try encodeOptimally(bytes, eci: false, ecc: ecc, mask: mask, minVersion: minVersion, boostECC: boostECC)
    }

    // MARK: Steps (internal so tests can check each one)

    /// Picks the smallest version from `minVersion` whose optimal segmentation fits.
    /// Segmentation is redone only where the count-field widths change (10, 27).
    static func encodeOptimally(
        _ bytes: [UInt8], eci: Bool, ecc: QRErrorCorrection, mask: Int?, minVersion: Int, boostECC: Bool
    ) throws -> QRCode {
        try validate(mask: mask, minVersion: minVersion)
        // Even all digits cannot exceed 7089 characters: refuse a huge paste
        // before segmenting it.
        guard bytes.count <= QRTables.maxNumericCharacters else {
            throw tooLong(payloadBytes: bytes.count, ecc: ecc)
        }
        var segments: [QRSegment] = []
        for version in minVersion...QRTables.maxVersion {
            if version == minVersion || version == 10 || version == 27 {
                segments = QRSegmenter.optimalSegments(bytes, version: version)
                if eci {
                    segments.insert(.eci(QRSegment.utf8Designator), at: 0)
                }
            }
            if let bits = QRSegment.totalBits(segments, version: version),
               bits <= QRTables.dataCodewords(version: version, ecc: ecc) * 8 {
                return try encode(segments: segments, ecc: ecc, mask: mask, minVersion: version, maxVersion: version, boostECC: boostECC)
            }
        }
        throw tooLong(payloadBytes: bytes.count, ecc: ecc)
    }

    /// Encodes the given segments at the smallest version in `minVersion...maxVersion` that holds them.
    static func encode(
        segments: [QRSegment],
        ecc: QRErrorCorrection,
        mask: Int? = nil,
        minVersion: Int = QRTables.minVersion,
        maxVersion: Int = QRTables.maxVersion,
        boostECC: Bool = true
    ) throws -> QRCode {
        try validate(mask: mask, minVersion: minVersion)
        guard (minVersion...QRTables.maxVersion).contains(maxVersion) else {
            throw QREncodingError.invalidVersion(maxVersion)
        }
        var chosen: (version: Int, bits: Int)?
        for version in minVersion...maxVersion {
            if let bits = QRSegment.totalBits(segments, version: version),
               bits <= QRTables.dataCodewords(version: version, ecc: ecc) * 8 {
                chosen = (version, bits)
                break
            }
        }
        guard let (version, usedBits) = chosen else {
            throw tooLong(payloadBytes: segments.reduce(0) { $0 + $1.characterCount }, ecc: ecc)
        }
        // A stronger level costs nothing while the data still fits this version.
        var level = ecc
        if boostECC {
            for candidate in QRErrorCorrection.allCases where candidate > level {
                if usedBits <= QRTables.dataCodewords(version: version, ecc: candidate) * 8 {
                    level = candidate
                }
            }
        }
        let data = dataCodewords(segments: segments, version: version, ecc: level)
        let codewords = addErrorCorrection(to: data, version: version, ecc: level)
        return make(codewords: codewords, version: version, ecc: level, mask: mask)
    }

    /// The error for a payload over version 40's capacity, quoting the byte
    /// capacity (one byte segment with its 20-bit header).
    private static func tooLong(payloadBytes: Int, ecc: QRErrorCorrection) -> QREncodingError {
        let capacityBits = QRTables.dataCodewords(version: QRTables.maxVersion, ecc: ecc) * 8
        let header = 4 + QRSegmentMode.byte.characterCountBits(version: QRTables.maxVersion)
        return .dataTooLong(payloadBytes: payloadBytes, maxBytes: (capacityBits - header) / 8, ecc: ecc)
    }

    private static func validate(mask: Int?, minVersion: Int) throws {
        if let mask, !(0...7).contains(mask) {
            throw QREncodingError.invalidMask(mask)
        }
        guard (QRTables.minVersion...QRTables.maxVersion).contains(minVersion) else {
            throw QREncodingError.invalidVersion(minVersion)
        }
    }

    /// Filler after the data, alternating, as the standard prescribes.
    static let padCodewords: [UInt8] = [0xEC, 0x11]

    /// Segment headers and data, a terminator of up to four zero bits, zero
    /// bits to the byte boundary, then the pad codewords 0xEC 0x11 alternately.
    static func dataCodewords(segments: [QRSegment], version: Int, ecc: QRErrorCorrection) -> [UInt8] {
        let capacityBits = QRTables.dataCodewords(version: version, ecc: ecc) * 8
        var buffer = QRBitBuffer()
        for segment in segments {
            buffer.append(segment.mode.indicator, bits: 4)
            buffer.append(segment.characterCount, bits: segment.mode.characterCountBits(version: version))
            buffer.append(segment.data)
        }
        precondition(buffer.count <= capacityBits, "segments do not fit the version")
        buffer.append(0, bits: min(4, capacityBits - buffer.count))
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)
        var padIndex = 0
        while buffer.count < capacityBits {
            buffer.append(Int(padCodewords[padIndex]), bits: 8)
            padIndex ^= 1
        }
        return buffer.bytes
    }

    /// Splits the data into the version's blocks, appends each block's
    /// Reed–Solomon codewords, and interleaves: first byte of every block,
    /// second byte of every block, …, then the ECC bytes the same way.
    /// Short blocks come first and are one data codeword shorter.
    static func addErrorCorrection(to data: [UInt8], version: Int, ecc: QRErrorCorrection) -> [UInt8] {
        precondition(data.count == QRTables.dataCodewords(version: version, ecc: ecc))
        let blockCount = QRTables.blockCount(version: version, ecc: ecc)
        let eccLength = QRTables.eccCodewordsPerBlock(version: version, ecc: ecc)
        let rawCodewords = QRTables.rawDataModules(version: version) / 8
        let shortBlockCount = blockCount - rawCodewords % blockCount
        let shortDataLength = rawCodewords / blockCount - eccLength

        let generator = QRReedSolomon.generator(degree: eccLength)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var eccBlocks: [[UInt8]] = []
        var start = 0
        for block in 0..<blockCount {
            let length = shortDataLength + (block < shortBlockCount ? 0 : 1)
            let slice = data[start..<(start + length)]
            dataBlocks.append(slice)
            eccBlocks.append(QRReedSolomon.remainder(of: slice, generator: generator))
            start += length
        }

        var result: [UInt8] = []
        result.reserveCapacity(rawCodewords)
        for i in 0...shortDataLength {
            for block in dataBlocks where i < block.count {
                result.append(block[block.startIndex + i])
            }
        }
        for i in 0..<eccLength {
            for block in eccBlocks {
                result.append(block[i])
            }
        }
        return result
    }

    /// Places the codewords and applies the given mask, or the one with the
    /// lowest penalty (the lowest-numbered on a tie).
    static func make(codewords: [UInt8], version: Int, ecc: QRErrorCorrection, mask: Int?) -> QRCode {
        var matrix = QRMatrix(version: version)
        matrix.drawCodewords(codewords)
        var chosenMask = mask ?? 0
        if mask == nil {
            // One-word lines where they suffice (versions 1–11).
            if matrix.size <= QRBitLine64.capacity {
                var evaluator = QRMaskEvaluator<QRBitLine64>(matrix: matrix, ecc: ecc)
                chosenMask = evaluator.bestMask()
            } else {
                var evaluator = QRMaskEvaluator<QRBitLine192>(matrix: matrix, ecc: ecc)
                chosenMask = evaluator.bestMask()
            }
        }
        matrix.applyMask(chosenMask)
        matrix.drawFormatBits(ecc: ecc, mask: chosenMask)
        return QRCode(version: version, size: matrix.size, mask: chosenMask, errorCorrection: ecc, modules: matrix.modules)
    }
}
