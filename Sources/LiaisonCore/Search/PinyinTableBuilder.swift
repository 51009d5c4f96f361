import Foundation

/// Parses `Data/pinyin.tsv` bytes into the arrays `Pinyin` keeps. A byte
/// loop with no String or Substring per line: the table loads at start-up.
struct PinyinTableBuilder {
    private(set) var syllableBytes: [UInt8] = []
    private(set) var syllableOffsets: [UInt32] = [0]
    private(set) var readingIDs: [UInt16] = []
    private(set) var pageIndex = [Int32](repeating: -1, count: 0x110000 >> 8)
    private(set) var entries: [UInt32] = []
    private(set) var characterCount = 0
    // A syllable (at most 8 ASCII letters) packed into an integer: a cheap
    // hash key for interning.
    private var syllableIDs: [UInt64: UInt16] = [:]

    mutating func parse(_ bytes: UnsafeRawBufferPointer) throws(Pinyin.TableError) {
        readingIDs.reserveCapacity(bytes.count / 6)
        entries.reserveCapacity(400 * 256)
        let count = bytes.count
        var cursor = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { cursor = 3 }  // BOM
        var lineNumber = 0
        while cursor < count {
            lineNumber += 1
            let lineStart = cursor
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            cursor = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }  // CRLF
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            try parseLine(bytes, lineStart..<lineEnd, lineNumber: lineNumber)
        }
    }

    private mutating func parseLine(
        _ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, lineNumber: Int
    ) throws(Pinyin.TableError) {
        func fail(_ reason: String) -> Pinyin.TableError { Pinyin.TableError(line: lineNumber, reason: reason) }

        guard let (scalar, length) = Self.decodeScalar(bytes, line) else { throw fail("not a UTF-8 character") }
        var p = line.lowerBound + length
        guard p < line.upperBound, bytes[p] == UInt8(ascii: "\t") else {
            throw fail("expected one character, a tab, then readings")
        }
        p += 1
        let runStart = readingIDs.count
        while true {
            let syllableStart = p
            var key: UInt64 = 0
            while p < line.upperBound, bytes[p] != UInt8(ascii: ",") {
                let c = bytes[p]
                guard c >= UInt8(ascii: "a"), c <= UInt8(ascii: "z") else {
                    throw fail("readings are lower-case a-z separated by commas")
                }
                guard p - syllableStart < 8 else { throw fail("reading longer than 8 letters") }
                key |= UInt64(c) << (8 * UInt64(p - syllableStart))
                p += 1
            }
            guard p > syllableStart else { throw fail("empty reading") }
            let id = try intern(key, bytes, syllableStart..<p, fail: fail)
            if !readingIDs[runStart...].contains(id) { readingIDs.append(id) }
            if p == line.upperBound { break }
            p += 1  // the comma
        }
        let runLength = readingIDs.count - runStart
        guard runLength <= 255, runStart < 1 << 24 else { throw fail("too many readings") }

        let slot = Int(scalar.value >> 8)
        if pageIndex[slot] < 0 {
            pageIndex[slot] = Int32(entries.count >> 8)
            entries.append(contentsOf: repeatElement(0, count: 256))
        }
        let index = Int(pageIndex[slot]) << 8 | Int(scalar.value & 0xff)
        if entries[index] == 0 { characterCount += 1 }
        entries[index] = UInt32(runStart) << 8 | UInt32(runLength)  // a repeated line wins
    }

    private mutating func intern(
        _ key: UInt64, _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>,
        fail: (String) -> Pinyin.TableError
    ) throws(Pinyin.TableError) -> UInt16 {
        if let id = syllableIDs[key] { return id }
        guard syllableIDs.count < Int(UInt16.max) else { throw fail("too many distinct readings") }
        let id = UInt16(syllableIDs.count)
        syllableIDs[key] = id
        syllableBytes.append(contentsOf: bytes[range])
        syllableOffsets.append(UInt32(syllableBytes.count))
        return id
    }

    /// Decodes the scalar at the start of `range`; nil for malformed UTF-8.
    private static func decodeScalar(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>
    ) -> (Unicode.Scalar, Int)? {
        let lead = bytes[range.lowerBound]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00..<0x80: length = 1; value = UInt32(lead)
        case 0xC2..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF5: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard range.count >= length else { return nil }
        for i in 1..<length {
            let c = bytes[range.lowerBound + i]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        // Overlong forms decode below the minimum for their length.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : length == 4 ? 0x10000 : 0
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
