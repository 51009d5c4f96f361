/// Visitors and their personal fields. Reading personal fields goes through
/// `maskedPersonalData` (the default) or `revealPersonalData`, which is audited.
extension StationDatabase {
    static func visitor(from r: Row) -> Visitor {
        Visitor(id: r.string(0), name: r.string(1), anonymous: r.bool(2), community: r.string(3),
                grid: r.string(4), groupSize: r.int(5))
    }

    public func visitor(id: String) throws -> Visitor? {
        try db.queryOne("SELECT id, name, anonymous, community, grid, group_size FROM visitor WHERE id = ?",
                        [.text(id)], Self.visitor)
    }

    /// A returning visitor, recognised by phone (any formatting).
    public func visitor(phone: String) throws -> Visitor? {
        let key = PhoneNumber.key(phone)
        guard !key.isEmpty else { return nil }
        return try db.queryOne("""
            SELECT v.id, v.name, v.anonymous, v.community, v.grid, v.group_size
            FROM visitor_personal p JOIN visitor v ON v.id = p.visitor_id
            WHERE p.phone_key = ? ORDER BY v.created_at DESC LIMIT 1
            """, [.text(key)], Self.visitor)
    }

    public func maskedPersonalData(visitorID: String) throws -> MaskedPersonalData {
        try personalData(visitorID: visitorID).masked
    }

    /// The full numbers, for a stated reason; the reveal is written to the audit log first.
    /// Whoever is signed in goes through the role check of `reveal(visitorID:reason:by:)`;
    /// a station with users and nobody signed in is refused; only an open station
    /// (first run, demo) reveals on the stated reason alone.
    public func revealPersonalData(visitorID: String, reason: String) throws -> PersonalData {
        if let user = try actingUser() { return try reveal(visitorID: visitorID, reason: reason, by: user) }
        let why = TextNormalizer.line(reason)
        guard !why.isEmpty else { throw WorkflowError.missingReason }
        try audit(action: "reveal", subject: "visitor:\(visitorID)", reason: why)
        return try personalData(visitorID: visitorID)
    }

    /// Unmasked access stays inside the store.
    func personalData(visitorID: String) throws -> PersonalData {
        try db.queryOne("SELECT phone, resident_id FROM visitor_personal WHERE visitor_id = ?", [.text(visitorID)]) {
            PersonalData(phone: $0.string(0), residentID: $0.string(1))
        } ?? PersonalData()
    }

    /// Inserts a visitor and personal fields (inside the caller's transaction).
    func insertVisitor(_ v: Visitor, personal: PersonalData, stamp: String) throws {
        try db.execute("""
            INSERT INTO visitor(id, station_id, name, anonymous, community, grid, group_size, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, v.id, station.id, v.anonymous ? "" : v.name, v.anonymous, v.community, v.grid, v.groupSize, stamp, stamp)
        try db.execute("INSERT INTO visitor_personal(visitor_id, phone, phone_key, resident_id, updated_at) VALUES (?, ?, ?, ?, ?)",
                       v.id, personal.phone, PhoneNumber.key(personal.phone), personal.residentID, stamp)
    }

    /// A visitor's earlier cases, newest first (shown when a returning visitor is recognised).
    public func cases(visitorID: String) throws -> [Case] {
        try db.query("""
            SELECT \(Self.caseColumns) FROM cases c
            WHERE c.id IN (SELECT case_id FROM opinion WHERE visitor_id = ?) ORDER BY c.created_at DESC
            """, [.text(visitorID)], Self.caseRow)
    }
}
