import Foundation
import Testing
@testable import LiaisonCore

/// The home screen's counters (migration "tally") against a recount of the
/// rows, after every kind of write: intake, each case action, sync apply, the
/// generator, and a file migrated with data already in it.
@Suite("Store: home-screen counters")
struct TallyTests {
    struct Counted: Equatable {
        var states: [CaseState: Int]
        var overdue: Int
        var dueSoon: Int
        var representatives: Int
        var opinions: Int
        var perDay: [Int]
    }

    /// What the overview said before the counters: COUNT(*) over the rows.
    static func counted(_ store: StationDatabase) throws -> Counted {
        var states: [CaseState: Int] = [:]
        for s in CaseState.allCases {
            states[s] = try store.db.scalarInt("SELECT COUNT(*) FROM cases WHERE state = ?", [.text(s.rawValue)])
        }
        let today = store.today
        let soon = store.calendar.adding(workingDays: CaseClock.dueSoonWorkingDays, to: today)
        let clock = "state IN ('registered','triaged','dispatched','reopened') AND paused_since IS NULL"
        let first = today.adding(days: -29)
        let perDay = try (0..<30).map { d in
            try store.db.scalarInt("SELECT COUNT(*) FROM opinion WHERE substr(created_at, 1, 10) = ?",
                                   [.text(first.adding(days: d).description)])
        }
        return Counted(states: states,
                       overdue: try store.db.scalarInt("SELECT COUNT(*) FROM cases WHERE \(clock) AND due_date < ?", [.text(today.description)]),
                       dueSoon: try store.db.scalarInt("SELECT COUNT(*) FROM cases WHERE \(clock) AND due_date >= ? AND due_date <= ?",
                                                       [.text(today.description), .text(soon.description)]),
                       representatives: try store.db.scalarInt("SELECT COUNT(*) FROM representative WHERE retired_at IS NULL"),
                       opinions: try store.db.scalarInt("SELECT COUNT(*) FROM opinion"), perDay: perDay)
    }

    static func fromCounters(_ store: StationDatabase) throws -> Counted {
        let o = try store.overview()
        return Counted(states: Dictionary(uniqueKeysWithValues: o.casesByState.map { ($0.state, $0.count) }),
                       overdue: o.overdue, dueSoon: o.dueSoon, representatives: o.representatives, opinions: o.opinions,
                       perDay: try store.opinionsPerDay(days: 30))
    }

    static func expectAgree(_ store: StationDatabase, _ note: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (counters, rows) = (try fromCounters(store), try counted(store))
        #expect(counters == rows, "\(note)", sourceLocation: sourceLocation)
        #expect(try store.tallyProblems().isEmpty, "\(note)", sourceLocation: sourceLocation)
    }

    @Test func countersFollowIntakeAndEveryCaseAction() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        try store.addRepresentative(name: "李代表", level: .county)
        let depts = try store.departments()
        var cases: [String] = []
        for i in 0..<16 { cases.append(try store.intakeOne("第\(i)件：路灯坏了，晚上看不见路", phone: "1381234\(String(format: "%04d", i))").id) }
        try Self.expectAgree(store, "after intake")
        #expect(try store.overview().opinions == 16)
        var rng = SplitMix64(seed: 9)
        let actions: [(String) -> CaseAction] = [
            { _ in .triage(category: "livelihood", level: .township) },
            { _ in .dispatch(departmentID: depts[0].id, deadline: nil, reason: "") },
            { _ in .pause(reason: "等来访者补材料") }, { _ in .resume(note: "") },
            { _ in .reply(text: "已修复") }, { _ in .feedback(note: "电话告知") },
            { _ in .rate(.satisfied, note: "") }, { _ in .rate(.dissatisfied, note: "还是坏的") },
            { id in .merge(into: id) },
        ]
        var applied = 0
        for step in 0..<400 {
            let id = cases[Int.random(in: 0..<cases.count, using: &rng)]
            var action = actions[Int.random(in: 0..<actions.count, using: &rng)](cases[Int.random(in: 0..<cases.count, using: &rng)])
            if case .merge(let into) = action, into == id { action = .resume(note: "") }
            if (try? store.apply(action, toCase: id)) != nil { applied += 1 }
            if step % 40 == 0 {
                clock.advance(days: 2)   // deadlines come and go: overdue and due-soon move
                try Self.expectAgree(store, "step \(step)")
            }
        }
        #expect(applied > 40)
        try Self.expectAgree(store, "at the end")
        let o = try store.overview()
        #expect(o.casesByState.map(\.count).reduce(0, +) == 16)
        #expect(try store.check().ok)
    }

    @Test func overdueAndDueSoonFollowTheCalendar() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)   // Monday 2026-03-02
        for i in 0..<3 { _ = try store.intakeOne("第\(i)件", phone: "1381234000\(i)") }
        #expect(try store.overview().overdue == 0)
        clock.advance(days: 60)
        let o = try store.overview()
        #expect(o.overdue == 3)
        try Self.expectAgree(store)
    }

    @Test func migrationBackfillsTheRowsAlreadyThere() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        for i in 0..<5 { _ = try store.intakeOne("第\(i)件", phone: "1381234000\(i)") }
        let c = try store.intakeOne("要合并的", phone: "13812349999")
        try store.apply(.triage(category: "livelihood", level: .township), toCase: c.id)
        clock.advance(days: 40)
        let expected = try Self.counted(store)
        // Back to the schema before the counters, as a file from the last release is, then the
        // migration's own script (what opening such a file runs) on the rows already there.
        let triggers = try store.db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tally\\_%' ESCAPE '\\'") {
            $0.string(0)
        }
        #expect(triggers.count == 9)
        for t in triggers { try store.db.executeScript("DROP TRIGGER \(t)") }
        try store.db.executeScript("DROP TABLE tally; DROP INDEX cases_open_queue; DROP INDEX opinion_representative_case; DROP INDEX cases_open_card;")
        #expect(Schema.migrations.contains(Schema.tally))
        try store.db.executeScript(Schema.tally)
        #expect(try Self.fromCounters(store) == expected)
        try Self.expectAgree(store)
        // And the counters keep counting after it.
        _ = try store.intakeOne("迁移之后", phone: "13812348888")
        try Self.expectAgree(store)
    }

    @Test func checkReportsACounterThatDrifted() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        _ = try store.intakeOne()
        #expect(try store.check().ok)
        try store.db.execute("UPDATE tally SET n = n + 2 WHERE kind = 'state' AND key = 'registered'")
        let report = try store.check()
        #expect(!report.ok)
        #expect(report.problems.contains { $0.en.contains("state registered") && $0.en.contains("says 3") })
    }

    @Test func syncApplyKeepsTheCountersOnBothSides() throws {
        let net = try SyncNetwork()
        for i in 0..<4 { _ = try net.north.intakeOne("北岛第\(i)件", phone: "1390000000\(i)") }
        let c = try net.south.intakeOne("南山的", phone: "13700000001")
        try net.south.apply(.triage(category: "livelihood", level: .township), toCase: c.id)
        try net.send(net.north, net.station)
        try net.send(net.south, net.station)
        try net.send(net.station, net.north)
        #expect(try net.station.overview().opinions == 5)
        #expect(try net.north.overview().opinions == 5)
        for db in [net.station, net.north, net.south] { try Self.expectAgree(db) }
    }

    @Test func generatedDataKeepsTheCounters() throws {
        let folder = TemporaryFolder()
        let (store, summary) = try ProvinceGeneratorTests.generate(folder, "g.db", ProvinceGeneratorTests.options(opinions: 800))
        #expect(try store.overview().opinions == summary.opinions)
        #expect(try store.overview().representatives == summary.representatives)
        try Self.expectAgree(store)
    }
}
