/// Consultations: drafts and supervision topics pushed down for opinions.
public struct ClauseTally: Sendable, Hashable {
    public let clause: String
    public let support: Int
    public let oppose: Int
    public let amend: Int
    public let other: Int
}

extension StationDatabase {
    static func consultationRow(_ r: Row) -> Consultation {
        Consultation(id: r.string(0), kind: Consultation.Kind(rawValue: r.string(1)) ?? .legislation, title: r.string(2),
                     issuer: r.string(3), summary: r.string(4), clauseCount: r.int(5),
                     deadline: CivilDate(r.string(6)) ?? CivilDate(dayNumber: 0))
    }

    @discardableResult
    public func addConsultation(kind: Consultation.Kind, title: String, issuer: String, summary: String = "",
                                clauseCount: Int = 0, deadline: CivilDate) throws -> Consultation {
        let t = try TextNormalizer.field(title, name: Bilingual("标题", "Title"), limit: FieldLimits.title, required: true)
        let c = Consultation(id: newKey(), kind: kind, title: t, issuer: TextNormalizer.line(issuer),
                             summary: TextNormalizer.paragraph(summary), clauseCount: max(0, clauseCount), deadline: deadline)
        try db.write {
            try db.execute("""
                INSERT INTO consultation(id, kind, title, issuer, summary, clause_count, deadline, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, c.id, c.kind.rawValue, c.title, c.issuer, c.summary, c.clauseCount, c.deadline.description, timestamp())
        }
        return c
    }

    public func consultations(openOnly: Bool = false) throws -> [Consultation] {
        let sql = "SELECT id, kind, title, issuer, summary, clause_count, deadline FROM consultation WHERE retired_at IS NULL"
            + (openOnly ? " AND deadline >= ?" : "") + " ORDER BY deadline"
        return try db.query(sql, openOnly ? [.text(today.description)] : [], Self.consultationRow)
    }

    public func opinions(consultationID: String) throws -> [Opinion] {
        try db.query("SELECT \(Self.opinionColumns) FROM opinion WHERE consultation_id = ? ORDER BY clause, created_at",
                     [.text(consultationID)], Self.opinionRow)
    }

    /// Positions per clause, clauses in natural order.
    public func clauseTally(consultationID: String) throws -> [ClauseTally] {
        let rows = try db.query("""
            SELECT clause, SUM(position = 'support'), SUM(position = 'oppose'), SUM(position = 'amend'), SUM(position = '')
            FROM opinion WHERE consultation_id = ? GROUP BY clause
            """, [.text(consultationID)]) {
            ClauseTally(clause: $0.string(0), support: $0.int(1), oppose: $0.int(2), amend: $0.int(3), other: $0.int(4))
        }
        return rows.sorted { a, b in
            let (x, y) = (Int(a.clause.filter(\.isNumber)), Int(b.clause.filter(\.isNumber)))
            if let x, let y, x != y { return x < y }
            return a.clause < b.clause
        }
    }
}
