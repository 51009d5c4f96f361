import Foundation
import Testing
@testable import LiaisonCore

/// The streaming byte reader behaves as the scalar parser it replaced, however
/// its input is cut into pieces: same records, lines, fields and problems.
@Suite struct CSVStreamReaderTests {
    /// The parser as it was before the streaming reader (a walk over an array of
    /// unicode scalars), kept here as the reference.
    static func referenceParse(_ text: String) -> (records: [CSVRecord], problems: [CSVProblem]) {
        var records: [CSVRecord] = [], problems: [CSVProblem] = [], fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var inQuotes = false, fieldWasQuoted = false, recordStarted = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endField() { fields.append(String(field)); field = String.UnicodeScalarView(); fieldWasQuoted = false }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
            recordStarted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if !recordStarted { recordStarted = true; recordLine = line }
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    inQuotes = false
                } else {
                    if c == "\n" { line += 1 }
                    if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1; line += 1; field.append("\n") } else { field.append(c) }
                }
                i += 1
                continue
            }
            switch c {
            case ",": endField()
            case "\r", "\n":
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            default: field.append(c)
            }
            i += 1
        }
        if inQuotes {
            problems.append(CSVProblem(line: recordLine, message: Bilingual("第 \(recordLine) 行：引号未闭合，此行及其后内容无法读取",
                                                                            "line \(recordLine): unterminated quote; this record could not be read")))
        } else if recordStarted {
            endRecord()
        }
        return (records, problems)
    }

    static func stream(_ bytes: [UInt8], pieces: Int, skipsBOM: Bool = false) throws -> (records: [CSVRecord], problems: [CSVProblem]) {
        var reader = CSVStreamReader(source: CSVByteSource(bytes: bytes, chunk: pieces), skipsBOM: skipsBOM)
        var records: [CSVRecord] = []
        while let r = try reader.next() { records.append(r) }
        return (records, reader.problems)
    }

    /// Random CSV-ish text from the pieces that matter: delimiters, quotes,
    /// CR/LF in every combination, multi-byte scalars, blank lines.
    static func randomText(_ rng: inout SplitMix64) -> String {
        let parts = ["a", "中", "文", "\"", "\"\"", ",", "\r", "\n", "\r\n", " ", "é", "😀", "x\"y", ",\"", "\"\n", "\n\n", "\u{FEFF}", "12"]
        let n = Int.random(in: 0..<60, using: &rng)
        return (0..<n).map { _ in parts[Int.random(in: 0..<parts.count, using: &rng)] }.joined()
    }

    @Test func sameAsTheScalarParserAtEveryPieceSize() throws {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let text = Self.randomText(&rng)
            let expected = Self.referenceParse(text)
            let parsed = CSVParser.parse(text)
            #expect(parsed.records == expected.records, "\(text.debugDescription)")
            #expect(parsed.problems == expected.problems, "\(text.debugDescription)")
            for pieces in [1, 2, 3, 5, 8] {
                let got = try Self.stream(Array(text.utf8), pieces: pieces)
                #expect(got.records == expected.records, "pieces \(pieces): \(text.debugDescription)")
                #expect(got.problems == expected.problems, "pieces \(pieces): \(text.debugDescription)")
            }
        }
    }

    @Test func chunkBoundariesInsideQuotesCRLFAndScalars() throws {
        let text = "日期,内容\r\n2026-01-01,\"路灯\"\"坏了\r\n第二行\"\r\n\r\n2026-01-02,\"尾\"巴\r2026-01-03,最后"
        let expected = Self.referenceParse(text)
        #expect(expected.records.map(\.line) == [1, 2, 5, 6])
        for pieces in 1...12 {
            let got = try Self.stream(Array(text.utf8), pieces: pieces)
            #expect(got.records == expected.records, "pieces \(pieces)")
        }
        // The field spanning two lines keeps its CRLF as LF, the text after a closing quote is kept.
        #expect(expected.records[1].fields == ["2026-01-01", "路灯\"坏了\n第二行"])
        #expect(expected.records[2].fields == ["2026-01-02", "尾巴"])
    }

    @Test func aLeadingBOMIsDroppedOnlyWhenAsked() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8)
        for pieces in [1, 2, 4, 100] {
            #expect(try Self.stream(bytes, pieces: pieces, skipsBOM: true).records.first?.fields == ["a", "b"])
            #expect(try Self.stream(bytes, pieces: pieces, skipsBOM: false).records.first?.fields == ["\u{FEFF}a", "b"])
        }
    }

    @Test func unwantedColumnsAreEmptyButStillChecked() throws {
        var reader = CSVStreamReader(bytes: Array("a,b,c\n1,长文本,3\n".utf8))
        #expect(try reader.next()?.fields == ["a", "b", "c"])
        reader.wanted = [true, false, true]
        #expect(try reader.next()?.fields == ["1", "", "3"])
        // A blank first cell still makes a blank line whatever is wanted.
        var blank = CSVStreamReader(bytes: Array("a\n\nx\n".utf8))
        blank.wanted = [false]
        #expect(try blank.next()?.line == 1)
        #expect(try blank.next()?.line == 3)
        // Bytes that are not UTF-8 in a column nobody reads still stop the reader.
        var bad = CSVStreamReader(bytes: Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        _ = try bad.next()
        bad.wanted = [true, false]
        #expect(throws: CSVStreamReader.NotUTF8.self) { _ = try bad.next() }
        // ...also inside an unterminated quote at the end.
        var tail = CSVStreamReader(bytes: Array("a\n\"x".utf8) + [0xFF])
        _ = try tail.next()
        #expect(throws: CSVStreamReader.NotUTF8.self) { _ = try tail.next() }
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var rng = SplitMix64(seed: 5)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xA0, 0x9F, 0xED, 0xEF, 0xF0, 0x8F,
                                    0x90, 0xF4, 0xF5, 0xFF, 0xE4, 0xB8, 0xAD]
        for _ in 0..<20_000 {
            let n = Int.random(in: 0..<8, using: &rng)
            let bytes = (0..<n).map { _ in
                Bool.random(using: &rng) ? interesting[Int.random(in: 0..<interesting.count, using: &rng)] : UInt8.random(in: 0...255, using: &rng)
            }
            #expect(UTF8Check.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
