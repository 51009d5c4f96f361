/// The one table of who may do what. Pure: screens, the CLI and the store's
/// guarded calls all read it, so a role's rights are stated in one place.
public enum AccessPolicy {
    /// Rows are roles, entries their permissions. A receptionist never sees a
    /// full number; a representative may, for visitors of their own cases only
    /// (`StationDatabase.reveal` checks that scope); the admin may do anything.
    static let table: [User.Role: Set<Permission>] = [
        .receptionist: [.registerIntake, .actOnCases, .viewAllCases, .manageSessions, .exportMasked],
        .representative: [.registerIntake, .superviseCases, .revealPersonalData],
        .admin: Set(Permission.allCases),
    ]

    public static func allows(_ role: User.Role, _ permission: Permission) -> Bool {
        table[role]?.contains(permission) ?? false
    }

    public static func permissions(for role: User.Role) -> Set<Permission> {
        table[role] ?? []
    }

    /// Throws `AccessError.notPermitted` unless the role may.
    public static func require(_ permission: Permission, _ user: User) throws {
        guard allows(user.role, permission) else { throw AccessError.notPermitted(permission, user.role) }
    }

    /// Which cases a person sees in queues and lists.
    public static func caseScope(for user: User) -> CaseScope {
        if allows(user.role, .viewAllCases) { return .all }
        if let id = user.representativeID { return .representative(id) }
        return .none
    }
}

/// The cases a signed-in person may list.
public enum CaseScope: Sendable, Hashable {
    case all
    /// Cases the representative received or supervises.
    case representative(String)
    case none
}
