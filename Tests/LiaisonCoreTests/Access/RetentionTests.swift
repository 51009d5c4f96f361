import Foundation
import Testing
@testable import LiaisonCore

@Suite("Access: retention")
struct RetentionTests {
    struct PersonalRow: Equatable {
        let phone: String, phoneKey: String, residentID: String, anonymisedAt: String?, name: String
    }

    func personalRow(_ store: StationDatabase, _ visitorID: String) throws -> PersonalRow {
        try #require(try store.db.queryOne("""
            SELECT p.phone, p.phone_key, p.resident_id, p.anonymised_at, v.name
            FROM visitor_personal p JOIN visitor v ON v.id = p.visitor_id WHERE p.visitor_id = ?
            """, [.text(visitorID)]) {
            PersonalRow(phone: $0.string(0), phoneKey: $0.string(1), residentID: $0.string(2), anonymisedAt: $0.optionalString(3),
                        name: $0.string(4))
        })
    }

    @Test func personalFieldsGoThreeYearsAfterTheLastCaseClosedAndStatisticsStay() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder, at: "2026-03-02T10:00:00.000+08:00")
        let people = try AccessPeople(store)
        let closedOld = try store.intakeWithNumbers(phone: "13900000001", residentID: "11010519491231002X")
        let open = try store.intakeWithNumbers(phone: "13900000002", residentID: "440524188001010014")
        let mixed = try store.intakeWithNumbers(phone: "13900000003")
        _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "赵大妈"), existingVisitorID: mixed.visitorID,
                                                 opinions: [.init(text: "另一件事，仍在办", category: "livelihood")]))
        let merged = try store.intakeWithNumbers(phone: "13900000004")
        try store.apply(.merge(into: closedOld.entries[0].caseRecord.id), toCase: merged.entries[0].caseRecord.id)
        try store.closeOnSite(closedOld.entries[0].caseRecord.id)
        try store.closeOnSite(mixed.entries[0].caseRecord.id)
        clock.set("2027-06-01T10:00:00.000+08:00")
        let closedRecent = try store.intakeWithNumbers(phone: "13900000005")
        try store.closeOnSite(closedRecent.entries[0].caseRecord.id)

        clock.set("2029-03-03T10:00:00.000+08:00")
        let counts = try ["visitor", "visitor_personal", "opinion", "cases", "case_event"].map { try store.rawCount($0) }
        let untouched = try [open, mixed, closedRecent].map { try personalRow(store, $0.visitorID) }

        let dry = try store.applyRetention(by: people.admin, dryRun: true)
        #expect(dry.eligible == 2 && dry.anonymised == 0 && dry.years == 3)
        #expect(try personalRow(store, closedOld.visitorID).phone == "13900000001")

        let report = try store.applyRetention(by: people.admin)
        #expect(report.anonymised == 2)
        #expect(report.cutoff == "2026-03-03T10:00:00.000+08:00")
        for gone in [closedOld, merged] {
            let row = try personalRow(store, gone.visitorID)
            #expect(row.phone == "" && row.phoneKey == "" && row.residentID == "" && row.name == "")
            #expect(row.anonymisedAt == "2029-03-03T10:00:00.000+08:00")
            #expect(try store.reveal(visitorID: gone.visitorID, reason: "核查", by: people.admin) == PersonalData())
        }
        #expect(try store.visitor(phone: "13900000001") == nil)
        #expect(try [open, mixed, closedRecent].map { try personalRow(store, $0.visitorID) } == untouched)
        #expect(try ["visitor", "visitor_personal", "opinion", "cases", "case_event"].map { try store.rawCount($0) } == counts)
        #expect(try store.check().ok)
        #expect(try store.auditLog(by: people.admin).contains { $0.action == "retention" && $0.subject == "visitors:2" })
        // Nothing is anonymised twice.
        #expect(try store.applyRetention(by: people.admin).anonymised == 0)
        // Four years later the recently closed visitor goes too; the open and mixed ones stay.
        clock.set("2030-06-02T10:00:00.000+08:00")
        #expect(try store.applyRetention(by: people.admin).anonymised == 1)
        #expect(try personalRow(store, open.visitorID).phone == "13900000002")
        #expect(try personalRow(store, mixed.visitorID).phone == "13900000003")
    }

    @Test func periodIsASetting() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder, at: "2026-03-02T10:00:00.000+08:00")
        let people = try AccessPeople(store)
        let v = try store.intakeWithNumbers()
        try store.closeOnSite(v.entries[0].caseRecord.id)
        clock.set("2029-06-01T10:00:00.000+08:00")
        #expect(store.retentionYears() == 3)
        try store.setRetentionYears(5, by: people.admin)
        #expect(store.retentionYears() == 5)
        #expect(try store.applyRetention(by: people.admin).anonymised == 0)
        #expect(try store.applyRetention(by: people.admin, years: 2, dryRun: true).eligible == 1)
        #expect(throws: AccessError.self) { try store.setRetentionYears(0, by: people.admin) }
        #expect(throws: AccessError.self) { try store.applyRetention(by: people.admin, years: 99) }
        clock.set("2031-03-03T10:00:00.000+08:00")
        #expect(try store.applyRetention(by: people.admin).anonymised == 1)
    }
}
