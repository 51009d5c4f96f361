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

    /// What one case's events say, as of the period's end.
    struct CaseOutcome {
        let facts: ReportFacts.CaseFacts
        let history: CaseHistory
        let registered: CivilDate?
        let responded: Bool
        let firstAnswer: CivilDate?
        let effectiveDeadline: CivilDate?
        let latestRating: Satisfaction?
        let dispatchedTo: String?
        /// The deadline in force at the period's end, pushed back by every pause.
        let currentDeadline: CivilDate?

        var onTime: Bool? {
            guard let firstAnswer else { return nil }
            guard let effectiveDeadline else { return true }
            return firstAnswer <= effectiveDeadline
        }
    }

    func outcome(_ c: ReportFacts.CaseFacts, periodEnd: CivilDate) -> CaseOutcome {
        let history = CaseHistory(events: c.events)
        var responded = false, firstAnswer: CivilDate?, rating: Satisfaction?, dispatchedTo: String?
        var pausesBeforeAnswer = CaseHistory(events: [])
        for e in c.events.sorted(by: { $0.sequence < $1.sequence }) {
            if e.kind == .transition, e.from != nil { responded = true }
            if e.kind == .transition, firstAnswer == nil, e.to == .replied || e.to == .resolvedOnSite {
                firstAnswer = StationTime.date(of: e.at)
            }
            if firstAnswer == nil { pausesBeforeAnswer.apply(e) }
            if let s = e.satisfaction { rating = s }
            if e.to == .dispatched, let d = e.departmentID { dispatchedTo = d }
        }
        let asOf = firstAnswer ?? periodEnd
        // The deadline in force when the case was answered (or at the period's end).
        let deadline = pausesBeforeAnswer.deadline.map {
            CaseClock(calendar: calendar).effectiveDeadline(deadline: $0, pauses: pausesBeforeAnswer.pauses, today: asOf)
        }
        let current = history.deadline.map {
            CaseClock(calendar: calendar).effectiveDeadline(deadline: $0, pauses: history.pauses, today: periodEnd)
        }
        return CaseOutcome(facts: c, history: history, registered: history.registeredOn, responded: responded,
                           firstAnswer: firstAnswer, effectiveDeadline: deadline, latestRating: rating, dispatchedTo: dispatchedTo,
                           currentDeadline: current)
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func counts(_ keys: [String], label: (String) -> Bilingual) -> [StationReport.Count] {
        Dictionary(grouping: keys, by: { $0 }).map { StationReport.Count(key: $0.key, label: label($0.key), count: $0.value.count) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    public func build(_ facts: ReportFacts) -> StationReport {
        let end = facts.period.to
        let outcomes = facts.cases.map { outcome($0, periodEnd: end) }.filter { $0.history.state != .merged }
        let answered = outcomes.filter { $0.firstAnswer != nil }
        let rated = outcomes.filter { $0.latestRating != nil && $0.latestRating != .noAnswer }
        func happy(_ o: CaseOutcome) -> Bool { o.latestRating == .satisfied || o.latestRating == .basicallySatisfied }
        let rates = StationReport.Rates(
            response: .init(outcomes.filter(\.responded).count, outcomes.count),
            resolution: .init(outcomes.filter { $0.history.state == .closed }.count, outcomes.count),
            satisfaction: .init(rated.filter(happy).count, rated.count),
            onTime: .init(answered.filter { $0.onTime == true }.count, answered.count))
        func overdue(_ o: CaseOutcome) -> Bool {
            o.history.state.awaitsAnswer && (o.currentDeadline.map { $0 < end } ?? false)
        }
        let handling = answered.compactMap { o in o.registered.map { calendar.workingDays(from: $0, to: o.firstAnswer!) } }

        let unfilled = Bilingual("未填写", "not given")
        let byCategory = Self.counts(facts.opinions.map(\.category)) { facts.categoryNames[$0] ?? Bilingual($0, $0) }
        let byState = Self.counts(outcomes.map { $0.history.state.rawValue }) { CaseState(rawValue: $0)?.label ?? Bilingual($0, $0) }
        let byPlace = Self.counts(facts.opinions.map(\.community)) { $0.isEmpty ? unfilled : Bilingual($0, $0) }

        var departments: [StationReport.DepartmentLine] = []
        for (id, group) in Dictionary(grouping: outcomes.filter { $0.dispatchedTo != nil }, by: { $0.dispatchedTo! }) {
            let done = group.filter { $0.firstAnswer != nil }
            let rated = group.filter { $0.latestRating != nil && $0.latestRating != .noAnswer }
            let days = done.compactMap { o in o.registered.map { calendar.workingDays(from: $0, to: o.firstAnswer!) } }
            departments.append(.init(name: facts.departmentNames[id] ?? id, dispatched: group.count, answered: done.count,
                                     onTime: .init(done.filter { $0.onTime == true }.count, done.count),
                                     overdue: group.filter(overdue).count, medianWorkingDays: Self.median(days),
                                     satisfaction: .init(rated.filter(happy).count, rated.count)))
        }
        departments.sort { a, b in
            let ka = (a.onTime.value ?? -1, a.answered, -a.overdue), kb = (b.onTime.value ?? -1, b.answered, -b.overdue)
            return ka != kb ? ka > kb : a.name < b.name
        }

        let daily = Dictionary(grouping: facts.opinions, by: \.day).mapValues(\.count)
        var visitors: [String: Int] = [:]
        for o in facts.opinions { visitors[o.visitorID] = o.groupSize }
        let totals = StationReport.Totals(
            sessions: facts.sessions, visitors: visitors.count, headcount: visitors.values.reduce(0, +),
            opinions: facts.opinions.count, cases: outcomes.count,
            openCases: outcomes.filter { $0.history.state.isOpen }.count, overdueCases: outcomes.filter(overdue).count,
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
        let median = Self.median(handling)
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
