/// The append-only audit log: who looked at what personal data, and why.
public struct AuditEntry: Sendable, Hashable {
    public let id: String
    public let actor: String
    public let at: String
    public let action: String
    public let subject: String
    public let reason: String
}

extension StationDatabase {
    public func audit(action: String, subject: String, reason: String) throws {
        try db.write {
            try db.execute("INSERT INTO audit_log(id, actor, at, action, subject, reason) VALUES (?, ?, ?, ?, ?, ?)",
                           newKey(), actor, timestamp(), action, subject, TextNormalizer.line(reason))
        }
    }

    public func auditLog(limit: Int = 500) throws -> [AuditEntry] {
        try db.query("SELECT id, actor, at, action, subject, reason FROM audit_log ORDER BY id DESC LIMIT ?", [.integer(Int64(limit))]) {
            AuditEntry(id: $0.string(0), actor: $0.string(1), at: $0.string(2), action: $0.string(3),
                       subject: $0.string(4), reason: $0.string(5))
        }
    }
}
