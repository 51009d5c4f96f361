/// Someone at the desk: receptionist, representative or station admin.
public struct User: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        case receptionist, representative, admin

        public var label: Bilingual {
            switch self {
            case .receptionist: return Bilingual("接待员", "receptionist")
            case .representative: return Bilingual("代表", "representative")
            case .admin: return Bilingual("站点管理员", "station admin")
            }
        }
    }

    public var id: String
    public var name: String
    public var role: Role
    public var representativeID: String?

    public init(id: String, name: String, role: Role, representativeID: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.representativeID = representativeID
    }
}
