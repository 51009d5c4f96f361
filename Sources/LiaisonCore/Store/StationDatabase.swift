import Foundation

/// The station's data: one SQLite file, opened through the migrator. Every
/// screen and command goes through this type; SQL stays in `Store/`.
public final class StationDatabase {
    public let db: Database
    public let reference: ReferenceData
    public private(set) var station: Station
    var keys: EntityKeyGenerator
    /// Injectable clock: tests and demo data set the time.
    public var now: () -> Date = { Date() }
    /// Who is at the desk; recorded on every event.
    public var actor: String = "system"
    /// The person signed in at this desk or command (nil on a station without
    /// users yet); lists and reveals follow their role (`AccessPolicy`).
    public var signedIn: User?
    var categoryCache: [String: Category] = [:]

    public var path: String { db.path }

    /// Opens an existing station database.
    public init(path: String, reference: ReferenceData) throws {
        db = try Migrator.open(path: path, createIfMissing: false)
        self.reference = reference
        guard let stationID = try db.scalarString("SELECT value FROM meta WHERE key = 'station_id'"),
              let station = try Self.loadStation(db, id: stationID),
              let siteTag = try db.scalarString("SELECT value FROM meta WHERE key = 'site_tag'") else {
            throw StoreError.notInitialised(path: path)
        }
        self.station = station
        keys = EntityKeyGenerator(siteTag: siteTag)
        try loadCategories()
        try ensureReportFacts()
    }

    /// Creates a station database in a new (or empty) file.
    public static func create(path: String, stationName: String, kind: Station.Kind = .station,
                              reference: ReferenceData, district: String = "", phone: String = "",
                              casePrefix: String = "DS", now: Date = Date()) throws -> StationDatabase {
        let db = try Migrator.open(path: path, createIfMissing: true)
        if try db.scalarString("SELECT value FROM meta WHERE key = 'station_id'") != nil {
            throw StoreError.alreadyExists(path: path)
        }
        let name = try TextNormalizer.field(stationName, name: Bilingual("站点名称", "Station name"),
                                            limit: FieldLimits.shortText, required: true)
        var keys = EntityKeyGenerator(siteTag: EntityKeyGenerator.newSiteTag())
        let stationID = keys.next(at: now)
        let stamp = StationTime.format(now)
        try db.write {
            try db.execute("INSERT INTO meta(key, value) VALUES ('station_id', ?), ('site_tag', ?), ('created_at', ?)",
                           stationID, keys.siteTag, stamp)
            try db.execute("""
                INSERT INTO station(id, code, kind, name, district, phone, case_prefix, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, stationID, PersonalCode.generate(.station).identifier, kind.rawValue, name, district, phone,
                           casePrefix, stamp, stamp)
            try syncReference(db, reference: reference, keys: &keys, stamp: stamp)
        }
        _ = db
        return try StationDatabase(path: path, reference: reference)
    }

    /// Categories and departments from `Data/` are copied in, so the database
    /// stands alone (exports, sync) and added departments keep their keys.
    static func syncReference(_ db: Database, reference: ReferenceData, keys: inout EntityKeyGenerator,
                              stamp: String) throws {
        for (position, c) in reference.categories.enumerated() {
            try db.execute("""
                INSERT INTO category(code, name_zh, name_en, sla_days, default_level, keywords, position)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    sla_days = excluded.sla_days, default_level = excluded.default_level,
                    keywords = excluded.keywords, position = excluded.position
                """, c.code, c.name.zh, c.name.en, c.slaDays, c.defaultLevel.rawValue,
                           c.keywords.joined(separator: ","), position)
        }
        for d in reference.departments {
            try db.execute("INSERT INTO department(id, name, kind, phone, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING",
                           keys.next(), d.name, d.kind, d.phone, stamp)
        }
    }

    func loadCategories() throws {
        let rows = try db.query("SELECT code, name_zh, name_en, sla_days, default_level, keywords FROM category ORDER BY position") {
            Category(code: $0.string(0), name: Bilingual($0.string(1), $0.string(2)), slaDays: $0.int(3),
                     defaultLevel: HandlingLevel(rawValue: $0.string(4)) ?? .station,
                     keywords: $0.string(5).split(separator: ",").map(String.init))
        }
        categoryCache = Dictionary(rows.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        categoryOrder = rows.map(\.code)
    }

    var categoryOrder: [String] = []

    /// Categories in their configured order.
    public var categories: [Category] { categoryOrder.compactMap { categoryCache[$0] } }

    public func category(_ code: String) -> Category? { categoryCache[code] }

    static func loadStation(_ db: Database, id: String) throws -> Station? {
        try db.queryOne("""
            SELECT id, code, kind, name, parent_id, district, address, phone, base_url, case_prefix
            FROM station WHERE id = ?
            """, [.text(id)]) { Self.station(from: $0) }
    }

    static func station(from r: Row) -> Station {
        Station(id: r.string(0), code: r.string(1), kind: Station.Kind(rawValue: r.string(2)) ?? .station,
                name: r.string(3), parentID: r.optionalString(4), district: r.string(5), address: r.string(6),
                phone: r.string(7), baseURL: r.optionalString(8), casePrefix: r.string(9))
    }

    // MARK: - Helpers for the extensions

    func newKey() -> String { keys.next(at: now()) }
    func timestamp() -> String { StationTime.format(now()) }
    public var today: CivilDate { CivilDate.local(now()) }
    public var calendar: WorkCalendar { reference.calendar }
    public var clock: CaseClock { CaseClock(calendar: reference.calendar) }

    /// Changes when any desk commits: poll it to refresh screens.
    public func changeToken() -> Int64 { (try? db.dataVersion()) ?? 0 }

    /// Updates the home station's settings (phone, base URL for codes, …).
    public func updateStation(_ change: (inout Station) -> Void) throws {
        var s = station
        change(&s)
        try db.write {
            try db.execute("""
                UPDATE station SET name = ?, district = ?, address = ?, phone = ?, base_url = ?, case_prefix = ?, updated_at = ?
                WHERE id = ?
                """, s.name, s.district, s.address, s.phone, s.baseURL, s.casePrefix, timestamp(), s.id)
        }
        station = s
    }

    public func stations() throws -> [Station] {
        try db.query("""
            SELECT id, code, kind, name, parent_id, district, address, phone, base_url, case_prefix
            FROM station WHERE retired_at IS NULL ORDER BY kind DESC, name
            """) { Self.station(from: $0) }
    }

    /// Adds an outpost (联络点) under this station.
    @discardableResult
    public func addOutpost(name: String, district: String = "", phone: String = "") throws -> Station {
        let clean = try TextNormalizer.field(name, name: Bilingual("联络点名称", "Outpost name"), limit: FieldLimits.shortText, required: true)
        let id = newKey(), stamp = timestamp()
        let code = PersonalCode.generate(.station).identifier
        try db.write {
            try db.execute("""
                INSERT INTO station(id, code, kind, name, parent_id, district, phone, case_prefix, created_at, updated_at)
                VALUES (?, ?, 'outpost', ?, ?, ?, ?, ?, ?, ?)
                """, id, code, clean, station.id, district, phone, station.casePrefix, stamp, stamp)
        }
        return Station(id: id, code: code, kind: .outpost, name: clean, parentID: station.id, district: district,
                       phone: phone, casePrefix: station.casePrefix)
    }
}
