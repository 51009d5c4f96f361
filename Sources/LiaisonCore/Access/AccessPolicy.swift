/// The one table of who may do what. Pure: screens, the CLI and the store's
/// guarded calls all read it, so a role's rights are stated in one place.
public enum AccessPolicy {
    /// Rows are roles, entries their permissions. A receptionist sees a full
    /// number only in the follow-up call list (`callVisitorsBack`); a
    /// representative may reveal, for visitors of their own cases only; the
    /// admin may do anything. `revealRule(for:at:)` spells this out.
    static let table: [User.Role: Set<Permission>] = [
        .receptionist: [.registerIntake, .actOnCases, .viewAllCases, .manageSessions, .exportMasked, .callVisitorsBack,
                        .readReports],
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

    /// Whose full numbers a person may reveal at a place. The store applies it
    /// (and for a follow-up call also checks that the case awaits its call and
    /// the visitor is behind it); screens use it to offer the reveal key.
    public static func revealRule(for user: User, at place: RevealPlace) -> RevealRule {
        if allows(user.role, .revealPersonalData) {
            switch caseScope(for: user) {
            case .all: return .anyVisitor
            case .representative(let id): return .visitorsOfOwnCases(id)
            case .none: return .nobody
            }
        }
        // Issue 6: the follow-up call list is the receptionist's one place to see a number.
        if place == .followUpCall && allows(user.role, .callVisitorsBack) { return .anyVisitor }
        return .nobody
    }

    /// What a role may do to a case it can see: `actOnCases` covers every
    /// action; a representative (`superviseCases`) may add notes and take or
    /// leave supervision for themselves only.
    public static func mayApply(_ action: CaseAction, _ user: User) -> Bool {
        if allows(user.role, .actOnCases) { return true }
        guard allows(user.role, .superviseCases) else { return false }
        switch action {
        case .note: return true
        case .supervise(let rep), .unsupervise(let rep): return rep == user.representativeID
        default: return false
        }
    }
}

/// The cases a signed-in person may list.
public enum CaseScope: Sendable, Hashable {
    case all
    /// Cases the representative received or supervises.
    case representative(String)
    case none
}

/// Where a full number is asked for.
public enum RevealPlace: Sendable, Hashable {
    /// The follow-up call list (回访), for a case awaiting its call.
    case followUpCall
    /// Anywhere else: a case's detail, a visitor's record.
    case caseRecord
}

/// Whose numbers may be revealed.
public enum RevealRule: Sendable, Hashable {
    case anyVisitor
    /// Visitors of cases this representative received or supervises.
    case visitorsOfOwnCases(String)
    case nobody
}
