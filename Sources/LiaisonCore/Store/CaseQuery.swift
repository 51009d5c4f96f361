/// Filters for the case queue (F4 and `liaison case list`).
public struct CaseQuery: Sendable {
    public var states: [CaseState] = []
    public var category: String?
    public var departmentID: String?
    public var representativeID: String?
    public var sessionID: String?
    public var overdueOnly = false
    public var openOnly = false
    public var text: String?
    public var limit = 200
    public var offset = 0
    /// Whose cases: nil means the signed-in person's scope (`StationDatabase.caseScope`).
    public var scope: CaseScope?

    public init() {}
}

/// One line of the queue.
public struct CaseSummary: Sendable, Hashable {
    public let caseRecord: Case
    public let departmentName: String?
    public let status: DeadlineStatus
    public let dueDate: CivilDate?
}
