/// Builds a session's minutes from what was filed under it.
extension StationDatabase {
    public func minutes(sessionID: String) throws -> SessionMinutes {
        guard let session = try session(id: sessionID) else { throw StoreError.notFound(what: sessionID) }
        let counts = try db.query("SELECT category, COUNT(*) FROM opinion WHERE session_id = ? GROUP BY category", [.text(sessionID)]) {
            ($0.string(0), $0.int(1))
        }
        let byCategory = categories.compactMap { c in counts.first { $0.0 == c.code }.map { (c, $0.1) } }
        let visits = try db.queryOne("""
            SELECT COUNT(DISTINCT o.visitor_id), COALESCE(SUM(v.group_size), 0) FROM
            (SELECT DISTINCT visitor_id FROM opinion WHERE session_id = ?) o JOIN visitor v ON v.id = o.visitor_id
            """, [.text(sessionID)]) { ($0.int(0), $0.int(1)) } ?? (0, 0)
        let opened = try db.scalarInt("""
            SELECT COUNT(*) FROM cases c WHERE c.id IN (SELECT case_id FROM opinion WHERE session_id = ?)
            AND c.created_at >= ?
            """, [.text(sessionID), .text(session.startsAt)])
        let onSite = try db.scalarInt("""
            SELECT COUNT(DISTINCT e.case_id) FROM case_event e WHERE e.to_state = 'resolvedOnSite'
            AND e.case_id IN (SELECT case_id FROM opinion WHERE session_id = ?)
            """, [.text(sessionID)])
        let opinions = try db.query("""
            SELECT c.number, o.category, o.text FROM opinion o JOIN cases c ON c.id = o.case_id
            WHERE o.session_id = ? ORDER BY o.created_at
            """, [.text(sessionID)]) { ($0.string(0), category($0.string(1))?.name.zh ?? $0.string(1), $0.string(2)) }
        return SessionMinutes(session: session, stationName: try stationName(id: session.stationID), attendance: try attendance(sessionID: sessionID),
                              visitors: visits.0, people: visits.1, opinionsByCategory: byCategory, casesOpened: opened,
                              resolvedOnSite: onSite, opinions: opinions)
    }
}
