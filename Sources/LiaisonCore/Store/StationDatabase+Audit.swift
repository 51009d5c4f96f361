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

/// What the admin's audit screen asks for: narrowed by person, visitor or case, one page at a time.
public struct AuditFilter: Sendable, Hashable {
    /// Who acted (the signed-in name recorded).
    public var actor: String?
    /// Entries about this visitor (reveals of their numbers).
    public var visitorID: String?
    /// Entries about the visitors behind this case (merged cases included) or the case itself.
    public var caseID: String?
    public var limit = 50
    public var offset = 0

    public init(actor: String? = nil, visitorID: String? = nil, caseID: String? = nil, limit: Int = 50, offset: Int = 0) {
        self.actor = actor
        self.visitorID = visitorID
        self.caseID = caseID
        self.limit = limit
        self.offset = offset
    }
}

/// One page of the audit log, newest first, with the number of entries matching.
public struct AuditPage: Sendable, Hashable {
    public let entries: [AuditEntry]
    public let total: Int
}

extension StationDatabase {
    /// A page of the audit log for someone allowed to read it (the store checks the role).
    public func auditPage(_ filter: AuditFilter, by user: User) throws -> AuditPage {
        try AccessPolicy.require(.readAuditLog, try currentUser(user))
        var conditions: [String] = []
        var args: [SQLValue] = []
        if let actor = filter.actor { conditions.append("actor = ?"); args.append(.text(actor)) }
        if let v = filter.visitorID { conditions.append("subject = ?"); args.append(.text("visitor:" + v)) }
        if let c = filter.caseID {
            conditions.append("""
                (subject = ? OR subject IN (SELECT 'visitor:' || visitor_id FROM opinion
                    WHERE case_id = ? OR case_id IN (SELECT id FROM cases WHERE merged_into = ?)))
                """)
            args += [.text("case:" + c), .text(c), .text(c)]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try db.read {
            let total = try db.scalarInt("SELECT COUNT(*) FROM audit_log \(whereClause)", args)
            let entries = try db.query("""
                SELECT id, actor, at, action, subject, reason FROM audit_log \(whereClause) ORDER BY id DESC LIMIT ? OFFSET ?
                """, args + [.integer(Int64(max(1, filter.limit))), .integer(Int64(max(0, filter.offset)))]) {
                AuditEntry(id: $0.string(0), actor: $0.string(1), at: $0.string(2), action: $0.string(3),
                           subject: $0.string(4), reason: $0.string(5))
            }
            return AuditPage(entries: entries, total: total)
        }
    }
}
