/// A case as its events say it is: the fold of its append-only history.
public struct CaseHistory: Sendable, Hashable {
    public struct Pause: Sendable, Hashable {
        public let start: CivilDate
        public let end: CivilDate?
    }

    public private(set) var state: CaseState = .registered
    public private(set) var category: String?
    public private(set) var handlingLevel: HandlingLevel?
    public private(set) var departmentID: String?
    public private(set) var deadline: CivilDate?
    public private(set) var pauses: [Pause] = []
    public private(set) var pausedSinceTimestamp: String?
    public private(set) var mergedInto: String?
    public private(set) var supervisors: [String] = []
    public private(set) var satisfaction: Satisfaction?
    public private(set) var registeredOn: CivilDate?
    public private(set) var answeredOn: CivilDate?
    public private(set) var closedAt: String?

    public var isPaused: Bool { pausedSinceTimestamp != nil }

    public init(events: [CaseEvent]) {
        for event in events.sorted(by: { $0.sequence < $1.sequence }) { apply(event) }
    }

    public mutating func apply(_ event: CaseEvent) {
        let day = StationTime.date(of: event.at)
        switch event.kind {
        case .transition:
            if let to = event.to {
                if event.from == nil { registeredOn = day }
                state = to
                switch to {
                case .replied, .resolvedOnSite: answeredOn = day
                case .reopened: answeredOn = nil; satisfaction = nil
                case .closed: closedAt = event.at
                case .merged: mergedInto = event.relatedCaseID
                default: break
                }
                // Answering or leaving the loop ends any pause.
                if !to.awaitsAnswer { endPause(on: day) }
            }
            if let satisfaction = event.satisfaction { self.satisfaction = satisfaction }
        case .pause:
            if let day { pauses.append(Pause(start: day, end: nil)) }
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

    private mutating func endPause(on day: CivilDate?) {
        guard pausedSinceTimestamp != nil else { return }
        pausedSinceTimestamp = nil
        if let last = pauses.indices.last, pauses[last].end == nil {
            pauses[last] = Pause(start: pauses[last].start, end: day ?? pauses[last].start)
        }
    }
}
