import LiaisonCore

/// One opinion being written: its text and choices. The category follows the
/// keyword suggestion until the receptionist picks one by hand.
public struct IntakeOpinion: Sendable, Equatable {
    public var text = TextArea(maxLength: FieldLimits.opinionText)
    /// Picked by hand; nil means "follow the suggestion".
    public var chosenCategory: String?
    /// What the keyword hints suggest for the current text.
    public var suggestedCategory: String?
    /// Picked by hand; nil means the category's default level.
    public var level: HandlingLevel?
    public var urgency: Urgency = .normal
    /// Scanned code or part of a name, as typed.
    public var representative = TextField(maxLength: 120)
    public var representativeID: String?
    public var representativeName: String?
    public var consultationID: String?
    public var clause = TextField(maxLength: 40)
    public var position: Opinion.Position = .none
    /// Filed under this existing case instead of a new one.
    public var linkToCaseID: String?
    public var linkToCaseNumber: String?

    public init() {}

    /// The category that will be saved.
    public var category: String? { chosenCategory ?? suggestedCategory }

    public var isEmpty: Bool {
        text.text.trimmingSpaces.isEmpty && chosenCategory == nil && representativeID == nil && linkToCaseID == nil
            && clause.text.isEmpty && consultationID == nil
    }
}
