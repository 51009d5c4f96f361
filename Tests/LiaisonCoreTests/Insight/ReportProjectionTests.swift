import Foundation
import Testing
@testable import LiaisonCore

/// The stored report facts (migration "report": `case_report`, the per-day
/// opinion tallies, the visitor summary) stay equal to what the events and
/// rows say after every write path, and a report read from them equals the
/// report folded from every event.
@Suite("Insight: stored report facts")
struct ReportProjectionTests {
    let folder = TemporaryFolder()

    static func expectFactsMatchFold(_ store: StationDatabase, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (missing, pending, wrong) = try store.reportFactsMismatches()
        #expect(missing == 0 && pending == 0 && wrong.isEmpty, "after \(step): missing \(missing), pending \(pending), wrong \(wrong)",
                sourceLocation: sourceLocation)
    }

    /// The report as Markdown and CSV: every figure, in both renderings.
    static func rendered(_ report: StationReport) -> String {
        ReportMarkdownRenderer.render(report) + ReportCSVRenderer.render(report) + ReportMarkdownRenderer.render(report, language: .en)
    }

    static func expectSameAsFold(_ store: StationDatabase, _ period: ReportPeriod, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let builder = ReportBuilder(calendar: store.calendar)
        let stored = try store.report(for: period)
        let folded = builder.build(try store.reportFactsByFolding(for: period))
        #expect(rendered(stored) == rendered(folded), "\(period.label.en)", sourceLocation: sourceLocation)
    }

    @Test("after every kind of case action the stored facts equal the fold")
    func everyAction() throws {
        let (store, clock) = Fixtures.station(in: folder, at: "2026-03-02T09:00:00.000+08:00")
        let rep = try store.addRepresentative(name: "陈一", level: .county).representative
        let department = try #require(try store.departments().first)
        let a = try store.intakeOne("路灯坏了", phone: "13800000001")
        let b = try store.intakeOne("楼道堆物", phone: "13800000002")
        let c = try store.intakeOne("路灯也坏了", phone: "13800000003")
        try Self.expectFactsMatchFold(store, "intake")
        let steps: [(String, CaseAction, String)] = [
            ("triage", .triage(category: "livelihood", level: .township), a.id),
            ("dispatch", .dispatch(departmentID: department.id, deadline: nil, reason: ""), a.id),
            ("pause", .pause(reason: "等群众补材料"), a.id),
            ("supervise", .supervise(representativeID: rep.id), a.id),
            ("resume", .resume(note: ""), a.id),
            ("unsupervise", .unsupervise(representativeID: rep.id), a.id),
            ("note", .note("已电话联系"), a.id),
            ("reply", .reply(text: "已修好"), a.id),
            ("feedback", .feedback(note: "已告知"), a.id),
            ("rate dissatisfied (reopens)", .rate(.dissatisfied, note: "没修好"), a.id),
            ("dispatch again", .dispatch(departmentID: department.id, deadline: CivilDate("2026-03-30")!, reason: "需协调"), a.id),
            ("reply again", .reply(text: "已再次维修"), a.id),
            ("feedback again", .feedback(note: "已告知"), a.id),
            ("rate satisfied", .rate(.satisfied, note: ""), a.id),
            ("resolve on site", .resolveOnSite(answer: "当场清理"), b.id),
            ("merge", .merge(into: b.id), c.id),
        ]
        for (name, action, caseID) in steps {
            clock.advance(days: 1.5)
            try store.apply(action, toCase: caseID)
            try Self.expectFactsMatchFold(store, name)
        }
        let facts = ReportCaseFacts(events: try store.events(caseID: a.id), calendar: store.calendar)
        #expect(facts.state == .closed && facts.responded && facts.rating == .satisfied && facts.dispatchedTo == department.id)
        #expect(facts.onTime == true && (facts.handlingDays ?? 0) > 0)
        let check = try store.check()
        #expect(check.ok, "\(check.problems.map(\.en))")
        try Self.expectSameAsFold(store, ReportPeriod.month("2026-03")!)
    }

    @Test("the hand-computed station: facts equal the fold, every period's report equals the folded one")
    func fixture() throws {
        let built = try ReportFixture.build(in: folder)
        try Self.expectFactsMatchFold(built.store, "fixture")
        #expect(try built.store.check().ok)
        let days = (0..<12).map { CivilDate("2026-02-26")!.adding(days: $0 * 4) }
        for from in days {
            for length in [0, 3, 9, 30] {
                try Self.expectSameAsFold(built.store, ReportPeriod(from: from, to: from.adding(days: length))!)
            }
        }
    }

    @Test("a generated province: reports from stored facts equal the fold for months, all time and random ranges")
    func generated() throws {
        let path = folder.path("p.db")
        let options = GenerationOptions(opinions: 2_500, representatives: 300, stations: 8, seed: 21,
                                        end: StationTime.parse("2026-03-02T18:00:00.000+08:00")!, days: 120)
        _ = try ProvinceGenerator.generate(at: path, options: options, reference: Fixtures.reference,
                                           phrases: try PhraseBank.load(from: Fixtures.dataDirectory))
        let store = try StationDatabase(path: path, reference: Fixtures.reference)
        let fixed = StationTime.parse("2026-03-02T18:00:00.000+08:00")!
        store.now = { fixed }
        try Self.expectFactsMatchFold(store, "generation")
        let check = try store.check()
        #expect(check.ok, "\(check.problems.prefix(5).map(\.en))")
        let first = try #require(try store.earliestRecordDate())
        try Self.expectSameAsFold(store, ReportPeriod(from: first, to: store.today)!)
        for month in ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"] {
            try Self.expectSameAsFold(store, ReportPeriod.month(month)!)
        }
        var rng = SplitMix64(seed: 5)
        for _ in 0..<6 {
            let from = first.adding(days: Int(rng.next() % 110))
            try Self.expectSameAsFold(store, ReportPeriod(from: from, to: from.adding(days: Int(rng.next() % 40)))!)
        }
        // The report counts a running pause up to the period's end.
        let report = try store.report(for: ReportPeriod(from: first, to: store.today)!)
        #expect(report.totals.cases > 1_000)
    }

    @Test("sync apply: cases, events and opinions from outposts keep the stored facts right")
    func syncApply() throws {
        let net = try SyncNetwork()
        let (station, north, south, clock) = (net.station, net.north, net.south, net.clock)
        let department = try #require(try station.departments().first)
        let shared = try station.intakeOne("桥头路灯坏了", phone: "13812345678")
        try net.send(station, north)
        try net.send(station, south)
        clock.advance(days: 1)
        try north.apply(.triage(category: "livelihood", level: .station), toCase: shared.id)
        try north.apply(.dispatch(departmentID: department.id, deadline: nil, reason: ""), toCase: shared.id)
        try south.apply(.note("南山也收到同样反映"), toCase: shared.id)
        let northCase = try north.intakeOne("码头栈桥松动", phone: "13900000001")
        try north.apply(.resolveOnSite(answer: "当场加固"), toCase: northCase.id)
        _ = try south.intakeOne("山路塌方需要清理", phone: "13900000002")
        clock.advance(days: 2)
        try north.apply(.reply(text: "已修好"), toCase: shared.id)
        try net.send(north, station)
        try net.send(south, station)
        try net.send(station, north)
        try net.send(station, south)
        for (name, store) in [("station", station), ("north", north), ("south", south)] {
            try Self.expectFactsMatchFold(store, "sync to \(name)")
            let check = try store.check()
            #expect(check.ok, "\(name): \(check.problems.map(\.en))")
            try Self.expectSameAsFold(store, ReportPeriod(from: store.today.adding(days: -10), to: store.today)!)
        }
        let report = try station.report(for: ReportPeriod(from: station.today.adding(days: -10), to: station.today)!)
        #expect(report.totals.opinions == 3 && report.totals.cases == 3)
        #expect(report.rates.response == .init(2, 3))
    }

    @Test("a returning visitor who moved: the place tallies follow the visitor's community")
    func visitorMoves() throws {
        let (store, _) = Fixtures.station(in: folder)
        let first = try store.recordIntake(IntakeRequest(visitor: .init(name: "王小明", community: "幸福社区", groupSize: 2),
                                                         opinions: [.init(text: "路灯坏了", category: "livelihood")]))
        _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "王小明", community: "和平社区", groupSize: 4),
                                                 existingVisitorID: first.visitorID,
                                                 opinions: [.init(text: "楼道堆物", category: "other")]))
        let check = try store.check()
        #expect(check.ok, "\(check.problems.map(\.en))")
        let period = ReportPeriod(from: store.today, to: store.today)!
        try Self.expectSameAsFold(store, period)
        let report = try store.report(for: period)
        #expect(report.totals.visitors == 1 && report.totals.opinions == 2)
        #expect(report.byPlace.reduce(0) { $0 + $1.count } == 2)
    }

    @Test("an older file is migrated on open: facts backfilled, same reports")
    func migrationBackfills() throws {
        let built = try ReportFixture.build(in: folder)
        let store = built.store
        let march = ReportPeriod.month("2026-03")!
        let before = Self.rendered(try store.report(for: march))
        // The file as it was before migration "report", then that migration's
        // script as the migrator runs it (later migrations do not touch these tables).
        try store.db.executeScript("""
            DROP TRIGGER case_report_new; DROP TRIGGER report_opinion_insert; DROP TRIGGER report_opinion_delete;
            DROP TRIGGER report_opinion_update; DROP TRIGGER report_visitor_community; DROP TRIGGER report_visitor_arrives;
            DROP TRIGGER report_visitor_group;
            DROP TABLE case_report; DROP TABLE report_opinion_day; DROP TABLE report_visitor;
            DELETE FROM meta WHERE key = 'report_facts';
            """)
        try store.db.write { try store.db.executeScript(Schema.report) }
        #expect(try store.db.scalarString("SELECT value FROM meta WHERE key = 'report_facts'") == "pending")
        // Opening the file runs the backfill the migration asked for.
        let reopened = try StationDatabase(path: store.path, reference: Fixtures.reference)
        reopened.now = store.now
        #expect(try reopened.db.scalarString("SELECT value FROM meta WHERE key = 'report_facts'") == nil)
        try Self.expectFactsMatchFold(reopened, "migration")
        let check = try reopened.check()
        #expect(check.ok, "\(check.problems.map(\.en))")
        #expect(Self.rendered(try reopened.report(for: march)) == before)
    }

    @Test("check notices stored facts that drifted from the events")
    func checkNoticesDrift() throws {
        let (store, _) = Fixtures.station(in: folder)
        let a = try store.intakeOne()
        try store.apply(.resolveOnSite(answer: "当场答复"), toCase: a.id)
        #expect(try store.check().ok)
        try store.db.execute("UPDATE case_report SET on_time = 0 WHERE case_id = ?", a.id)
        try store.db.execute("UPDATE report_opinion_day SET opinions = opinions + 1 WHERE facet = 'place'")
        let problems = try store.check().problems.map(\.en)
        #expect(problems.contains { $0.contains("stored report facts differ") && $0.contains(a.number) })
        #expect(problems.contains { $0.contains("Report day tallies") })
    }
}
