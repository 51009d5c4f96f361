/// Opinions as stored; written by intake and imports.
extension StationDatabase {
    static let opinionColumns = """
        id, visitor_id, session_id, representative_id, case_id, text, category, handling_level, urgency,
        consultation_id, clause, position, created_at
        """

    static func opinionRow(_ r: Row) -> Opinion {
        Opinion(id: r.string(0), visitorID: r.string(1), sessionID: r.optionalString(2), representativeID: r.optionalString(3),
                caseID: r.string(4), text: r.string(5), category: r.string(6),
                handlingLevel: HandlingLevel(rawValue: r.string(7)) ?? .station, urgency: Urgency(rawValue: r.string(8)) ?? .normal,
                consultationID: r.optionalString(9), clause: r.string(10), position: Opinion.Position(rawValue: r.string(11)) ?? .none,
                createdAt: r.string(12))
    }

    public func opinion(id: String) throws -> Opinion? {
        try db.queryOne("SELECT \(Self.opinionColumns) FROM opinion WHERE id = ?", [.text(id)], Self.opinionRow)
    }

    func insertOpinion(_ o: Opinion, source: String, importKey: String?) throws {
        try db.execute("""
            INSERT INTO opinion(id, station_id, visitor_id, session_id, representative_id, case_id, text, category, handling_level,
                urgency, consultation_id, clause, position, source, import_key, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, o.id, station.id, o.visitorID, o.sessionID, o.representativeID, o.caseID, o.text, o.category,
                       o.handlingLevel.rawValue, o.urgency.rawValue, o.consultationID, o.clause, o.position.rawValue,
                       source, importKey, o.createdAt, actor)
    }

    /// A case title from an opinion's text: its first line, cut to a glanceable length.
    public static func title(from text: String) -> String {
        let first = text.split(separator: "\n").first.map(String.init) ?? text
        return first.count > 40 ? String(first.prefix(40)) + "…" : first
    }
}

extension StationDatabase {
    public func opinionExists(importKey: String) throws -> Bool {
        try db.scalarInt("SELECT EXISTS(SELECT 1 FROM opinion WHERE import_key = ?)", [.text(importKey)]) == 1
    }
}
