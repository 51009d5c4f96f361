import Foundation
import Testing
@testable import LiaisonCore

/// The bulk opinion import (prepared statements, a staging table, search rows
/// in bulk) leaves the same station as recording each row through
/// `recordIntake` and draining the search queue: same report, rows, case
/// numbers, events, search documents and answers, also on a re-import.
@Suite struct BulkOpinionImportTests {
    /// A few thousand seeded rows, with the kinds of trouble real registers hold.
    static func csv(rows: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ list: [T]) -> T { list[Int.random(in: 0..<list.count, using: &rng)] }
        let names = ["王小明", "李四", "张三丰", "", "欧阳娜娜", " 赵六 ", "Anna Li", "钱\u{202E}七"]
        let communities = ["清溪社区", "溪南社区", "桃源村", "", "杏林社区\t二组", "  东门社区"]
        let texts = ["三号楼路灯坏了，晚上看不见路", "垃圾清运不及时，夏天气味大", "希望建老年食堂", "停车难，消防通道被占",
                     "小区门口积水严重\r\n下雨天无法出行", "学校门口缺少红绿灯 ", "噪音扰民\u{1B}[2J半夜施工", "道路破损（约30米）",
                     "e\u{301}cole 旁边的路", "", String(repeating: "长", count: 4_100), "＂自来水＂水压低；早上7点没水"]
        let categories = ["", "", "民生小事", "livelihood", "Public projects", "不存在的分类", "other"]
        let urgencies = ["", "", "一般", "紧急", "特急", "很急"]
        var lines = ["日期,姓名,电话,社区,内容,分类,紧急程度"]
        var previous: [String] = []
        for n in 0..<rows {
            if !previous.isEmpty, Int.random(in: 0..<40, using: &rng) == 0 {
                lines.append(pick(previous))   // the same row twice in one file
                continue
            }
            let day = Int.random(in: 0..<30, using: &rng) == 0 ? "2026-02-30"
                : Int.random(in: 0..<25, using: &rng) == 0 ? "" : "2025-\(String(format: "%02d", 1 + n % 12))-\(String(format: "%02d", 1 + n % 28))"
            let phone = pick(["", "138\(String(format: "%08d", n))", "12345", "0571-8600\(String(format: "%04d", n % 10_000))"])
            let text = pick(texts) + (Int.random(in: 0..<3, using: &rng) == 0 ? "" : "（第\(n)号）")
            let fields = [day, pick(names), phone, pick(communities), text, pick(categories), pick(urgencies)]
            let line = CSVWriter.row(fields)
            lines.append(line)
            if previous.count < 50 { previous.append(line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything an import writes, in terms that do not depend on random keys.
    static func content(_ store: StationDatabase) throws -> [String] {
        var out: [String] = []
        try store.db.forEach("""
            SELECT o.import_key, o.text, o.category, o.handling_level, o.urgency, o.source, o.created_at, o.created_by,
                   quote(o.representative_id), o.clause, o.position,
                   c.number, c.title, c.category, c.handling_level, c.urgency, c.state, c.deadline, c.due_date, c.created_at,
                   c.updated_at, v.name, v.anonymous, v.community, v.grid, v.group_size, v.created_at, p.phone, p.phone_key,
                   p.resident_id, (SELECT group_concat(e.seq || e.kind || quote(e.from_state) || e.to_state || e.actor || e.at
                       || e.note || quote(e.deadline) || quote(e.category) || quote(e.handling_level), ';')
                       FROM case_event e WHERE e.case_id = c.id),
                   o.id < c.id, c.id < v.id
            FROM opinion o JOIN cases c ON c.id = o.case_id JOIN visitor v ON v.id = o.visitor_id
            JOIN visitor_personal p ON p.visitor_id = v.id ORDER BY o.import_key
            """) { row in
            out.append((0..<33).map { row.string($0) }.joined(separator: "|"))
            return true
        }
        out += try store.db.query("SELECT year || ':' || last FROM case_counter ORDER BY year") { $0.string(0) }
        // Search documents per kind in docid order, named by the opinion's import key.
        for (kind, join) in [("opinion", "o.id = d.ref_id"), ("case", "o.case_id = d.ref_id"), ("visitor", "o.visitor_id = d.ref_id")] {
            out.append(kind + ": " + (try store.db.query("""
                SELECT o.import_key FROM search_doc d JOIN opinion o ON \(join) WHERE d.kind = ? ORDER BY d.docid
                """, [.text(kind)]) { $0.string(0) }).joined(separator: ","))
        }
        out += try store.db.query("""
            SELECT o.import_key || n.initials || n.full FROM search_name n JOIN opinion o ON o.visitor_id = n.visitor_id ORDER BY 1
            """) { $0.string(0) }
        out.append("pending \(try store.db.scalarInt("SELECT COUNT(*) FROM search_pending WHERE kind IN ('opinion', 'case', 'visitor')"))")
        return out
    }

    @Test func bulkImportEqualsRowByRowWithBadLinesAndReimport() throws {
        let csv = Array(Self.csv(rows: 2_500, seed: 42).utf8)
        let folderA = TemporaryFolder(), folderB = TemporaryFolder()
        let (bulk, _) = Fixtures.station(in: folderA)
        let (rows, _) = Fixtures.station(in: folderB)
        // Small chunks: staged rows move on several times, as in a large file.
        let a = try OpinionImporter.importData(csv, into: bulk, rowByRow: false, chunk: 300)
        let b = try OpinionImporter.importData(csv, into: rows, rowByRow: true)
        _ = try rows.updateSearchIndex()
        #expect(a.imported > 700)
        #expect(a.duplicates > 10)
        #expect(a.errors.count > 100)
        #expect(a.imported == b.imported && a.duplicates == b.duplicates)
        #expect(a.errors.map(\.line) == b.errors.map(\.line))
        #expect(a.errors.map(\.message.en) == b.errors.map(\.message.en))
        #expect(a.errors.map(\.message.zh) == b.errors.map(\.message.zh))
        let expected = try Self.content(rows)
        let got = try Self.content(bulk)
        #expect(got.count == expected.count)
        for (x, y) in zip(got, expected) where x != y { Issue.record("bulk: \(x.prefix(300))\nrows: \(y.prefix(300))"); break }
        let checked = try bulk.check()
        #expect(checked.ok, "\(checked.problems.prefix(3).map(\.en))")
        #expect(try rows.check().ok)
        // A re-import adds nothing, on both paths, and reports the same bad lines.
        let again = try OpinionImporter.importData(csv, into: bulk, rowByRow: false, chunk: 300)
        let againRows = try OpinionImporter.importData(csv, into: rows, rowByRow: true)
        #expect(again.imported == 0 && againRows.imported == 0)
        #expect(again.duplicates == a.imported + a.duplicates)
        #expect(again.duplicates == againRows.duplicates)
        #expect(again.errors.map(\.line) == a.errors.map(\.line))
        #expect(try Self.content(bulk) == got)
    }

    @Test func bulkImportedRowsAreFoundBySearchLikeDrainedOnes() throws {
        let csv = Array(Self.csv(rows: 600, seed: 7).utf8)
        let folderA = TemporaryFolder(), folderB = TemporaryFolder()
        let (bulk, _) = Fixtures.station(in: folderA)
        let (rows, _) = Fixtures.station(in: folderB)
        _ = try OpinionImporter.importData(csv, into: bulk)
        _ = try OpinionImporter.importData(csv, into: rows, rowByRow: true)
        _ = try rows.updateSearchIndex()
        #expect(try bulk.pendingSearchRows() == 0)
        let sql = """
            SELECT o.import_key FROM search_opinion f JOIN search_doc d ON d.docid = f.rowid JOIN opinion o ON o.id = d.ref_id
            WHERE search_opinion MATCH ? ORDER BY 1
            """
        for match in ["uni : \"灯\"", "bi : \"路灯\"", "bi : \"老年\" AND bi : \"年食\"", "uni : \"水\""] {
            let found = try bulk.db.query(sql, [.text(match)]) { $0.string(0) }
            #expect(!found.isEmpty, "\(match)")
            #expect(found == (try rows.db.query(sql, [.text(match)]) { $0.string(0) }), "\(match)")
        }
        // Case numbers and visitor names are indexed too.
        let number = try bulk.db.query("SELECT number FROM cases ORDER BY number LIMIT 1") { $0.string(0) }[0]
        #expect(try bulk.db.scalarInt("""
            SELECT COUNT(*) FROM search_case f JOIN search_doc d ON d.docid = f.rowid JOIN cases c ON c.id = d.ref_id
            WHERE search_case MATCH ? AND c.number = ?
            """, [.text("bi : \"\(number.suffix(6).prefix(2))\""), .text(number)]) == 1)
    }

    @Test func withSyncCaptureOnEveryImportedRowReachesTheChangeLog() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        store.startSyncCapture()
        let before = try store.db.scalarInt("SELECT COUNT(*) FROM change_log")
        let report = try OpinionImporter.importData(Array(Self.csv(rows: 400, seed: 3).utf8), into: store, rowByRow: false, chunk: 150)
        #expect(report.imported > 50)
        var inserted: [String: Int] = [:]
        try store.db.forEach("SELECT changeset FROM change_log ORDER BY seq") { row in
            for change in try SyncChangeset.changes(in: Data(row.blob(0))) where change.operation == .insert {
                inserted[change.table, default: 0] += 1
            }
            return true
        }
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM change_log") > before)
        for table in ["opinion", "cases", "case_event", "visitor", "visitor_personal"] {
            #expect(inserted[table] == (try store.db.scalarInt("SELECT COUNT(*) FROM \(table)")), "\(table)")
        }
    }

    @Test func plainTextShortcutAgreesWithTheNormalizer() throws {
        let samples = ["三号楼路灯坏了", " 前导空格", "结尾空格 ", "全角　空格　", "　", "tab\there", "e\u{301}", "Å", "\u{212B}",
                       "ok text 123", "（括号）“引号”…—", "\u{202E}反转", "行一\r\n行二", "", "控制\u{7}字符", "兼容\u{F900}字",
                       "〪组合", "半角ｶﾅ", "ＡＢＣ１２３"]
        for s in samples {
            #expect(PlainText.line(s) == TextNormalizer.line(s), "\(s.unicodeScalars.map { $0.value })")
            #expect(PlainText.paragraph(s) == TextNormalizer.paragraph(s), "\(s.unicodeScalars.map { $0.value })")
        }
        #expect(PlainText.isPlain("三号楼路灯坏了，晚上看不见路"))
        #expect(!PlainText.isPlain(" 前导空格"))
        #expect(throws: ValidationError.self) { try PlainText.field(String(repeating: "长", count: 11), name: Bilingual("甲", "A"), limit: 10) }
        #expect(throws: ValidationError.self) { try PlainText.field("", name: Bilingual("甲", "A"), limit: 10, required: true) }
    }
}
