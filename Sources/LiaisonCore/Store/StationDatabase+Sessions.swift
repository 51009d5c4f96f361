/// Reception sessions (接待活动) and who attended them.
public struct Attendance: Sendable, Hashable {
    public let representativeID: String?
    public let name: String
    public let title: String
    public let markedAt: String
}

extension StationDatabase {
    static func sessionRow(_ r: Row) -> ReceptionSession {
        ReceptionSession(id: r.string(0), stationID: r.string(1), kind: ReceptionSession.Kind(rawValue: r.string(2)) ?? .daily,
                         title: r.string(3), place: r.string(4), startsAt: r.string(5), closedAt: r.optionalString(6))
    }

    static let sessionColumns = "id, station_id, kind, title, place, starts_at, closed_at"

    @discardableResult
    public func openSession(kind: ReceptionSession.Kind, title: String, place: String, stationID: String? = nil) throws -> ReceptionSession {
        let cleanTitle = try TextNormalizer.field(title, name: Bilingual("主题", "Title"), limit: FieldLimits.title)
        let cleanPlace = try TextNormalizer.field(place, name: Bilingual("地点", "Place"), limit: FieldLimits.shortText)
        let s = ReceptionSession(id: newKey(), stationID: stationID ?? station.id, kind: kind,
                                 title: cleanTitle.isEmpty ? kind.label.zh : cleanTitle, place: cleanPlace, startsAt: timestamp())
        try db.write {
            try db.execute("INSERT INTO reception_session(id, station_id, kind, title, place, starts_at, opened_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           s.id, s.stationID, s.kind.rawValue, s.title, s.place, s.startsAt, actor)
        }
        return s
    }

    /// The session currently open at this station, if any (the latest one).
    public func openSession() throws -> ReceptionSession? {
        try db.queryOne("SELECT \(Self.sessionColumns) FROM reception_session WHERE closed_at IS NULL ORDER BY starts_at DESC LIMIT 1",
                        [], Self.sessionRow)
    }

    public func session(id: String) throws -> ReceptionSession? {
        try db.queryOne("SELECT \(Self.sessionColumns) FROM reception_session WHERE id = ?", [.text(id)], Self.sessionRow)
    }

    public func sessions(limit: Int = 200) throws -> [ReceptionSession] {
        try db.query("SELECT \(Self.sessionColumns) FROM reception_session ORDER BY starts_at DESC LIMIT ?",
                     [.integer(Int64(limit))], Self.sessionRow)
    }

    public func closeSession(id: String) throws {
        try db.write {
            try db.execute("UPDATE reception_session SET closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL",
                           timestamp(), actor, id)
        }
    }

    /// Marks a representative present; true when newly marked (a second scan is harmless).
    @discardableResult
    public func markPresent(sessionID: String, representativeID: String) throws -> Bool {
        try db.write {
            try db.execute("""
                INSERT INTO session_attendance(id, session_id, representative_id, marked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(session_id, representative_id) DO NOTHING
                """, newKey(), sessionID, representativeID, timestamp())
            return db.changes > 0
        }
    }

    /// Records an official present (一府两院进站).
    public func addOfficial(sessionID: String, name: String, title: String) throws {
        let n = try TextNormalizer.field(name, name: Bilingual("姓名", "Name"), limit: FieldLimits.name, required: true)
        let t = try TextNormalizer.field(title, name: Bilingual("职务", "Title"), limit: FieldLimits.shortText)
        try db.write {
            try db.execute("INSERT INTO session_attendance(id, session_id, official_name, official_title, marked_at) VALUES (?, ?, ?, ?, ?)",
                           newKey(), sessionID, n, t, timestamp())
        }
    }

    public func attendance(sessionID: String) throws -> [Attendance] {
        try db.query("""
            SELECT a.representative_id, COALESCE(r.name, a.official_name),
                   CASE WHEN r.id IS NULL THEN a.official_title ELSE r.level END, a.marked_at
            FROM session_attendance a LEFT JOIN representative r ON r.id = a.representative_id
            WHERE a.session_id = ? ORDER BY a.marked_at
            """, [.text(sessionID)]) { row in
            let rep = row.optionalString(0)
            let title = rep == nil ? row.string(2) : (Representative.Level(rawValue: row.string(2))?.label.zh ?? row.string(2))
            return Attendance(representativeID: rep, name: row.string(1), title: title, markedAt: row.string(3))
        }
    }
}
