/// 闭会期间代表建议: a representative's suggestion grown from a cluster of
/// opinions, with its own handling (drafted → submitted → answered → closed)
/// and the representative's rating of the answer.
public struct Suggestion: Sendable, Hashable {
    public enum State: String, Sendable, CaseIterable {
        case drafted, submitted, answered, closed

        public var label: Bilingual {
            switch self {
            case .drafted: return Bilingual("起草中", "drafted")
            case .submitted: return Bilingual("已提交交办", "submitted")
            case .answered: return Bilingual("已答复", "answered")
            case .closed: return Bilingual("已办结", "closed")
            }
        }
    }

    public let id: String
    public let clusterID: String
    public var title: String
    public var body: String
    public var representativeID: String?
    public var state: State
    public var departmentID: String?
    public var answer: String
    /// The representative's rating of the answer.
    public var rating: Satisfaction?
    public var createdAt: String
    public var submittedAt: String?
    public var answeredAt: String?
    public var closedAt: String?

    public init(id: String, clusterID: String, title: String, body: String, representativeID: String?, state: State,
                departmentID: String?, answer: String, rating: Satisfaction?, createdAt: String, submittedAt: String?,
                answeredAt: String?, closedAt: String?) {
        self.id = id
        self.clusterID = clusterID
        self.title = title
        self.body = body
        self.representativeID = representativeID
        self.state = state
        self.departmentID = departmentID
        self.answer = answer
        self.rating = rating
        self.createdAt = createdAt
        self.submittedAt = submittedAt
        self.answeredAt = answeredAt
        self.closedAt = closedAt
    }
}

/// What may happen to a suggestion in each state.
public enum SuggestionAction: Sendable, Hashable {
    case submit(departmentID: String)
    case answer(String)
    /// 满意 / 基本满意 / 未表态 close it; 不满意 sends it back to the department (submitted).
    case rate(Satisfaction, note: String)

    public var label: Bilingual {
        switch self {
        case .submit: return Bilingual("提交交办", "submit")
        case .answer: return Bilingual("登记答复", "record answer")
        case .rate: return Bilingual("代表评价", "rate answer")
        }
    }

    /// The state after the action, or nil when it is not allowed from `state`.
    public func target(from state: Suggestion.State) -> Suggestion.State? {
        switch (self, state) {
        case (.submit, .drafted): return .submitted
        case (.answer, .submitted): return .answered
        case (.rate(let s, _), .answered): return s == .dissatisfied ? .submitted : .closed
        default: return nil
        }
    }
}

/// A follow-up call owed to one visitor behind an answered suggestion.
public struct SuggestionFollowUp: Sendable, Hashable {
    public let id: String
    public let suggestionID: String
    public let suggestionTitle: String
    public let caseID: String
    public let caseNumber: String
    public let visitorID: String
    public let visitorName: Bilingual
    public let maskedPhone: String
    public let createdAt: String
    public let calledAt: String?
}

/// Cluster and suggestion mistakes, told plainly.
public enum ClusterError: LiaisonError, Equatable {
    case unknownCluster(String)
    case clusterNotOpen(String)
    case emptySelection
    case notMembers
    case opinionNotOpen(String)
    case alreadySuggested(String)
    case unknownSuggestion(String)
    case illegalSuggestionAction(action: Bilingual, state: Suggestion.State)
    case suggestionNotDraft(String)

    public var message: Bilingual {
        switch self {
        case .unknownCluster(let id): return Bilingual("找不到聚类 \(id)", "no cluster \(id)")
        case .clusterNotOpen(let name): return Bilingual("聚类“\(name)”已合并或解散", "cluster “\(name)” was merged or dissolved")
        case .emptySelection: return Bilingual("没有选择任何意见", "no opinions selected")
        case .notMembers: return Bilingual("所选意见不全在这个聚类中", "not all selected opinions are in this cluster")
        case .opinionNotOpen(let id): return Bilingual("意见 \(id) 不存在或其案件已办结", "opinion \(id) is unknown or its case is closed")
        case .alreadySuggested(let name): return Bilingual("聚类“\(name)”已形成代表建议", "cluster “\(name)” already became a suggestion")
        case .unknownSuggestion(let id): return Bilingual("找不到代表建议 \(id)", "no suggestion \(id)")
        case let .illegalSuggestionAction(action, state):
            return Bilingual("建议处于“\(state.label.zh)”，不能\(action.zh)", "cannot \(action.en) a suggestion that is \(state.label.en)")
        case .suggestionNotDraft(let title):
            return Bilingual("建议“\(title)”已提交交办，不能再修改", "suggestion “\(title)” was submitted and can no longer be edited")
        }
    }
}
