import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `CSVParser.parse` over UTF-8 bytes, one record at a time, reading its input
/// in chunks: a province's file (a million rows, more than a gigabyte) is never
/// held whole, nor as an array of scalars. Delimiters are ASCII, and no byte of
/// a multi-byte UTF-8 sequence is ASCII, so scanning bytes finds exactly the
/// delimiters a scalar walk finds. The same rules as `CSVParser`: line numbers
/// of records, blank lines skipped, CRLF/LF/CR, doubled quotes, text after a
/// closing quote kept, an unterminated quote reported and the rest unread.
///
/// Every field's bytes are checked to be UTF-8 (with or without being turned
/// into a `String`): `next()` throws `NotUTF8` at the first that is not, so
/// the caller can read the file again as GB18030 as `TextDecoding` would.
struct CSVStreamReader {
    struct NotUTF8: Error {}

    /// Fields whose column is false here come back as "" (still checked): the
    /// importer skips building strings for columns it does not read. nil: all.
    var wanted: [Bool]?
    private(set) var problems: [CSVProblem] = []

    private let source: CSVByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    /// A leading UTF-8 BOM is dropped (once) when reading a file, as `TextDecoding` drops it.
    private var started: Bool

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var firstFieldEmpty = true
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    private var fieldWasQuoted = false
    private var recordStarted = false
    private var finished = false

    init(source: CSVByteSource, skipsBOM: Bool = true) {
        self.source = source
        started = !skipsBOM
        field.reserveCapacity(4096)
    }

    init(bytes: [UInt8], skipsBOM: Bool = true) { self.init(source: CSVByteSource(bytes: bytes), skipsBOM: skipsBOM) }

    /// Ensures `position + n` bytes are loaded, if the input has them.
    private mutating func fill(_ n: Int) -> Bool {
        while buffer.count - position < n {
            if exhausted { return false }
            guard let more = source.next() else { exhausted = true; return false }
            if position >= buffer.count {
                buffer = more
            } else {
                buffer = Array(buffer[position...]) + more
            }
            position = 0
        }
        return true
    }

    private var fieldIndex: Int { fields.count }

    private mutating func endField() throws {
        let keep = wanted.map { fieldIndex < $0.count && $0[fieldIndex] } ?? true
        if fields.isEmpty { firstFieldEmpty = field.isEmpty }
        if keep {
            guard let text = String(validating: field, as: UTF8.self) else { throw NotUTF8() }
            fields.append(text)
        } else {
            guard UTF8Check.isValid(field) else { throw NotUTF8() }
            fields.append("")
        }
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    /// The record just ended, or nil for a blank line.
    private mutating func endRecord() throws -> CSVRecord? {
        try endField()
        defer { fields = []; recordStarted = false }
        if fields.count == 1 && firstFieldEmpty { return nil }
        return CSVRecord(line: recordLine, fields: fields)
    }

    /// The next record, or nil at the end of the input (see `problems`).
    mutating func next() throws -> CSVRecord? {
        if finished { return nil }
        if !started {
            started = true
            if fill(3), buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF { position += 3 }
        }
        while true {
            guard fill(1) else { return try finish() }
            let c = buffer[position]
            if !recordStarted { recordStarted = true; recordLine = line }
            if inQuotes {
                switch c {
                case UInt8(ascii: "\""):
                    if fill(2), buffer[position + 1] == UInt8(ascii: "\"") {
                        field.append(c); position += 2; continue
                    }
                    inQuotes = false
                case UInt8(ascii: "\n"):
                    line += 1
                    field.append(c)
                case UInt8(ascii: "\r"):
                    if fill(2), buffer[position + 1] == UInt8(ascii: "\n") {
                        position += 1; line += 1; field.append(UInt8(ascii: "\n"))
                    } else {
                        field.append(c)
                    }
                default:
                    position += appendRun(quoted: true)
                    continue
                }
                position += 1
                continue
            }
            switch c {
            case UInt8(ascii: ","):
                try endField()
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                if c == UInt8(ascii: "\r"), fill(2), buffer[position + 1] == UInt8(ascii: "\n") { position += 1 }
                position += 1
                line += 1
                if let record = try endRecord() { return record }
                continue
            case UInt8(ascii: "\"") where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            default:
                // Text after a closing quote is kept (lenient, as Excel is).
                position += appendRun(quoted: false)
                continue
            }
            position += 1
        }
    }

    /// Appends the bytes from `position` up to the next byte the state machine
    /// must look at (within the loaded buffer); returns how many.
    private mutating func appendRun(quoted: Bool) -> Int {
        let start = position
        var end = start
        buffer.withUnsafeBufferPointer { b in
            let count = b.count
            end += 1   // the current byte is plain text
            if quoted {
                while end < count {
                    let x = b[end]
                    if x == UInt8(ascii: "\"") || x == UInt8(ascii: "\n") || x == UInt8(ascii: "\r") { break }
                    end += 1
                }
            } else {
                while end < count {
                    let x = b[end]
                    if x == UInt8(ascii: ",") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "\n") || x == UInt8(ascii: "\r") { break }
                    end += 1
                }
            }
            field.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end]))
        }
        return end - start
    }

    private mutating func finish() throws -> CSVRecord? {
        finished = true
        if inQuotes {
            // The unread rest is still text the file's encoding must account for.
            guard UTF8Check.isValid(field) else { throw NotUTF8() }
            problems.append(CSVProblem(line: recordLine, message: Bilingual("第 \(recordLine) 行：引号未闭合，此行及其后内容无法读取",
                                                                            "line \(recordLine): unterminated quote; this record could not be read")))
            fields = []
            field = []
            return nil
        }
        if recordStarted { return try endRecord() }
        return nil
    }
}

/// Where `CSVStreamReader` gets its bytes: a file read in chunks, or bytes in memory.
final class CSVByteSource {
    private var bytes: [UInt8]?
    private let file: UnsafeMutablePointer<FILE>?
    private let chunk: Int

    /// `chunk`: bytes per piece (tests use tiny ones to cross every boundary).
    init(bytes: [UInt8], chunk: Int = .max) {
        self.chunk = chunk
        if chunk >= bytes.count { self.bytes = bytes; pieces = nil } else { self.bytes = nil; pieces = bytes }
        file = nil
    }

    init(path: String, chunk: Int = 1 << 20) throws {
        guard let f = fopen(path, "rb") else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        file = f
        self.chunk = chunk
        bytes = nil
        pieces = nil
    }

    deinit { if let file { fclose(file) } }

    private var pieces: [UInt8]?
    private var offset = 0

    func next() -> [UInt8]? {
        if let file {
            var piece = [UInt8](repeating: 0, count: chunk)
            let n = piece.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunk, file) }
            if n == 0 { return nil }
            if n < chunk { piece.removeSubrange(n...) }
            return piece
        }
        if let whole = bytes {
            bytes = nil
            return whole.isEmpty ? nil : whole
        }
        guard let pieces, offset < pieces.count else { return nil }
        let end = min(pieces.count, offset + chunk)
        defer { offset = end }
        return Array(pieces[offset..<end])
    }
}

/// UTF-8 well-formedness (Unicode table 3-7, as `String(validating:)` checks it) without making a string.
enum UTF8Check {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let x = b[i]
                if x < 0x80 { i += 1; continue }
                func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool { i + k < n && b[i + k] >= lo && b[i + k] <= hi }
                switch x {
                case 0xC2...0xDF:
                    guard cont(1) else { return false }
                    i += 2
                case 0xE0:
                    guard cont(1, 0xA0), cont(2) else { return false }
                    i += 3
                case 0xE1...0xEC, 0xEE...0xEF:
                    guard cont(1), cont(2) else { return false }
                    i += 3
                case 0xED:
                    guard cont(1, 0x80, 0x9F), cont(2) else { return false }
                    i += 3
                case 0xF0:
                    guard cont(1, 0x90), cont(2), cont(3) else { return false }
                    i += 4
                case 0xF1...0xF3:
                    guard cont(1), cont(2), cont(3) else { return false }
                    i += 4
                case 0xF4:
                    guard cont(1, 0x80, 0x8F), cont(2), cont(3) else { return false }
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }
}
