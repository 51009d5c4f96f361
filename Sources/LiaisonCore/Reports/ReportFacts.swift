/// The raw material of a report, read by the store in one snapshot; the
/// builder turns it into figures without touching the database.
public struct ReportFacts: Sendable {
    public struct CaseFacts: Sendable {
        public let id: String
        public let category: String
        public let community: String
        /// Every event up to the end of the period, in order.
        public let events: [CaseEvent]
        public init(id: String, category: String, community: String, events: [CaseEvent]) {
            self.id = id
            self.category = category
            self.community = community
            self.events = events
        }
    }

    public struct OpinionFacts: Sendable {
        public let category: String
        public let community: String
        public let visitorID: String
        public let groupSize: Int
        public let representativeID: String?
        public let day: CivilDate
        public init(category: String, community: String, visitorID: String, groupSize: Int, representativeID: String?, day: CivilDate) {
            self.category = category
            self.community = community
            self.visitorID = visitorID
            self.groupSize = groupSize
            self.representativeID = representativeID
            self.day = day
        }
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
    public var cases: [CaseFacts]
    public var opinions: [OpinionFacts]
    public var clusters: [ClusterFacts]
    public var suggestionsInPeriod: Int
    public var representatives: [RepresentativeFacts]
    /// Department id → name.
    public var departmentNames: [String: String]
    /// Category code → name.
    public var categoryNames: [String: Bilingual]

    public init(stationName: String, period: ReportPeriod, generatedAt: String, sessions: Int, cases: [CaseFacts],
                opinions: [OpinionFacts], clusters: [ClusterFacts], suggestionsInPeriod: Int,
                representatives: [RepresentativeFacts], departmentNames: [String: String], categoryNames: [String: Bilingual]) {
        self.stationName = stationName
        self.period = period
        self.generatedAt = generatedAt
        self.sessions = sessions
        self.cases = cases
        self.opinions = opinions
        self.clusters = clusters
        self.suggestionsInPeriod = suggestionsInPeriod
        self.representatives = representatives
        self.departmentNames = departmentNames
        self.categoryNames = categoryNames
    }
}
