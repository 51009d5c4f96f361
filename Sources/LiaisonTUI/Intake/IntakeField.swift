import LiaisonCore

/// One input of the intake form. Visitor fields come first, then the fields
/// of the opinion being edited; Tab walks them in this order.
public enum IntakeField: String, CaseIterable, Codable, Sendable {
    case name, phone, residentID, groupSize, community, grid
    case text, category, level, urgency, representative, consultation, clause, position

    public var isVisitorField: Bool {
        switch self {
        case .name, .phone, .residentID, .community, .grid, .groupSize: return true
        default: return false
        }
    }

    /// Chosen with ← → (or space) rather than typed.
    public var isChoice: Bool {
        switch self {
        case .category, .level, .urgency, .consultation, .position: return true
        default: return false
        }
    }

    public var label: Bilingual {
        switch self {
        case .name: return Catalogue.fieldName
        case .phone: return Catalogue.fieldPhone
        case .residentID: return Catalogue.fieldResidentID
        case .community: return Catalogue.fieldCommunity
        case .grid: return Catalogue.fieldGrid
        case .groupSize: return Catalogue.fieldGroupSize
        case .text: return Catalogue.fieldText
        case .category: return Catalogue.fieldCategory
        case .level: return Catalogue.fieldLevel
        case .urgency: return Catalogue.fieldUrgency
        case .representative: return Catalogue.fieldRepresentative
        case .consultation: return Catalogue.fieldConsultation
        case .clause: return Catalogue.fieldClause
        case .position: return Catalogue.fieldPosition
        }
    }

    /// The name `IntakeFieldError.field` uses for this input.
    public static func from(storeField: String) -> IntakeField? {
        IntakeField(rawValue: storeField)
    }
}
