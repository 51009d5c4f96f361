import Foundation
import Testing
@testable import LiaisonCore

@Suite("Insight: report, search and open311 commands")
struct InsightCLITests {
    let folder = TemporaryFolder()

    @Test("liaison report writes each format; bad periods are usage errors")
    func report() throws {
        _ = try ReportFixture.build(in: folder)
        let db = folder.path("station.db")
        let csv = try LiaisonBinary.run(["report", "--db", db, "--month", "2026-03", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.err)")
        #expect(csv.out.contains("rate,onTime,按时率,3,4"))
        let html = folder.path("march.html")
        let written = try LiaisonBinary.run(["report", "--db", db, "--month", "2026-03", "--out", html])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let text = try LiaisonBinary.run(["report", "--db", db, "--from", "2026-03-02", "--to", "2026-03-06", "--lang", "en"])
        #expect(text.out.contains("1/4 (25%)"))
        #expect(try LiaisonBinary.run(["report", "--db", db, "--month", "2026-3x"]).status == 2)
        #expect(try LiaisonBinary.run(["report", "--db", db, "--from", "2026-03-09", "--to", "2026-03-01"]).status == 2)
        #expect(try LiaisonBinary.run(["report", "--db", db, "--month", "2026-03", "--format", "pdf"]).status == 2)
    }

    @Test("liaison search marks matches and masks phones; liaison export open311 is JSON")
    func searchAndOpen311() throws {
        let (store, _) = Fixtures.station(in: folder)
        try store.insightIntake("幸福路口的路灯坏了", name: "王小明", phone: "13812345678")
        let db = folder.path("station.db")
        let found = try LiaisonBinary.run(["search", "--db", db, "路灯"])
        #expect(found.status == 0, "\(found.err)")
        #expect(found.out.contains("幸福路口的[路灯]坏了"))
        let phone = try LiaisonBinary.run(["search", "--db", db, "5678"])
        #expect(phone.out.contains("138****[5678]"))
        #expect(!phone.out.contains("13812345678"))
        #expect(try LiaisonBinary.run(["search", "--db", db, "wxm"]).out.contains("[王小明]"))
        #expect(try LiaisonBinary.run(["search", "--db", db, "不存在的词"]).status == 1)
        let open311 = try LiaisonBinary.run(["export", "open311", "--db", db])
        #expect(open311.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(open311.out.utf8)) as? [[String: Any]]
        #expect(json?.count == 1)
        #expect(json?.first?["status"] as? String == "open")
        #expect(!open311.out.contains("13812345678"))
    }
}
