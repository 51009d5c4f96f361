/// Works out a case's effective deadline and status on a given day: the working
/// days spent awaiting the visitor push the deadline back.
public struct CaseClock: Sendable {
    public let calendar: WorkCalendar
    public static let dueSoonWorkingDays = 2

    public init(calendar: WorkCalendar) {
        self.calendar = calendar
    }

    /// Working days the case has spent paused up to `today`.
    public func pausedWorkingDays(_ pauses: [CaseHistory.Pause], today: CivilDate) -> Int {
        pauses.reduce(0) { total, pause in
            // A pause that starts and ends on one day costs nothing; the start day is not counted.
            total + calendar.workingDays(from: pause.start, to: min(pause.end ?? today, today))
        }
    }

    public func effectiveDeadline(deadline: CivilDate, pauses: [CaseHistory.Pause], today: CivilDate) -> CivilDate {
        let extra = pausedWorkingDays(pauses, today: today)
        return extra == 0 ? deadline : calendar.adding(workingDays: extra, to: deadline)
    }

    public func status(state: CaseState, deadline: CivilDate?, pauses: [CaseHistory.Pause],
                       paused: Bool, today: CivilDate) -> DeadlineStatus {
        guard state.awaitsAnswer, let deadline else { return .none }
        if paused { return .paused }
        let due = effectiveDeadline(deadline: deadline, pauses: pauses, today: today)
        if today > due { return .overdue }
        return calendar.workingDays(from: today, to: due) <= CaseClock.dueSoonWorkingDays ? .dueSoon : .onTime
    }

    public func status(of history: CaseHistory, today: CivilDate) -> DeadlineStatus {
        status(state: history.state, deadline: history.deadline, pauses: history.pauses,
               paused: history.isPaused, today: today)
    }
}
