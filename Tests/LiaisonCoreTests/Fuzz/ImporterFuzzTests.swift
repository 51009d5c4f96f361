import Foundation
import Testing
@testable import LiaisonCore

/// 10,000 hostile files per importer: random bytes, mutated valid CSV, GB18030
/// fragments, quotes and newlines in odd places. Each import either throws a
/// clear bilingual error and writes nothing, or reports rows whose count is
/// exactly what the tables gained; the database stays consistent.
@Suite("Fuzz: CSV importers")
struct ImporterFuzzTests {
    static let representativeCSV = """
        姓名,层级,联络站,选区,代表小组,电话
        张三,县,,第一选区,城东组,13800001111
        "李,四",乡镇,,"第二
        选区",,
        王五,provincial,,,,0571-86001234
        """
    static let opinionCSV = """
        日期,姓名,电话,社区,内容,分类,紧急程度
        2026-03-01,赵六,13900002222,东社区,"小区路灯坏了，晚上""看不见""路",,一般
        2026-03-02,,,西社区,垃圾清运不及时,民生小事,
        ,钱七,0571-87654321,,"建议增设
        公交站",,紧急
        """

    enum Kind { case representatives, opinions }

    func counts(_ store: StationDatabase) throws -> [Int] {
        try ["representative", "visitor", "visitor_personal", "opinion", "cases", "case_event"].map {
            try store.db.scalarInt("SELECT COUNT(*) FROM \($0)")
        }
    }

    func nextFile(_ input: inout FuzzInput, valid: String, index: Int) -> [UInt8] {
        let lines = valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch index % 6 {
        case 0: return input.bytes(input.int(0...300))
        case 1: return input.mutate(Array(valid.utf8))
        case 2:
            // GB18030, whole or cut mid-character, sometimes mutated.
            let gb = TextDecoding.encodeGB18030(valid) ?? []
            let cut = Array(gb.prefix(input.int(0...gb.count)))
            return input.chance(0.5) ? input.mutate(cut) : cut
        case 3:
            // The header and one row whose fields are hostile strings.
            let row = (0..<input.int(1...8)).map { _ -> String in
                let f = input.string(maxScalars: 20)
                return input.chance(0.5) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
            }
            return Array((lines[0] + "\r\n" + row.joined(separator: ",")).utf8)
        case 4:
            // Valid rows with a quote or newline dropped in somewhere.
            var text = Array(valid.unicodeScalars)
            for _ in 0..<input.int(1...3) {
                text.insert(contentsOf: input.pick(["\"", "\n", "\r", ",", "\"\"", "\u{FEFF}"]).unicodeScalars, at: input.int(0...text.count))
            }
            var view = String.UnicodeScalarView(); view.append(contentsOf: text)
            return Array(String(view).utf8)
        default:
            // A valid file, re-imported: every row already present.
            return Array(valid.utf8)
        }
    }

    func run(_ kind: Kind, seed: UInt64) throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        var input = FuzzInput(seed: seed)
        var issues = 0, thrown = 0, imported = 0, duplicates = 0
        func record(_ text: String) { issues += 1; if issues <= 5 { Issue.record(Comment(rawValue: text)) } }
        for i in 0..<10_000 {
            let file = nextFile(&input, valid: kind == .representatives ? Self.representativeCSV : Self.opinionCSV, index: i)
            let before = try counts(store)
            do {
                let report = kind == .representatives
                    ? try RepresentativeImporter.importData(file, into: store)
                    : try OpinionImporter.importData(file, into: store)
                let after = try counts(store)
                let gained = zip(after, before).map { $0 - $1 }
                let expected = kind == .representatives ? [report.imported, 0, 0, 0, 0, 0]
                    : [0, report.imported, report.imported, report.imported, report.imported, report.imported]
                if gained != expected { record("input \(i): tables gained \(gained), report says \(report.imported)") }
                imported += report.imported
                duplicates += report.duplicates
                for e in report.errors where e.line < 1 || e.message.zh.isEmpty || e.message.en.isEmpty
                    || !unsafeScalars(in: e.message.zh + e.message.en).isEmpty {
                    record("input \(i): unclear row error at line \(e.line): \(e.message.en)")
                }
            } catch let error as LiaisonError {
                thrown += 1
                if try counts(store) != before { record("input \(i): \(error.message.en) but rows were written") }
                if error.message.zh.isEmpty || error.message.en.isEmpty { record("input \(i): empty error message") }
            } catch {
                record("input \(i): unexpected error \(type(of: error))")
            }
            if i % 2_500 == 2_499, try !store.check().ok { record("check failed after input \(i)") }
        }
        #expect(issues == 0)
        #expect(thrown > 100, "random bytes should often be refused as undecodable")
        #expect(imported > 50, "mutated files should still import good rows")
        #expect(imported + duplicates > 1_000, "many rows should reach the write path")
        let check = try store.check()
        #expect(check.ok, "\(check.problems.map(\.en))")
    }

    @Test func representativeImporter() throws { try run(.representatives, seed: 0xC5F0_0001) }

    @Test func opinionImporter() throws { try run(.opinions, seed: 0xC5F0_0002) }
}
