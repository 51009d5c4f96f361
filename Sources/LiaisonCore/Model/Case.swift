/// 案件: the tracked handling of one or more opinions. `state`, `departmentID`,
/// `deadline`, `pausedSince` and `mergedInto` are a projection of its events,
/// kept beside them for fast queues and verified by `liaison check`.
public struct Case: Sendable, Hashable {
    public var id: String
    public var stationID: String
    public var number: String
    public var title: String
    public var category: String
    public var handlingLevel: HandlingLevel
    public var urgency: Urgency
    public var state: CaseState
    public var departmentID: String?
    public var deadline: CivilDate?
    public var pausedSince: String?
    public var mergedInto: String?
    public var createdAt: String
    public var updatedAt: String

    public init(id: String, stationID: String, number: String, title: String, category: String,
                handlingLevel: HandlingLevel, urgency: Urgency, state: CaseState, departmentID: String?,
                deadline: CivilDate?, pausedSince: String?, mergedInto: String?, createdAt: String, updatedAt: String) {
        self.id = id
        self.stationID = stationID
        self.number = number
        self.title = title
        self.category = category
        self.handlingLevel = handlingLevel
        self.urgency = urgency
        self.state = state
        self.departmentID = departmentID
        self.deadline = deadline
        self.pausedSince = pausedSince
        self.mergedInto = mergedInto
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
