import Foundation
import Testing
@testable import LiaisonCore

@Suite("Store: case workflow")
struct CaseWorkflowStoreTests {
    @Test func fullLoopWithReopenIsRecordedAsEvents() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        let c = try store.intakeOne()
        #expect(c.number.hasPrefix("DS-2026-"))
        #expect(c.state == .registered)
        let dept = try store.departments()[0]
        try store.apply(.triage(category: "livelihood", level: .township), toCase: c.id)
        try store.apply(.dispatch(departmentID: dept.id, deadline: nil, reason: ""), toCase: c.id)
        clock.advance(days: 3)
        try store.apply(.reply(text: "已修复"), toCase: c.id)
        try store.apply(.feedback(note: "电话告知"), toCase: c.id)
        try store.apply(.rate(.dissatisfied, note: "还是坏的"), toCase: c.id)
        #expect(try store.caseRecord(id: c.id)?.state == .reopened)
        try store.apply(.dispatch(departmentID: dept.id, deadline: nil, reason: ""), toCase: c.id)
        try store.apply(.reply(text: "更换灯具"), toCase: c.id)
        try store.apply(.feedback(note: ""), toCase: c.id)
        let h = try store.apply(.rate(.satisfied, note: ""), toCase: c.id)
        #expect(h.state == .closed)
        let events = try store.events(caseID: c.id)
        #expect(events.map(\.sequence) == Array(1...events.count))
        #expect(events.compactMap(\.to) == [.registered, .triaged, .dispatched, .replied, .fedBack, .reopened, .dispatched, .replied, .fedBack, .closed])
        #expect(events.allSatisfy { $0.actor == "测试员" })
        #expect(try store.check().ok)
    }

    @Test func illegalActionsWriteNothing() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let c = try store.intakeOne()
        let before = try store.events(caseID: c.id).count
        #expect(throws: WorkflowError.self) { try store.apply(.reply(text: "x"), toCase: c.id) }
        #expect(throws: WorkflowError.self) { try store.apply(.feedback(note: ""), toCase: c.id) }
        #expect(throws: WorkflowError.self) { try store.apply(.rate(.satisfied, note: ""), toCase: c.id) }
        #expect(throws: WorkflowError.unknownDepartment("nope")) {
            try store.apply(.triage(category: "livelihood", level: .county), toCase: c.id)
            try store.apply(.dispatch(departmentID: "nope", deadline: nil, reason: ""), toCase: c.id)
        }
        #expect(try store.events(caseID: c.id).count == before + 1) // only the triage went in
        #expect(try store.caseRecord(id: c.id)?.state == .triaged)
    }

    @Test func deadlineOverrideNeedsAReason() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let c = try store.intakeOne()
        let dept = try store.departments()[0]
        try store.apply(.triage(category: "livelihood", level: .township), toCase: c.id)
        #expect(throws: WorkflowError.missingReason) {
            try store.apply(.dispatch(departmentID: dept.id, deadline: Fixtures.date("2026-03-04"), reason: " "), toCase: c.id)
        }
        try store.apply(.dispatch(departmentID: dept.id, deadline: Fixtures.date("2026-03-04"), reason: "涉及安全，限期三天"), toCase: c.id)
        #expect(try store.caseRecord(id: c.id)?.deadline == Fixtures.date("2026-03-04"))
    }

    @Test func slaDeadlineCountsWorkingDaysAcrossSpringFestival() throws {
        let folder = TemporaryFolder()
        // Registered on Friday 2026-02-13; livelihood SLA is 10 working days.
        let (store, _) = Fixtures.station(in: folder, at: "2026-02-13T10:00:00.000+08:00")
        let c = try store.intakeOne()
        // 14 (Sat, make-up), 24, 25, 26, 27, 28 (Sat, make-up), 3-2, 3-3, 3-4, 3-5.
        #expect(c.deadline == Fixtures.date("2026-03-05"))
    }

    @Test func awaitingVisitorPausesTheClock() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder, at: "2026-03-02T10:00:00.000+08:00") // a Monday
        let c = try store.intakeOne()
        let dept = try store.departments()[0]
        try store.apply(.triage(category: "livelihood", level: .township), toCase: c.id)
        try store.apply(.dispatch(departmentID: dept.id, deadline: Fixtures.date("2026-03-06"), reason: "紧急"), toCase: c.id)
        clock.set("2026-03-03T09:00:00.000+08:00")
        try store.apply(.pause(reason: "等群众提供照片"), toCase: c.id)
        #expect(try store.deadlineStatus(store.caseRecord(id: c.id)!) == .paused)
        // Paused Tue → resumed next Tue: 5 working days (4,5,6,9,10) pushed onto the deadline.
        clock.set("2026-03-10T09:00:00.000+08:00")
        try store.apply(.resume(note: "照片已收到"), toCase: c.id)
        let record = try store.caseRecord(id: c.id)!
        #expect(record.deadline == Fixtures.date("2026-03-06"))
        let history = try store.history(caseID: c.id)
        #expect(store.clock.effectiveDeadline(deadline: record.deadline!, pauses: history.pauses, today: store.today) == Fixtures.date("2026-03-13"))
        #expect(try store.deadlineStatus(record) == .onTime || store.deadlineStatus(record) == .dueSoon)
        clock.set("2026-03-16T09:00:00.000+08:00")
        #expect(try store.deadlineStatus(record) == .overdue)
        #expect(try store.cases({ var q = CaseQuery(); q.overdueOnly = true; return q }()).map(\.caseRecord.id) == [c.id])
    }

    @Test func mergeMovesOpinionsAndKeepsVisitors() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let a = try store.intakeOne("三号楼路灯坏了", phone: "13800000001")
        let b = try store.intakeOne("三号楼门口路灯不亮", phone: "13800000002")
        try store.apply(.merge(into: a.id), toCase: b.id)
        #expect(try store.caseRecord(id: b.id)?.state == .merged)
        #expect(try store.caseRecord(id: b.id)?.mergedInto == a.id)
        #expect(try store.opinions(caseID: a.id).count == 2)
        #expect(throws: WorkflowError.self) { try store.apply(.merge(into: a.id), toCase: b.id) }
        #expect(throws: WorkflowError.mergeIntoSelf) { try store.apply(.merge(into: a.id), toCase: a.id) }
        #expect(try store.check().ok)
    }

    @Test func supervisionAndNotes() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let rep = try store.addRepresentative(name: "林晓燕", level: .provincial).representative
        let c = try store.intakeOne()
        try store.apply(.supervise(representativeID: rep.id), toCase: c.id)
        #expect(throws: WorkflowError.alreadySupervising) { try store.apply(.supervise(representativeID: rep.id), toCase: c.id) }
        #expect(try store.card(for: rep).openCases == 1)
        try store.apply(.note("代表已电话了解"), toCase: c.id)
        try store.apply(.unsupervise(representativeID: rep.id), toCase: c.id)
        #expect(try store.card(for: rep).openCases == 0)
        #expect(try store.events(caseID: c.id).map(\.kind) == [.transition, .superviseStart, .note, .superviseEnd])
    }

    @Test func eventsAreAppendOnlyAndRecordsNeverDeleted() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let c = try store.intakeOne()
        #expect(throws: SQLiteError.self) { try store.db.execute("UPDATE case_event SET note = 'x' WHERE case_id = ?", c.id) }
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM case_event WHERE case_id = ?", c.id) }
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM cases WHERE id = ?", c.id) }
        #expect(throws: SQLiteError.self) { try store.db.execute("DELETE FROM visitor") }
        #expect(try store.events(caseID: c.id).count == 1)
    }

    @Test func caseNumbersAreSequentialPerYear() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder, at: "2026-12-31T20:00:00.000+08:00")
        let a = try store.intakeOne()
        let b = try store.intakeOne()
        clock.set("2027-01-02T09:00:00.000+08:00")
        let c = try store.intakeOne()
        #expect(a.number == "DS-2026-000001")
        #expect(b.number == "DS-2026-000002")
        #expect(c.number == "DS-2027-000001")
    }

    @Test func keysAreUniqueTimeOrderedAndCarryTheSite() {
        var gen = EntityKeyGenerator(siteTag: "AB12", seed: 7)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let keys = (0..<1000).map { gen.next(at: date.addingTimeInterval(Double($0 / 10) / 1000)) }
        #expect(Set(keys).count == keys.count)
        #expect(keys == keys.sorted())
        #expect(keys.allSatisfy { $0.count == 20 && Array($0)[10..<14] == Array("AB12")[...] })
    }
}
