import Foundation

/// A user with their stored credential: only sign-in code sees it.
struct UserAccount {
    let user: User
    let credential: String
}

/// A user as the admin's user list shows them.
public struct UserSummary: Sendable, Hashable {
    public let user: User
    public let hasCredential: Bool
    public let lastLoginAt: String?
    public let lockedUntil: String?
}

/// Users, sign-in state, guarded reveal and the audit log as admins read it.
/// `login_state` (migration 2) counts failed attempts per user.
extension StationDatabase {
    static let accountColumns = "id, name, role, representative_id, credential"

    static func account(from r: Row) -> UserAccount {
        UserAccount(user: User(id: r.string(0), name: r.string(1), role: User.Role(rawValue: r.string(2)) ?? .receptionist,
                               representativeID: r.optionalString(3)),
                    credential: r.string(4))
    }

    func account(named name: String) throws -> UserAccount? {
        try db.queryOne("SELECT \(Self.accountColumns) FROM user WHERE name = ? AND retired_at IS NULL", [.text(name)], Self.account)
    }

    func account(representativeID: String) throws -> UserAccount? {
        try db.queryOne("""
            SELECT \(Self.accountColumns) FROM user
            WHERE representative_id = ? AND role = 'representative' AND retired_at IS NULL ORDER BY created_at LIMIT 1
            """, [.text(representativeID)], Self.account)
    }

    /// The user as stored now: a retired user, or one whose role changed, cannot
    /// act on a stale `User` value.
    public func currentUser(_ user: User) throws -> User {
        guard let account = try db.queryOne("SELECT \(Self.accountColumns) FROM user WHERE id = ? AND retired_at IS NULL",
                                            [.text(user.id)], Self.account) else {
            throw AccessError.unknownUser(user.name)
        }
        return account.user
    }

    func hasAdminWithCredential() throws -> Bool {
        try db.scalarInt("SELECT COUNT(*) FROM user WHERE role = 'admin' AND retired_at IS NULL AND credential <> ''") > 0
    }

    /// Checks and writes in one transaction, so two desks cannot both create "the first" admin.
    func createFirstAdmin(name: String, credential: String) throws -> User {
        let clean = try TextNormalizer.field(name, name: Bilingual("用户名", "User name"), limit: FieldLimits.name, required: true)
        return try db.write {
            if try hasAdminWithCredential() { throw AccessError.firstAdminExists }
            if let existing = try account(named: clean) {
                guard existing.user.role == .admin, existing.credential.isEmpty else { throw AccessError.nameTaken(clean) }
                try setCredential(user: existing.user, credential: credential, actor: clean)
                return existing.user
            }
            return try insertUser(name: clean, role: .admin, representativeID: nil, credential: credential, actor: clean)
        }
    }

    func insertUser(name: String, role: User.Role, representativeID: String?, credential: String, actor: String) throws -> User {
        let clean = try TextNormalizer.field(name, name: Bilingual("用户名", "User name"), limit: FieldLimits.name, required: true)
        return try db.write {
            if try db.scalarInt("SELECT COUNT(*) FROM user WHERE name = ?", [.text(clean)]) > 0 { throw AccessError.nameTaken(clean) }
            let user = User(id: newKey(), name: clean, role: role, representativeID: representativeID)
            try db.execute("INSERT INTO user(id, name, role, representative_id, credential, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           user.id, user.name, role.rawValue, representativeID, credential, timestamp())
            try auditAs(actor, action: "user-add", subject: "user:\(user.name)", reason: role.rawValue)
            return user
        }
    }

    func setCredential(user: User, credential: String, actor: String) throws {
        try db.write {
            try db.execute("UPDATE user SET credential = ? WHERE id = ?", credential, user.id)
            try db.execute("DELETE FROM login_state WHERE user_id = ?", user.id)
            try auditAs(actor, action: "user-secret", subject: "user:\(user.name)", reason: "")
        }
    }

    func loginLockedUntil(userID: String) throws -> Date? {
        try db.scalarString("SELECT locked_until FROM login_state WHERE user_id = ?", [.text(userID)]).flatMap(StationTime.parse)
    }

    /// Counts one failure; returns when the account unlocks if this failure locked it.
    func recordLoginFailure(user: User, at now: Date, lockout: (Int) -> TimeInterval?) throws -> Date? {
        try db.write {
            let stamp = StationTime.format(now)
            try db.execute("""
                INSERT INTO login_state(user_id, failed_count, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT(user_id) DO UPDATE SET failed_count = failed_count + 1, last_failure_at = excluded.last_failure_at
                """, user.id, stamp)
            let count = try db.scalarInt("SELECT failed_count FROM login_state WHERE user_id = ?", [.text(user.id)])
            guard let wait = lockout(count) else { return nil }
            let until = now.addingTimeInterval(wait)
            try db.execute("UPDATE login_state SET locked_until = ? WHERE user_id = ?", StationTime.format(until), user.id)
            try auditAs("system", action: "login-locked", subject: "user:\(user.name)",
                        reason: "\(count) failed attempts / 连续失败 \(count) 次")
            return until
        }
    }

    func recordLoginSuccess(userID: String, at now: Date, newCredential: String?) throws {
        try db.write {
            try db.execute("""
                INSERT INTO login_state(user_id, failed_count, last_login_at) VALUES (?, 0, ?)
                ON CONFLICT(user_id) DO UPDATE SET failed_count = 0, locked_until = NULL, last_login_at = excluded.last_login_at
                """, userID, StationTime.format(now))
            if let newCredential { try db.execute("UPDATE user SET credential = ? WHERE id = ?", newCredential, userID) }
        }
    }

    /// Every active user with sign-in facts (never the credential itself).
    public func userSummaries() throws -> [UserSummary] {
        try db.query("""
            SELECT u.id, u.name, u.role, u.representative_id, u.credential <> '', l.last_login_at, l.locked_until
            FROM user u LEFT JOIN login_state l ON l.user_id = u.id
            WHERE u.retired_at IS NULL ORDER BY u.role, u.name
            """) {
            UserSummary(user: User(id: $0.string(0), name: $0.string(1), role: User.Role(rawValue: $0.string(2)) ?? .receptionist,
                                   representativeID: $0.optionalString(3)),
                        hasCredential: $0.bool(4), lastLoginAt: $0.optionalString(5), lockedUntil: $0.optionalString(6))
        }
    }

    /// An audit entry under a given name (the signed-in user), not `store.actor`.
    func auditAs(_ actor: String, action: String, subject: String, reason: String) throws {
        try db.write {
            try db.execute("INSERT INTO audit_log(id, actor, at, action, subject, reason) VALUES (?, ?, ?, ?, ?, ?)",
                           newKey(), actor, timestamp(), action, subject, TextNormalizer.line(reason))
        }
    }

    // MARK: - Guarded personal data

    /// The full numbers for a signed-in user who may see them here
    /// (`AccessPolicy.revealRule`), for a stated reason; the audit entry is
    /// written before anything is returned. At `.followUpCall`, `caseID` must be
    /// a case awaiting its call with this visitor behind it.
    public func reveal(visitorID: String, reason: String, by user: User, at place: RevealPlace = .caseRecord,
                       caseID: String? = nil) throws -> PersonalData {
        let who = try currentUser(user)
        let why = try TextNormalizer.field(reason, name: Bilingual("理由", "Reason"), limit: FieldLimits.reason)
        switch AccessPolicy.revealRule(for: who, at: place) {
        case .nobody:
            if AccessPolicy.allows(who.role, .callVisitorsBack) { throw AccessError.revealOnlyInFollowUp }
            throw AccessError.notPermitted(.revealPersonalData, who.role)
        case .visitorsOfOwnCases(let repID):
            guard try visitor(id: visitorID) != nil else { throw StoreError.notFound(what: "visitor") }
            guard try visitorIsLinked(visitorID: visitorID, representativeID: repID) else { throw AccessError.notOwnVisitor }
        case .anyVisitor:
            guard try visitor(id: visitorID) != nil else { throw StoreError.notFound(what: "visitor") }
        }
        guard !why.isEmpty else { throw AccessError.reasonRequired }
        if place == .followUpCall { try requireAwaitingFollowUp(caseID: caseID, visitorID: visitorID) }
        return try db.write {
            try auditAs(who.name, action: "reveal", subject: "visitor:\(visitorID)", reason: why)
            return try personalData(visitorID: visitorID)
        }
    }

    /// True when the visitor raised an opinion the representative received or supervises.
    func visitorIsLinked(visitorID: String, representativeID: String) throws -> Bool {
        try db.scalarInt("""
            SELECT EXISTS (SELECT 1 FROM opinion o WHERE o.visitor_id = ?1 AND (o.representative_id = ?2
                OR o.case_id IN (SELECT case_id FROM case_supervisor WHERE representative_id = ?2)))
            """, [.text(visitorID), .text(representativeID)]) == 1
    }

    /// The audit log for someone allowed to read it; `subject` narrows it
    /// (e.g. `visitor:ID` answers "who looked at this visitor's number, and why").
    public func auditLog(by user: User, subject: String? = nil, limit: Int = 500) throws -> [AuditEntry] {
        try AccessPolicy.require(.readAuditLog, try currentUser(user))
        guard let subject else { return try auditLog(limit: limit) }
        return try db.query("SELECT id, actor, at, action, subject, reason FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?",
                            [.text(subject), .integer(Int64(limit))]) {
            AuditEntry(id: $0.string(0), actor: $0.string(1), at: $0.string(2), action: $0.string(3),
                       subject: $0.string(4), reason: $0.string(5))
        }
    }

    // MARK: - Settings

    /// Minutes of idleness before the desk locks (setting `idle_lock_minutes`).
    public func idleLockMinutes() -> Int {
        setting("idle_lock_minutes").flatMap(Int.init).map { min(max($0, IdleLock.allowedMinutes.lowerBound), IdleLock.allowedMinutes.upperBound) }
            ?? IdleLock.defaultMinutes
    }

    public func setIdleLockMinutes(_ minutes: Int, by user: User) throws {
        let who = try currentUser(user)
        try AccessPolicy.require(.changeSettings, who)
        guard IdleLock.allowedMinutes.contains(minutes) else {
            throw AccessError.settingOutOfRange(Bilingual("自动锁屏分钟数", "Idle lock minutes"), IdleLock.allowedMinutes)
        }
        try db.write {
            try setSetting("idle_lock_minutes", String(minutes))
            try auditAs(who.name, action: "setting", subject: "idle_lock_minutes", reason: String(minutes))
        }
    }
}
