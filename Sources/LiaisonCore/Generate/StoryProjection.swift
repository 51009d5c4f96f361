/// The `cases` projection of a synthetic story, folded as each event is
/// recorded: the same rules as `CaseHistory.apply`, but with the day the story
/// already knows instead of parsing every event's timestamp again (that
/// parsing was a tenth of generating). `liaison check` folds the stored events
/// with `CaseHistory` and compares, so the two cannot drift apart unnoticed.
struct StoryProjection {
    var state: CaseState = .registered
    var category: String?
    var handlingLevel: HandlingLevel?
    var departmentID: String?
    var deadline: CivilDate?
    var pauses: [CaseHistory.Pause] = []
    var pausedSinceTimestamp: String?
    var mergedInto: String?
    var supervisors: [String] = []
    var satisfaction: Satisfaction?
    var closedAt: String?

    mutating func apply(_ event: CaseEvent, day: CivilDate) {
        switch event.kind {
        case .transition:
            if let to = event.to {
                state = to
                switch to {
                case .reopened: satisfaction = nil
                case .closed: closedAt = event.at
                case .merged: mergedInto = event.relatedCaseID
                default: break
                }
                if !to.awaitsAnswer { endPause(on: day) }
            }
            if let satisfaction = event.satisfaction { self.satisfaction = satisfaction }
        case .pause:
            pauses.append(CaseHistory.Pause(start: day, end: nil))
            pausedSinceTimestamp = event.at
        case .resume:
            endPause(on: day)
        case .superviseStart:
            if let rep = event.representativeID, !supervisors.contains(rep) { supervisors.append(rep) }
        case .superviseEnd:
            supervisors.removeAll { $0 == event.representativeID }
        case .note, .link:
            break
        }
        if let category = event.category { self.category = category }
        if let level = event.handlingLevel { handlingLevel = level }
        if let department = event.departmentID { departmentID = department }
        if let deadline = event.deadline { self.deadline = deadline }
    }

    private mutating func endPause(on day: CivilDate) {
        guard pausedSinceTimestamp != nil else { return }
        pausedSinceTimestamp = nil
        if let last = pauses.indices.last, pauses[last].end == nil {
            pauses[last] = CaseHistory.Pause(start: pauses[last].start, end: day)
        }
    }
}
