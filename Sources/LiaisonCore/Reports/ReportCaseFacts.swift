/// What a report needs to know about one case, folded from its events: the
/// stored `case_report` row is exactly this for the case's whole history, and
/// a report over a period whose end falls before the case's latest event folds
/// the events up to the period's end with the same code. Definitions as in
/// `ReportBuilder`.
public struct ReportCaseFacts: Sendable, Hashable {
    public var history: CaseHistory
    public var state: CaseState { history.state }
    /// Any action after registration.
    public var responded = false
    /// The first reply or on-site resolution (a later reopening does not undo it).
    public var firstAnswer: CivilDate?
    /// Answered on or before the deadline in force at the first answer; nil until answered.
    public var onTime: Bool?
    /// Working days from registration to the first answer.
    public var handlingDays: Int?
    /// The latest rating given, whatever happened after.
    public var rating: Satisfaction?
    /// The department of the latest dispatch.
    public var dispatchedTo: String?
    /// The deadline pushed back by every finished pause (an open pause is
    /// counted by the reader, up to its own day).
    public var due: CivilDate?
    /// The latest event's time (links aside).
    public var lastAt = ""

    public init(events: [CaseEvent], calendar: WorkCalendar) {
        let ordered = events.sorted { $0.sequence < $1.sequence }
        history = CaseHistory(events: ordered)
        var pausesBeforeAnswer = CaseHistory(events: [])
        for e in ordered {
            if e.kind == .transition, e.from != nil { responded = true }
            if e.kind == .transition, firstAnswer == nil, e.to == .replied || e.to == .resolvedOnSite {
                firstAnswer = StationTime.date(of: e.at)
            }
            if firstAnswer == nil { pausesBeforeAnswer.apply(e) }
            if let s = e.satisfaction { rating = s }
            if e.to == .dispatched, let d = e.departmentID { dispatchedTo = d }
            // A link (another case or opinion joined) changes no figure and is written without a refold.
            if e.kind != .link, e.at > lastAt { lastAt = e.at }
        }
        let clock = CaseClock(calendar: calendar)
        if let firstAnswer {
            // The deadline in force when the case was answered.
            let deadline = pausesBeforeAnswer.deadline.map {
                clock.effectiveDeadline(deadline: $0, pauses: pausesBeforeAnswer.pauses, today: firstAnswer)
            }
            onTime = deadline.map { firstAnswer <= $0 } ?? true
            handlingDays = history.registeredOn.map { calendar.workingDays(from: $0, to: firstAnswer) }
        }
        let finished = history.pauses.filter { $0.end != nil }
        let lastDay = StationTime.date(of: lastAt) ?? history.registeredOn ?? CivilDate(dayNumber: 0)
        due = history.deadline.map { clock.effectiveDeadline(deadline: $0, pauses: finished, today: lastDay) }
    }

    /// The deadline in force on `day`, an open pause counted up to that day.
    public func currentDeadline(on day: CivilDate, calendar: WorkCalendar) -> CivilDate? {
        history.deadline.map { CaseClock(calendar: calendar).effectiveDeadline(deadline: $0, pauses: history.pauses, today: day) }
    }
}
