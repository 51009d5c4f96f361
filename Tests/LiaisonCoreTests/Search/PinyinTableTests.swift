import Foundation
import Testing
import LiaisonCore

@Suite("Pinyin: table loading")
struct PinyinTableTests {
    @Test("the real table loads quickly and covers the CJK Unified Ideographs")
    func realTable() throws {
        let data = try Data(contentsOf: PinyinFixture.tableURL)
        #expect(data.count > 300_000 && data.count < 600_000)  // compact: one short line a character

        let clock = ContinuousClock()
        var loaded: Pinyin?
        let elapsed = try clock.measure { loaded = try Pinyin(tableData: data) }
        let table = try #require(loaded)
        // Release builds load in a few ms; this only catches a pathological
        // regression in an unoptimised test build.
        #expect(elapsed < .seconds(3), "loading took \(elapsed)")

        #expect(table.characterCount > 41_000)
        let unified = (0x4E00...0x9FFF).compactMap(Unicode.Scalar.init).filter { !table.readings(of: $0).isEmpty }
        #expect(unified.count >= 20_900)  // the source lacks 68 rare ones (兙, 瓩, late additions)
    }

    @Test("known characters: readings and their order")
    func knownCharacters() {
        let table = PinyinFixture.table
        #expect(table.readings(of: "行" as Character) == ["xing", "hang", "heng"])
        #expect(table.readings(of: "王" as Character).first == "wang")
        #expect(table.readings(of: "明" as Character).first == "ming")
        #expect(table.readings(of: "吕" as Character) == ["lv"])  // ü is written v
        #expect(table.readings(of: "单" as Character) == ["dan", "chan", "shan"])
        #expect(table.readings(of: "䶮" as Character) == ["yan"])  // extension A, in names (刘䶮)
        #expect(table.readings(of: "𠀀" as Character) == ["he"])  // extension B, four UTF-8 bytes
        #expect(table.readings(of: "a" as Character).isEmpty)
        #expect(table.readings(of: "。" as Character).isEmpty)
        #expect(table.readings(of: "👍" as Character).isEmpty)
    }

    @Test("text, bytes and file give the same table")
    func sourcesAgree() throws {
        let text = try String(contentsOf: PinyinFixture.tableURL, encoding: .utf8)
        let fromText = try Pinyin(tableText: text)
        #expect(fromText.characterCount == PinyinFixture.table.characterCount)
        for ch: Character in ["行", "曾", "重", "𪚥"] {
            #expect(fromText.readings(of: ch) == PinyinFixture.table.readings(of: ch))
        }
    }

    @Test("comments, blank lines, CRLF, a BOM and repeated readings are accepted")
    func lenientFormatting() throws {
        let table = try Pinyin(tableText: "\u{FEFF}# header\n\n行\txing,hang,xing\r\n好\thao\n")
        #expect(table.characterCount == 2)
        #expect(table.readings(of: "行" as Character) == ["xing", "hang"])
        #expect(table.readings(of: "好" as Character) == ["hao"])
        #expect(try Pinyin(tableText: "").characterCount == 0)
    }

    static let malformed: [(text: String, line: Int)] = [
        ("行xing\n", 1),             // no tab
        ("好\thao\n行\tXing\n", 2),   // upper case
        ("行\t\n", 1),               // no reading
        ("行\txing,,hang\n", 1),     // empty reading
        ("行\txing,\n", 1),          // trailing comma
        ("行\tzhuangzhuang\n", 1),   // longer than any syllable
        ("行\txing hang\n", 1),      // space instead of comma
        ("# c\n行行\txing\n", 2),     // two characters
    ]

    @Test("malformed lines are refused with their line number", arguments: malformed)
    func malformedLines(text: String, line: Int) {
        #expect {
            try Pinyin(tableText: text)
        } throws: { error in
            (error as? Pinyin.TableError)?.line == line
        }
    }

    @Test("invalid UTF-8 and a missing file are errors, not crashes")
    func badBytes() {
        for bytes: [UInt8] in [[0xFF, 0x09, 0x61, 0x0A], [0xE8, 0xA1], [0xC0, 0xAF, 0x09, 0x61], [0xED, 0xA0, 0x80, 0x09, 0x61]] {
            #expect(throws: Pinyin.TableError.self) { try Pinyin(tableData: Data(bytes)) }
        }
        let missing = URL(fileURLWithPath: "/nonexistent/pinyin.tsv")
        #expect(throws: Pinyin.TableError.self) { try Pinyin(contentsOf: missing) }
    }
}
