import Foundation
import Testing
@testable import LiaisonCore

@Suite("Access: reveal and audit log")
struct RevealAndAuditTests {
    /// Outside the follow-up call list a receptionist is refused, and told where numbers are shown.
    @Test func receptionistCannotRevealAndLeavesNoEntry() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let receipt = try store.intakeWithNumbers()
        let before = try store.rawCount("audit_log")
        #expect(throws: AccessError.revealOnlyInFollowUp) {
            try store.reveal(visitorID: receipt.visitorID, reason: "回访", by: people.receptionist)
        }
        #expect(try store.rawCount("audit_log") == before)
    }

    @Test func adminRevealsWithAReasonAndTheLogSaysWhoWhenWhy() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let receipt = try store.intakeWithNumbers(phone: "13912345678", residentID: "11010519491231002X")
        #expect(throws: AccessError.reasonRequired) { try store.reveal(visitorID: receipt.visitorID, reason: "  \n ", by: people.admin) }
        clock.set("2026-03-05T15:30:00.000+08:00")
        let full = try store.reveal(visitorID: receipt.visitorID, reason: "电话回访满意度", by: people.admin)
        #expect(full.phone == "13912345678")
        #expect(full.residentID == "11010519491231002X")
        let log = try store.auditLog(by: people.admin, subject: "visitor:\(receipt.visitorID)")
        #expect(log.count == 1)
        #expect(log[0].actor == "站长")
        #expect(log[0].action == "reveal")
        #expect(log[0].at == "2026-03-05T15:30:00.000+08:00")
        #expect(log[0].reason == "电话回访满意度")
        // The log itself never holds the numbers.
        for entry in try store.auditLog(by: people.admin) {
            #expect(!"\(entry)".contains("13912345678") && !"\(entry)".contains("11010519491231002X"))
        }
        // Append-only: the log cannot be edited or pruned.
        #expect(throws: SQLiteError.self) { try store.db.execute("UPDATE audit_log SET reason = 'x'") }
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM audit_log") }
    }

    @Test func representativeRevealsOnlyTheirOwnVisitors() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let mine = try store.intakeWithNumbers(phone: "13900000001", representativeID: people.rep.id)
        let theirs = try store.intakeWithNumbers(phone: "13900000002", representativeID: people.otherRep.id)
        let supervised = try store.intakeWithNumbers(phone: "13900000003")
        #expect(try store.reveal(visitorID: mine.visitorID, reason: "代表回访", by: people.representative).phone == "13900000001")
        #expect(throws: AccessError.notOwnVisitor) {
            try store.reveal(visitorID: theirs.visitorID, reason: "好奇", by: people.representative)
        }
        #expect(throws: AccessError.notOwnVisitor) {
            try store.reveal(visitorID: supervised.visitorID, reason: "督办", by: people.representative)
        }
        try store.apply(.supervise(representativeID: people.rep.id), toCase: supervised.entries[0].caseRecord.id)
        #expect(try store.reveal(visitorID: supervised.visitorID, reason: "督办回访", by: people.representative).phone == "13900000003")
        let reveals = try store.auditLog(by: people.admin).filter { $0.action == "reveal" }
        #expect(reveals.map(\.actor) == ["张代表", "张代表"])
        #expect(Set(reveals.map(\.subject)) == ["visitor:\(mine.visitorID)", "visitor:\(supervised.visitorID)"])
    }

    @Test func unknownVisitorIsNotFoundAndNotLogged() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let before = try store.rawCount("audit_log")
        #expect(throws: StoreError.notFound(what: "visitor")) { try store.reveal(visitorID: "nope", reason: "x", by: people.admin) }
        #expect(try store.rawCount("audit_log") == before)
    }
}
