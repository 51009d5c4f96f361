/// One append-only entry in a case's history: a transition, a pause or resume of
/// the clock, a note, a supervision change. Never updated, never deleted.
public struct CaseEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case transition, pause, resume, note, superviseStart, superviseEnd, link

        public var label: Bilingual {
            switch self {
            case .transition: return Bilingual("状态变更", "transition")
            case .pause: return Bilingual("等待群众", "awaiting visitor")
            case .resume: return Bilingual("恢复计时", "clock resumed")
            case .note: return Bilingual("备注", "note")
            case .superviseStart: return Bilingual("代表督事", "supervision taken")
            case .superviseEnd: return Bilingual("结束督事", "supervision left")
            case .link: return Bilingual("关联意见", "opinion linked")
            }
        }
    }

    public var id: String
    public var caseID: String
    public var sequence: Int
    public var kind: Kind
    public var from: CaseState?
    public var to: CaseState?
    public var actor: String
    public var at: String
    public var note: String
    public var departmentID: String?
    public var deadline: CivilDate?
    public var satisfaction: Satisfaction?
    public var relatedCaseID: String?
    public var representativeID: String?
    public var category: String?
    public var handlingLevel: HandlingLevel?

    public init(id: String, caseID: String, sequence: Int, kind: Kind, from: CaseState? = nil, to: CaseState? = nil,
                actor: String, at: String, note: String = "", departmentID: String? = nil, deadline: CivilDate? = nil,
                satisfaction: Satisfaction? = nil, relatedCaseID: String? = nil, representativeID: String? = nil,
                category: String? = nil, handlingLevel: HandlingLevel? = nil) {
        self.id = id
        self.caseID = caseID
        self.sequence = sequence
        self.kind = kind
        self.from = from
        self.to = to
        self.actor = actor
        self.at = at
        self.note = note
        self.departmentID = departmentID
        self.deadline = deadline
        self.satisfaction = satisfaction
        self.relatedCaseID = relatedCaseID
        self.representativeID = representativeID
        self.category = category
        self.handlingLevel = handlingLevel
    }
}

extension CaseEvent {
    /// One line saying what happened — "已交办 → 已答复 · note" — for timelines on
    /// screen and in `liaison case show`.
    public func summary(_ language: Language) -> String {
        var text: String
        if kind == .transition, let to {
            text = (from.map { $0.label(language) + " → " } ?? "") + to.label(language)
        } else {
            text = kind.label(language)
        }
        if let satisfaction { text += " · " + satisfaction.label(language) }
        if let deadline, kind == .transition, to == .dispatched || to == .registered {
            text += " · " + Bilingual("期限", "deadline")(language) + " " + deadline.description
        }
        if !note.isEmpty { text += " · " + note.replacingOccurrences(of: "\n", with: " ") }
        return text
    }
}
