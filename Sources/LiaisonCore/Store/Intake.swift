/// What the receptionist fills in for one visitor: their details and every
/// opinion they raise. Validated before anything is written.
public struct IntakeRequest: Sendable {
    public struct VisitorFields: Sendable {
        public var name: String
        public var anonymous: Bool
        public var phone: String
        public var residentID: String
        public var community: String
        public var grid: String
        public var groupSize: Int

        public init(name: String = "", anonymous: Bool = false, phone: String = "", residentID: String = "",
                    community: String = "", grid: String = "", groupSize: Int = 1) {
            self.name = name
            self.anonymous = anonymous
            self.phone = phone
            self.residentID = residentID
            self.community = community
            self.grid = grid
            self.groupSize = groupSize
        }
    }

    public struct OpinionFields: Sendable {
        public var text: String
        public var category: String
        public var handlingLevel: HandlingLevel?
        public var urgency: Urgency
        public var representativeID: String?
        public var consultationID: String?
        public var clause: String
        public var position: Opinion.Position
        /// Files the opinion under an existing case instead of opening a new one.
        public var linkToCaseID: String?

        public init(text: String, category: String, handlingLevel: HandlingLevel? = nil, urgency: Urgency = .normal,
                    representativeID: String? = nil, consultationID: String? = nil, clause: String = "",
                    position: Opinion.Position = .none, linkToCaseID: String? = nil) {
            self.text = text
            self.category = category
            self.handlingLevel = handlingLevel
            self.urgency = urgency
            self.representativeID = representativeID
            self.consultationID = consultationID
            self.clause = clause
            self.position = position
            self.linkToCaseID = linkToCaseID
        }
    }

    public var visitor: VisitorFields
    /// A returning visitor recognised by phone: their record is reused.
    public var existingVisitorID: String?
    public var opinions: [OpinionFields]
    public var sessionID: String?

    public init(visitor: VisitorFields, existingVisitorID: String? = nil, opinions: [OpinionFields], sessionID: String? = nil) {
        self.visitor = visitor
        self.existingVisitorID = existingVisitorID
        self.opinions = opinions
        self.sessionID = sessionID
    }
}

/// The receipt (回执) of one saved intake: a line per opinion.
public struct IntakeReceipt: Sendable {
    public struct Entry: Sendable {
        public let opinionID: String
        public let caseRecord: Case
        public let expectedReply: CivilDate
        public let linkedToExisting: Bool
    }

    public let visitorID: String
    public let entries: [Entry]
    public let savedAt: String
}

/// A field-level problem in an intake form: which field, and why.
public struct IntakeFieldError: LiaisonError {
    public let field: String
    public let opinionIndex: Int?
    public let error: ValidationError
    public var message: Bilingual { error.message }
}
