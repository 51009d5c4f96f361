/// The raw material of a report, read by the store in one snapshot; the
/// builder turns it into figures without touching the database.
public struct ReportFacts: Sendable {
    /// A case whose facts are folded from its events up to the period's end
    /// (its latest event falls after the period, or it is paused, or its
    /// stored facts are not written yet).
    public struct CaseFacts: Sendable {
        public let id: String
        /// Every event up to the end of the period, in order.
        public let events: [CaseEvent]
        public init(id: String, events: [CaseEvent]) {
            self.id = id
            self.events = events
        }
    }

    /// Cases alike in every figure a report takes from them, counted together
    /// (read from the stored per-case facts in one index walk).
    public struct CaseGroup: Sendable, Hashable {
        public var departmentID: String?
        public var state: CaseState
        public var responded: Bool
        public var onTime: Bool?
        public var rating: Satisfaction?
        public var handlingDays: Int?
        public var count: Int
        public init(departmentID: String?, state: CaseState, responded: Bool, onTime: Bool?, rating: Satisfaction?,
                    handlingDays: Int?, count: Int) {
            self.departmentID = departmentID
            self.state = state
            self.responded = responded
            self.onTime = onTime
            self.rating = rating
            self.handlingDays = handlingDays
            self.count = count
        }
    }

    /// The period's opinions, counted (from the per-day tallies).
    public struct OpinionTotals: Sendable {
        public var count = 0
        public var byCategory: [String: Int] = [:]
        /// Community of the visitor ('' when not given) → opinions.
        public var byPlace: [String: Int] = [:]
        public var daily: [CivilDate: Int] = [:]
        /// Distinct visitors with an opinion in the period, and their group sizes summed.
        public var visitors = 0
        public var headcount = 0
        public init() {}
    }

    public struct ClusterFacts: Sendable {
        public let name: String
        public let members: Int
        public let membersInPeriod: Int
        public let createdInPeriod: Bool
        public let suggestionState: Suggestion.State?
        public init(name: String, members: Int, membersInPeriod: Int, createdInPeriod: Bool, suggestionState: Suggestion.State?) {
            self.name = name
            self.members = members
            self.membersInPeriod = membersInPeriod
            self.createdInPeriod = createdInPeriod
            self.suggestionState = suggestionState
        }
    }

    public struct RepresentativeFacts: Sendable {
        public let name: String
        public let sessionsAttended: Int
        public let opinionsReceived: Int
        public let casesSupervised: Int
        public let suggestions: Int
        public init(name: String, sessionsAttended: Int, opinionsReceived: Int, casesSupervised: Int, suggestions: Int) {
            self.name = name
            self.sessionsAttended = sessionsAttended
            self.opinionsReceived = opinionsReceived
            self.casesSupervised = casesSupervised
            self.suggestions = suggestions
        }
    }

    public var stationName: String
    public var period: ReportPeriod
    public var generatedAt: String
    public var sessions: Int
    /// Base-case candidates whose stored facts hold at the period's end (merged cases left out).
    public var caseGroups: [CaseGroup]
    /// Of those, the ones awaiting an answer past their deadline at the period's end, by department ('' = none).
    public var overdueByDepartment: [String: Int]
    /// The other cases registered in the period, with their events.
    public var cases: [CaseFacts]
    public var opinions: OpinionTotals
    public var clusters: [ClusterFacts]
    public var suggestionsInPeriod: Int
    public var representatives: [RepresentativeFacts]
    /// Department id → name.
    public var departmentNames: [String: String]
    /// Category code → name.
    public var categoryNames: [String: Bilingual]

    public init(stationName: String, period: ReportPeriod, generatedAt: String, sessions: Int, caseGroups: [CaseGroup],
                overdueByDepartment: [String: Int], cases: [CaseFacts], opinions: OpinionTotals, clusters: [ClusterFacts], suggestionsInPeriod: Int,
                representatives: [RepresentativeFacts], departmentNames: [String: String], categoryNames: [String: Bilingual]) {
        self.stationName = stationName
        self.period = period
        self.generatedAt = generatedAt
        self.sessions = sessions
        self.caseGroups = caseGroups
        self.overdueByDepartment = overdueByDepartment
        self.cases = cases
        self.opinions = opinions
        self.clusters = clusters
        self.suggestionsInPeriod = suggestionsInPeriod
        self.representatives = representatives
        self.departmentNames = departmentNames
        self.categoryNames = categoryNames
    }
}
