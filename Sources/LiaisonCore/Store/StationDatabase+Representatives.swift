/// Representatives: added by hand, by CSV import, or by the demo; found by code.
extension StationDatabase {
    static let representativeColumns = "id, code, name, level, station_id, district, delegation_group, phone"

    static func representative(from r: Row) -> Representative {
        Representative(id: r.string(0), code: r.string(1), name: r.string(2),
                       level: Representative.Level(rawValue: r.string(3)) ?? .township,
                       stationID: r.string(4), district: r.string(5), group: r.string(6), phone: r.string(7))
    }

    /// Adds a representative with a fresh personal code; an existing one with the
    /// same name, level and station is returned instead (re-imports add nothing).
    @discardableResult
    public func addRepresentative(name: String, level: Representative.Level, stationID: String? = nil,
                                  district: String = "", group: String = "", phone: String = "",
                                  code: String? = nil) throws -> (representative: Representative, created: Bool) {
        let clean = try TextNormalizer.field(name, name: Bilingual("姓名", "Name"), limit: FieldLimits.name, required: true)
        let districtClean = try TextNormalizer.field(district, name: Bilingual("选区", "District"), limit: FieldLimits.shortText)
        let groupClean = try TextNormalizer.field(group, name: Bilingual("代表小组", "Group"), limit: FieldLimits.shortText)
        let phoneClean = phone.isEmpty ? "" : try PhoneNumber.validate(phone).canonical
        let station = stationID ?? self.station.id
        return try db.write {
            if let existing = try db.queryOne("SELECT \(Self.representativeColumns) FROM representative WHERE name = ? AND level = ? AND station_id = ?",
                                              [.text(clean), .text(level.rawValue), .text(station)], Self.representative) {
                return (existing, false)
            }
            let rep = Representative(id: newKey(), code: code ?? PersonalCode.generate(.representative).identifier,
                                     name: clean, level: level, stationID: station, district: districtClean,
                                     group: groupClean, phone: phoneClean)
            let stamp = timestamp()
            try db.execute("""
                INSERT INTO representative(id, code, name, level, station_id, district, delegation_group, phone, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rep.id, rep.code, rep.name, rep.level.rawValue, rep.stationID, rep.district, rep.group, rep.phone, stamp, stamp)
            return (rep, true)
        }
    }

    public func representatives(stationID: String? = nil) throws -> [Representative] {
        if let stationID {
            return try db.query("SELECT \(Self.representativeColumns) FROM representative WHERE retired_at IS NULL AND station_id = ? ORDER BY name",
                                [.text(stationID)], Self.representative)
        }
        return try db.query("SELECT \(Self.representativeColumns) FROM representative WHERE retired_at IS NULL ORDER BY level, name",
                            [], Self.representative)
    }

    public func representative(id: String) throws -> Representative? {
        try db.queryOne("SELECT \(Self.representativeColumns) FROM representative WHERE id = ?", [.text(id)], Self.representative)
    }

    /// Looks a representative up by the 11-character identifier of their code.
    public func representative(code identifier: String) throws -> Representative? {
        try db.queryOne("SELECT \(Self.representativeColumns) FROM representative WHERE code = ? AND retired_at IS NULL",
                        [.text(identifier)], Self.representative)
    }

    public func representativeCode(_ rep: Representative) -> PersonalCode {
        PersonalCode(kind: .representative, identifier: rep.code)
    }

    public func stationName(id: String) throws -> String {
        try db.scalarString("SELECT name FROM station WHERE id = ?", [.text(id)]) ?? ""
    }
}

/// What a scan of a representative's code shows (亮码).
public struct RepresentativeCard: Sendable {
    public let representative: Representative
    public let stationName: String
    public let openCases: Int
    public let overdueCases: Int
    public let code: PersonalCode
    public let payload: String
}

extension StationDatabase {
    /// Resolves scanned or typed text to a representative's card: the one
    /// resolver behind `liaison lookup` and the scanner rule.
    public func resolveRepresentative(scanned text: String) throws -> RepresentativeCard {
        guard case .representative(let code) = try CodeParser.parse(text) else {
            throw CodeError.unrecognised
        }
        // The representative and their station's name and address in one indexed lookup.
        guard let found = try db.queryOne("""
            SELECT r.id, r.code, r.name, r.level, r.station_id, r.district, r.delegation_group, r.phone, s.name, s.base_url
            FROM representative r LEFT JOIN station s ON s.id = r.station_id WHERE r.code = ? AND r.retired_at IS NULL
            """, [.text(code.identifier)], { ($0.optionalString(8) != nil, Self.representative(from: $0), $0.optionalString(8) ?? "", $0.optionalString(9)) })
        else {
            throw StoreError.notFound(what: code.description)
        }
        return try card(for: found.1, station: found.0 ? (found.2, found.3) : nil)
    }

    public func card(for rep: Representative) throws -> RepresentativeCard {
        let station = try db.queryOne("SELECT name, base_url FROM station WHERE id = ?", [.text(rep.stationID)]) {
            ($0.string(0), $0.optionalString(1))
        }
        return try card(for: rep, station: station)
    }

    static func cardCounts(indexedBy: String) -> String {
        """
        SELECT COUNT(*), COALESCE(SUM(c.state IN ('registered','triaged','dispatched','reopened')
                                      AND c.paused_since IS NULL AND c.due_date < ?2), 0)
        FROM cases c \(indexedBy) WHERE c.state NOT IN ('closed', 'merged') AND c.id IN (
            SELECT case_id FROM opinion WHERE representative_id = ?1
            UNION SELECT case_id FROM case_supervisor WHERE representative_id = ?1)
        """
    }

    func card(for rep: Representative, station: (name: String, baseURL: String?)?) throws -> RepresentativeCard {
        // Start from the representative's own cases (a dozen or so), not from every open case; both
        // steps read index entries only (migration "tally"), never the rows. A file migrated before
        // those indexes were added to it lacks `cases_open_card`: then the same count without it.
        let args: [SQLValue] = [.text(rep.id), .text(today.description)]
        let counts: (Int, Int)
        do {
            counts = try db.queryOne(Self.cardCounts(indexedBy: "INDEXED BY cases_open_card"), args) { ($0.int(0), $0.int(1)) } ?? (0, 0)
        } catch let error as SQLiteError where error.sqliteMessage.contains("no such index") {
            counts = try db.queryOne(Self.cardCounts(indexedBy: ""), args) { ($0.int(0), $0.int(1)) } ?? (0, 0)
        }
        let openCount = counts.0, overdue = counts.1
        let code = representativeCode(rep)
        return RepresentativeCard(representative: rep, stationName: station?.name ?? "", openCases: openCount, overdueCases: overdue,
                                  code: code, payload: code.payload(baseURL: station?.baseURL ?? self.station.baseURL))
    }
}
