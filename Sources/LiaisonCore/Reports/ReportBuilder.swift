/// Turns `ReportFacts` into a `StationReport`. Definitions, all as of the end
/// of the period's last day:
///
/// - **Base cases**: cases registered in the period, except those merged into
///   another case (duplicates are counted once, in the case they joined).
/// - **响应率 response rate** = base cases with any action after registration
///   (triage, on-site resolution, dispatch, …) ÷ base cases.
/// - **办结率 resolution rate** = base cases closed ÷ base cases.
/// - **满意率 satisfaction rate** = base cases whose latest rating is 满意 or
///   基本满意 ÷ base cases with a latest rating other than 未表态.
/// - **按时率 on-time rate** = base cases answered (first reply or on-site
///   resolution) on or before their effective deadline (the deadline pushed
///   back by working days spent awaiting the visitor) ÷ base cases answered.
/// - **Median handling time**: median, over answered base cases, of working
///   days (`WorkCalendar`) from the registration date to the first answer.
/// - **Overdue**: base cases still awaiting an answer whose effective
///   deadline is before the period's last day.
public struct ReportBuilder: Sendable {
    public let calendar: WorkCalendar

    public init(calendar: WorkCalendar) {
        self.calendar = calendar
    }

    /// A folded case as a group of one, and whether it is overdue at the period's end.
    func group(_ c: ReportFacts.CaseFacts, periodEnd: CivilDate) -> (group: ReportFacts.CaseGroup, overdue: Bool)? {
        let f = ReportCaseFacts(events: c.events, calendar: calendar)
        guard f.state != .merged else { return nil }
        let overdue = f.state.awaitsAnswer && (f.currentDeadline(on: periodEnd, calendar: calendar).map { $0 < periodEnd } ?? false)
        return (.init(departmentID: f.dispatchedTo, state: f.state, responded: f.responded, onTime: f.onTime, rating: f.rating,
                      handlingDays: f.handlingDays, count: 1), overdue)
    }

    /// The median of a multiset given as value → how many times.
    static func median(_ values: [Int: Int]) -> Double? {
        let total = values.values.reduce(0, +)
        guard total > 0 else { return nil }
        let sorted = values.sorted { $0.key < $1.key }
        func nth(_ k: Int) -> Int {   // the k-th smallest, from 0
            var seen = 0
            for (value, n) in sorted {
                seen += n
                if k < seen { return value }
            }
            return sorted.last!.key
        }
        return total % 2 == 1 ? Double(nth(total / 2)) : Double(nth(total / 2 - 1) + nth(total / 2)) / 2
    }

    static func counts(_ tally: [String: Int], label: (String) -> Bilingual) -> [StationReport.Count] {
        tally.filter { $0.value > 0 }.map { StationReport.Count(key: $0.key, label: label($0.key), count: $0.value) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    public func build(_ facts: ReportFacts) -> StationReport {
        let end = facts.period.to
        var groups = facts.caseGroups.filter { $0.state != .merged }
        var overdueBy = facts.overdueByDepartment
        for c in facts.cases {
            guard let (g, late) = group(c, periodEnd: end) else { continue }
            groups.append(g)
            if late { overdueBy[g.departmentID ?? "", default: 0] += 1 }
        }
        func sum(_ gs: [ReportFacts.CaseGroup], _ include: (ReportFacts.CaseGroup) -> Bool) -> Int {
            gs.reduce(0) { include($1) ? $0 + $1.count : $0 }
        }
        func rated(_ g: ReportFacts.CaseGroup) -> Bool { g.rating != nil && g.rating != .noAnswer }
        func happy(_ g: ReportFacts.CaseGroup) -> Bool { g.rating == .satisfied || g.rating == .basicallySatisfied }
        func days(_ gs: [ReportFacts.CaseGroup]) -> [Int: Int] {
            var out: [Int: Int] = [:]
            for g in gs where g.onTime != nil { if let d = g.handlingDays { out[d, default: 0] += g.count } }
            return out
        }
        let all = sum(groups) { _ in true }
        let answered = sum(groups) { $0.onTime != nil }
        let rates = StationReport.Rates(
            response: .init(sum(groups) { $0.responded }, all),
            resolution: .init(sum(groups) { $0.state == .closed }, all),
            satisfaction: .init(sum(groups) { rated($0) && happy($0) }, sum(groups, rated)),
            onTime: .init(sum(groups) { $0.onTime == true }, answered))

        let unfilled = Bilingual("未填写", "not given")
        let byCategory = Self.counts(facts.opinions.byCategory) { facts.categoryNames[$0] ?? Bilingual($0, $0) }
        var states: [String: Int] = [:]
        for g in groups { states[g.state.rawValue, default: 0] += g.count }
        let byState = Self.counts(states) { CaseState(rawValue: $0)?.label ?? Bilingual($0, $0) }
        let byPlace = Self.counts(facts.opinions.byPlace) { $0.isEmpty ? unfilled : Bilingual($0, $0) }

        var departments: [StationReport.DepartmentLine] = []
        for (id, group) in Dictionary(grouping: groups.filter { $0.departmentID != nil }, by: { $0.departmentID! }) {
            let done = sum(group) { $0.onTime != nil }
            departments.append(.init(name: facts.departmentNames[id] ?? id, dispatched: sum(group) { _ in true }, answered: done,
                                     onTime: .init(sum(group) { $0.onTime == true }, done),
                                     overdue: overdueBy[id] ?? 0, medianWorkingDays: Self.median(days(group)),
                                     satisfaction: .init(sum(group) { rated($0) && happy($0) }, sum(group, rated))))
        }
        departments.sort { a, b in
            let ka = (a.onTime.value ?? -1, a.answered, -a.overdue), kb = (b.onTime.value ?? -1, b.answered, -b.overdue)
            return ka != kb ? ka > kb : a.name < b.name
        }

        let daily = facts.opinions.daily
        let totals = StationReport.Totals(
            sessions: facts.sessions, visitors: facts.opinions.visitors, headcount: facts.opinions.headcount,
            opinions: facts.opinions.count, cases: all,
            openCases: sum(groups) { $0.state.isOpen }, overdueCases: overdueBy.values.reduce(0, +),
            clustersFormed: facts.clusters.filter(\.createdInPeriod).count, suggestions: facts.suggestionsInPeriod)
        let reps = facts.representatives
            .map { StationReport.RepresentativeLine(name: $0.name, sessionsAttended: $0.sessionsAttended, opinionsReceived: $0.opinionsReceived,
                                                    casesSupervised: $0.casesSupervised, suggestions: $0.suggestions) }
            .sorted { a, b in
                let ka = (a.sessionsAttended + a.opinionsReceived + a.casesSupervised + a.suggestions)
                let kb = (b.sessionsAttended + b.opinionsReceived + b.casesSupervised + b.suggestions)
                return ka != kb ? ka > kb : a.name < b.name
            }
        let clusters = facts.clusters.filter { $0.membersInPeriod > 0 || $0.createdInPeriod }
            .sorted { ($0.membersInPeriod, $0.members, $1.name) > ($1.membersInPeriod, $1.members, $0.name) }
            .prefix(5).map { StationReport.ClusterLine(name: $0.name, members: $0.members, membersInPeriod: $0.membersInPeriod,
                                                       suggestionState: $0.suggestionState) }
        let median = Self.median(days(groups))
        let evaluation = ReportNarrative.evaluate(rates: rates, totals: totals, representatives: reps)
        let partial = StationReport(
            stationName: facts.stationName, period: facts.period, generatedAt: facts.generatedAt, totals: totals,
            byCategory: byCategory, byState: byState, byPlace: byPlace, rates: rates, medianHandlingWorkingDays: median,
            daily: facts.period.days.map { .init(date: $0, opinions: daily[$0] ?? 0) }, topClusters: Array(clusters),
            departments: departments, representatives: reps, evaluation: evaluation, narrative: [])
        return StationReport(
            stationName: partial.stationName, period: partial.period, generatedAt: partial.generatedAt, totals: totals,
            byCategory: byCategory, byState: byState, byPlace: byPlace, rates: rates, medianHandlingWorkingDays: median,
            daily: partial.daily, topClusters: partial.topClusters, departments: departments, representatives: reps,
            evaluation: evaluation, narrative: ReportNarrative.paragraphs(partial))
    }
}
