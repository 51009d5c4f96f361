import Foundation
import Testing
@testable import LiaisonCore

/// March 2026, worked by hand (working days Mon–Fri, no holidays in March):
/// base cases A B C D H (E merged into A; Feb and April cases outside).
/// A: reg 03-02, answered 03-05 (3 wd), deadline 03-17 → on time, 满意, closed.
/// B: reg 03-02, resolved on site 03-02 (0 wd), 基本满意, closed.
/// C: reg 03-03, dispatched 03-04 (deadline 03-18), replied 03-20 (13 wd) → late, 不满意 → reopened, overdue.
/// D: reg 03-04, no action, deadline 03-25 → overdue, not responded.
/// H: reg 03-10, dispatched 03-10 (deadline 03-24), paused 03-11…03-13 (2 wd) → 03-26, replied 03-26 (12 wd) → on time.
@Suite("Insight: report figures")
struct ReportFiguresTests {
    let folder = TemporaryFolder()

    @Test("March figures match the hand computation")
    func march() throws {
        let built = try ReportFixture.build(in: folder)
        let report = try built.store.report(for: ReportPeriod.month("2026-03")!)
        let t = report.totals
        #expect(t.sessions == 2)
        #expect(t.opinions == 6)
        #expect(t.visitors == 6)
        #expect(t.headcount == 8)
        #expect(t.cases == 5)
        #expect(t.openCases == 3)
        #expect(t.overdueCases == 2)
        #expect(t.clustersFormed == 1)
        #expect(t.suggestions == 1)

        #expect(report.rates.response == .init(4, 5))
        #expect(report.rates.resolution == .init(2, 5))
        #expect(report.rates.satisfaction == .init(2, 3))
        #expect(report.rates.onTime == .init(3, 4))
        #expect(report.medianHandlingWorkingDays == 7.5)

        #expect(report.byCategory.map { "\($0.key)=\($0.count)" } == ["livelihood=5", "other=1"])
        #expect(report.byPlace.map { "\($0.key)=\($0.count)" } == ["幸福社区=4", "和平社区=2"])
        #expect(Set(report.byState.map { "\($0.key)=\($0.count)" }) == ["closed=2", "reopened=1", "registered=1", "replied=1"])

        let d = report.departments
        #expect(d.map(\.name) == [built.departments[1].name, built.departments[0].name])
        #expect(d[0].dispatched == 1 && d[0].answered == 1 && d[0].onTime == .init(1, 1) && d[0].overdue == 0)
        #expect(d[0].medianWorkingDays == 12)
        #expect(d[1].dispatched == 2 && d[1].answered == 2 && d[1].onTime == .init(1, 2) && d[1].overdue == 1)
        #expect(d[1].medianWorkingDays == 8)
        #expect(d[1].satisfaction == .init(1, 2))

        let reps = report.representatives.map { "\($0.name):\($0.sessionsAttended)/\($0.opinionsReceived)/\($0.casesSupervised)/\($0.suggestions)" }
        #expect(reps == ["陈一:2/2/0/1", "林二:1/1/1/0", "周三:0/0/0/0"])

        #expect(report.topClusters.map(\.name) == ["幸福社区环境"])
        #expect(report.topClusters.first?.suggestionState == .drafted)
        // (0.8 + 0.4 + 0.6667 + 0.75) / 4 = 0.654 → 65, 合格.
        #expect(report.evaluation.score == 65)
        #expect(report.evaluation.grade.zh == "合格")
        #expect(report.evaluation.concerns.contains { $0.zh.contains("办结率仅40%") })
        #expect(report.evaluation.concerns.contains { $0.zh.contains("2件案件超期") })
        #expect(report.daily.count == 31)
        #expect(report.daily.first { $0.date == CivilDate("2026-03-02")! }?.opinions == 2)
        #expect(report.daily.reduce(0) { $0 + $1.opinions } == 6)
        let story = report.narrative.map(\.zh).joined()
        #expect(story.contains("收集意见建议6条"))
        #expect(story.contains("响应率80%"))
        #expect(story.contains("办理用时中位数7.5个工作日"))
        #expect(story.contains("“民生小事”5条（占83.3%）"))
    }

    @Test("a range report counts only its days")
    func range() throws {
        let built = try ReportFixture.build(in: folder)
        let week = try built.store.report(for: ReportPeriod(from: CivilDate("2026-03-02")!, to: CivilDate("2026-03-06")!)!)
        // A B C D E registered; E merged → 4 base; as of 03-06: A closed, B resolved on site (not yet rated).
        #expect(week.totals.cases == 4)
        #expect(week.totals.opinions == 5)
        #expect(week.rates.resolution == .init(1, 4))
        #expect(week.rates.response == .init(3, 4))
        #expect(week.rates.onTime == .init(2, 2))
        #expect(week.medianHandlingWorkingDays == 1.5)
        #expect(week.totals.sessions == 1)
        #expect(!week.period.isMonth)
    }

    @Test("periods parse months and reject reversed ranges")
    func periods() {
        #expect(ReportPeriod.month("2026-02")?.to == CivilDate("2026-02-28"))
        #expect(ReportPeriod.month("202402")?.to == CivilDate("2024-02-29"))
        #expect(ReportPeriod.month("2026-13") == nil)
        #expect(ReportPeriod(from: CivilDate("2026-03-05")!, to: CivilDate("2026-03-01")!) == nil)
        #expect(ReportPeriod(from: CivilDate("2025-12-20")!, to: CivilDate("2026-01-10")!)!.months == ["2025-12", "2026-01"])
    }
}
