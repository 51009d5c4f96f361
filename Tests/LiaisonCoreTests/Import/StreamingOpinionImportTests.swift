import Foundation
import Testing
@testable import LiaisonCore

/// The opinion import reads its file as a stream: the same station whatever
/// the pieces, GB18030 found however late, and each imported case's report
/// facts written with it equal to the fold of its events.
@Suite struct StreamingOpinionImportTests {
    @Test func sameStationWhateverThePiecesTheFileArrivesIn() throws {
        let csv = Array(BulkOpinionImportTests.csv(rows: 500, seed: 9).utf8)
        let whole = TemporaryFolder(), cut = TemporaryFolder()
        let (a, _) = Fixtures.station(in: whole)
        let (b, _) = Fixtures.station(in: cut)
        let ra = try OpinionImporter.importData(csv, into: a, rowByRow: false, chunk: 100)
        let rb = try OpinionImporter.importData(csv, into: b, rowByRow: false, chunk: 100, pieces: 7)
        #expect(ra.imported > 100)
        #expect(ra.imported == rb.imported && ra.duplicates == rb.duplicates)
        #expect(ra.errors.map(\.line) == rb.errors.map(\.line))
        #expect(ra.errors.map(\.message.en) == rb.errors.map(\.message.en))
        #expect(try BulkOpinionImportTests.content(a) == BulkOpinionImportTests.content(b))
    }

    @Test func importFileReadsFromDiskInPieces() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let text = BulkOpinionImportTests.csv(rows: 300, seed: 4)
        let path = folder.path("in.csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try OpinionImporter.importFile(URL(fileURLWithPath: path), into: store)
        let other = TemporaryFolder()
        let (reference, _) = Fixtures.station(in: other)
        let expected = try OpinionImporter.importData(Array(text.utf8), into: reference)
        #expect(report.imported == expected.imported && report.imported > 50)
        #expect(report.errors.map(\.line) == expected.errors.map(\.line))
    }

    /// A file whose first rows are ASCII (the same bytes in UTF-8 and GB18030)
    /// and whose Chinese comes later: read as GB18030 in the end, as
    /// `TextDecoding` decides for the whole file, nothing kept of the first try.
    static func lateGB18030() -> (bytes: [UInt8], rows: Int) {
        var lines = ["date,name,phone,community,text"]
        for n in 0..<120 { lines.append("2025-03-\(String(format: "%02d", 1 + n % 28)),Li \(n),,East,street lamp \(n) is broken") }
        var bytes = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        let chinese = (0..<30).map { "2025-04-\(String(format: "%02d", 1 + $0 % 28)),王小明\($0),,清溪社区,三号楼路灯坏了（第\($0)号）" }
        bytes += TextDecoding.encodeGB18030(chinese.joined(separator: "\r\n") + "\r\n")!
        return (bytes, 150)
    }

    @Test func gb18030FoundLateIsReadAgainFromTheStart() throws {
        let (bytes, rows) = Self.lateGB18030()
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        for outer in [false, true] {
            let folder = TemporaryFolder()
            let (store, _) = Fixtures.station(in: folder)
            let report = outer
                ? try store.db.write { try OpinionImporter.importData(bytes, into: store, rowByRow: false, chunk: 40, pieces: 64) }
                : try OpinionImporter.importData(bytes, into: store, rowByRow: false, chunk: 40, pieces: 64)
            #expect(report.encoding == .gb18030)
            #expect(report.imported == rows && report.duplicates == 0 && report.errors.isEmpty)
            #expect(try store.db.scalarInt("SELECT COUNT(*) FROM opinion") == rows)
            #expect(try store.db.scalarInt("SELECT COUNT(*) FROM opinion WHERE text = '三号楼路灯坏了（第7号）'") == 1)
            #expect(try store.check().ok)
        }
        // Bytes that are neither are refused as before.
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        #expect(throws: TextDecoding.UndecodableError.self) {
            _ = try OpinionImporter.importData(Array("内容\n好\n".utf8) + [0xFF, 0xFF, 0xFF], into: store)
        }
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM opinion") == 0)
    }

    @Test func importedCasesCarryTheirReportFactsAsTheFoldGivesThem() throws {
        let csv = Array(BulkOpinionImportTests.csv(rows: 400, seed: 21).utf8)
        let a = TemporaryFolder(), b = TemporaryFolder()
        let (bulk, _) = Fixtures.station(in: a)
        let (rows, _) = Fixtures.station(in: b)
        let report = try OpinionImporter.importData(csv, into: bulk, rowByRow: false, chunk: 70)
        _ = try OpinionImporter.importData(csv, into: rows, rowByRow: true)
        #expect(report.imported > 100)
        // Written with the rows, not folded afterwards: the first row's fold agreed with the SQL.
        let mismatches = try bulk.reportFactsMismatches()
        #expect(mismatches.missing == 0 && mismatches.pending == 0 && mismatches.wrong.isEmpty)
        let facts = """
            SELECT o.import_key, r.created_at, r.last_at, r.state, r.responded, quote(r.on_time), quote(r.handling_days), quote(r.rating),
                   quote(r.department_id), quote(r.due), quote(r.paused_since)
            FROM case_report r JOIN opinion o ON o.case_id = r.case_id ORDER BY o.import_key
            """
        let got = try bulk.db.query(facts) { row in (0..<11).map { row.string($0) }.joined(separator: "|") }
        #expect(got.count == report.imported)
        #expect(got == (try rows.db.query(facts) { row in (0..<11).map { row.string($0) }.joined(separator: "|") }))
        // Reports read them: the same answer on both stations.
        #expect(try bulk.check().ok)
    }

    @Test func plainMobileIsWhatThePhoneCheckSays() {
        for phone in ["13800000001", "19912345678", "12345678901", "1380000000", "138000000012", "１３８００００００01", "138 0000 0001",
                      "+8613800000001", "0571-86001234", "", "2380000000a", "1380000000a"] {
            // The shortcut inside validate and key against the full parse and the digit filter.
            let fast = PhoneNumber.plainMobile(phone)
            if let fast {
                #expect((try? PhoneNumber.validateInFull(phone))?.canonical == fast, "\(phone)")
                #expect(phone.filter { $0.isASCII && $0.isNumber } == fast)
            } else {
                #expect(!(phone.utf8.count == 11 && phone.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && phone.hasPrefix("1")
                          && (try? PhoneNumber.validateInFull(phone)) != nil), "\(phone)")
            }
        }
    }
}
