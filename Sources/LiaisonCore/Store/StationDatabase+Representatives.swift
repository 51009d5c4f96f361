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

    /// Serving representatives' ids and names in `representatives()`'s order, for a picker:
    /// index entries only (migration "card"), no rows and no sort.
    public func representativeChoices() throws -> [(id: String, name: String)] {
        try db.query("SELECT id, name FROM representative INDEXED BY representative_choice WHERE retired_at IS NULL ORDER BY level, name, id",
                     []) { ($0.string(0), $0.string(1)) }
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
        // The representative and their station's name and address from two covering index
        // entries (migration "card"): the rows' own pages are not read.
        guard let found = try db.queryOne("""
            SELECT r.id, r.code, r.name, r.level, r.station_id, r.district, r.delegation_group, r.phone, s.name, s.base_url
            FROM representative r INDEXED BY representative_scan LEFT JOIN station s INDEXED BY station_card ON s.id = r.station_id
            WHERE r.code = ? AND r.retired_at IS NULL
            """, [.text(code.identifier)], { ($0.optionalString(8) != nil, Self.representative(from: $0), $0.optionalString(8) ?? "", $0.optionalString(9)) })
        else {
            throw StoreError.notFound(what: code.description)
        }
        return try card(for: found.1, station: found.0 ? (found.2, found.3) : nil)
    }

    public func card(for rep: Representative) throws -> RepresentativeCard {
        let station = try db.queryOne("SELECT name, base_url FROM station INDEXED BY station_card WHERE id = ?", [.text(rep.stationID)]) {
            ($0.string(0), $0.optionalString(1))
        }
        return try card(for: rep, station: station)
    }

    /// Open and overdue cases of representative ?1 on date ?2: one row from the cases their
    /// opinions are on, one from the cases they supervise and have no opinion on (so a case
    /// both ways counts once). Index entries only (migrations "tally" and "card"), in index
    /// order, with no temporary B-tree (a UNION or an IN list built per scan cost more than all
    /// the rest). Most of a representative's cases are closed: the duplicate checks refer to
    /// `c.id`, so they run only for the few found open.
    static let cardCounts = """
        SELECT COUNT(*), TOTAL(c.state IN ('registered','triaged','dispatched','reopened') AND c.paused_since IS NULL AND c.due_date < ?2) \
        FROM opinion o INDEXED BY opinion_representative_case JOIN cases c INDEXED BY cases_open_card ON c.id = o.case_id \
        WHERE o.representative_id = ?1 AND c.state NOT IN ('closed', 'merged') AND NOT EXISTS (SELECT 1 FROM opinion p \
        INDEXED BY opinion_representative_case WHERE p.representative_id = ?1 AND p.case_id = c.id AND p.rowid < o.rowid) \
        UNION ALL \
        SELECT COUNT(*), TOTAL(c.state IN ('registered','triaged','dispatched','reopened') AND c.paused_since IS NULL AND c.due_date < ?2) \
        FROM case_supervisor s INDEXED BY case_supervisor_representative_case JOIN cases c INDEXED BY cases_open_card ON c.id = s.case_id \
        WHERE s.representative_id = ?1 AND c.state NOT IN ('closed', 'merged') AND NOT EXISTS (SELECT 1 FROM opinion p \
        INDEXED BY opinion_representative_case WHERE p.representative_id = ?1 AND p.case_id = c.id)
        """

    func card(for rep: Representative, station: (name: String, baseURL: String?)?) throws -> RepresentativeCard {
        var counts = (0, 0)
        try db.forEach(Self.cardCounts, [.text(rep.id), .text(today.description)]) { row in
            counts.0 += row.int(0)
            counts.1 += row.int(1)
            return true
        }
        let openCount = counts.0, overdue = counts.1
        let code = representativeCode(rep)
        return RepresentativeCard(representative: rep, stationName: station?.name ?? "", openCases: openCount, overdueCases: overdue,
                                  code: code, payload: code.payload(baseURL: station?.baseURL ?? self.station.baseURL))
    }
}
