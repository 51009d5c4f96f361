/// 民情 / 意见建议: one thing a visitor raised.
public struct Opinion: Sendable, Hashable {
    /// A position on a consultation clause.
    public enum Position: String, Sendable, CaseIterable {
        case none = ""
        case support, oppose, amend

        public var label: Bilingual {
            switch self {
            case .none: return Bilingual("—", "—")
            case .support: return Bilingual("赞成", "support")
            case .oppose: return Bilingual("反对", "oppose")
            case .amend: return Bilingual("修改", "amend")
            }
        }
    }

    public var id: String
    public var visitorID: String
    public var sessionID: String?
    public var representativeID: String?
    public var caseID: String
    public var text: String
    public var category: String
    public var handlingLevel: HandlingLevel
    public var urgency: Urgency
    public var consultationID: String?
    public var clause: String
    public var position: Position
    public var createdAt: String

    public init(id: String, visitorID: String, sessionID: String?, representativeID: String?, caseID: String,
                text: String, category: String, handlingLevel: HandlingLevel, urgency: Urgency,
                consultationID: String? = nil, clause: String = "", position: Position = .none, createdAt: String) {
        self.id = id
        self.visitorID = visitorID
        self.sessionID = sessionID
        self.representativeID = representativeID
        self.caseID = caseID
        self.text = text
        self.category = category
        self.handlingLevel = handlingLevel
        self.urgency = urgency
        self.consultationID = consultationID
        self.clause = clause
        self.position = position
        self.createdAt = createdAt
    }
}
