import Foundation

/// Creating a NEW station database and filling it in bulk (synthetic data).
extension StationDatabase {
    /// Like `create`, but every random part (site tag, station code, keys) comes
    /// from the caller, so a seeded generator makes the same file every time.
    public static func createSeeded(path: String, home: Station, siteTag: String, keySeed: UInt64,
                                    reference: ReferenceData, now: Date) throws -> StationDatabase {
        switch DatabaseFile.inspect(path: path) {
        case .missing, .empty: break
        default: throw StoreError.alreadyExists(path: path)
        }
        let db = try Migrator.open(path: path, createIfMissing: true)
        var keys = EntityKeyGenerator(siteTag: siteTag, seed: keySeed)
        let stamp = StationTime.format(now)
        try db.write {
            try db.execute("INSERT INTO meta(key, value) VALUES ('station_id', ?), ('site_tag', ?), ('created_at', ?)",
                           home.id, siteTag, stamp)
            try db.execute("""
                INSERT INTO station(id, code, kind, name, district, address, phone, case_prefix, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, home.id, home.code, home.kind.rawValue, home.name, home.district, home.address, home.phone,
                           home.casePrefix, stamp, stamp)
            // Departments get keys from the seeded generator at `now` (syncReference would use the wall clock).
            var categoriesOnly = reference
            categoriesOnly.departments = []
            try syncReference(db, reference: categoriesOnly, keys: &keys, stamp: stamp)
            for d in reference.departments {
                try db.execute("INSERT INTO department(id, name, kind, phone, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING",
                               keys.next(at: now), d.name, d.kind, d.phone, stamp)
            }
        }
        return try StationDatabase(path: path, reference: reference)
    }

    /// Fills a freshly created database through a `BulkLoader` in one
    /// transaction, then rebuilds the secondary indexes and the search index.
    /// Write observers (sync) are not told: a generated database is new data,
    /// not changes to send. Refuses a database that already holds opinions.
    /// `searchInBulk` false drains the search queue row by row instead (tests compare the two).
    public func bulkLoad(searchInBulk allowBulkSearch: Bool = true, _ fill: (BulkLoader) throws -> Void) throws {
        guard try db.scalarInt("SELECT COUNT(*) FROM opinion") == 0 else { throw StoreError.alreadyExists(path: path) }
        let observers = db.writeObservers
        db.writeObservers = []
        defer { db.writeObservers = observers }
        let loader = BulkLoader(db: db)
        try loader.prepare()
        let searchInBulk = try allowBulkSearch && canBuildSearchIndexInBulk()
        do {
            try db.write {
                try loader.dropIndexes(searchInBulk: searchInBulk)
                do {
                    try fill(loader)
                } catch {
                    loader.settle()   // no rollback while the writer thread still steps
                    throw error
                }
                try loader.rebuildIndexes()
                if searchInBulk { try buildSearchIndexInBulk() }
                // Kinds the bulk builder does not know (representatives…) drain through the queue.
                if try hasSearchQueue() { try updateSearchIndex(batch: 1_000_000) }
            }
        } catch {
            try? loader.restore()
            throw error
        }
        try loader.restore()
        try loadCategories()
    }

    func hasSearchQueue() throws -> Bool {
        try db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'search_pending'") == 1
    }
}
