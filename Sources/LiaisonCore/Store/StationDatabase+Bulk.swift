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
    /// `finished` hears the name of each step as it ends (rows, search, indexes, counters, commit, report facts).
    /// `searchBeside`: the visitor, case and opinion search indexes are built on
    /// a second thread while this connection rebuilds the other indexes (see
    /// `BulkSearchBuilder`); afterwards this connection must not touch those
    /// three FTS tables (FTS5 would use its cached, empty structure): open the
    /// file again to search it. The representatives' index is built here as usual.
    public func bulkLoad(searchInBulk allowBulkSearch: Bool = true, searchBeside allowBeside: Bool = false,
                         finished: (String) -> Void = { _ in }, _ fill: (BulkLoader) throws -> Void) throws {
        guard try db.scalarInt("SELECT COUNT(*) FROM opinion") == 0 else { throw StoreError.alreadyExists(path: path) }
        let observers = db.writeObservers
        db.writeObservers = []
        defer { db.writeObservers = observers }
        let loader = BulkLoader(db: db)
        try loader.prepare()
        let searchInBulk = try allowBulkSearch && canBuildSearchIndexInBulk()
        let beside = searchInBulk && allowBeside
        var builder: BulkSearchBuilder?
        let scratch = path + "-search"
        if beside {
            for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
            // An empty file is an empty database (this connection may not create files); ATTACH cannot run inside a transaction.
            _ = FileManager.default.createFile(atPath: scratch, contents: nil)
            try db.execute("ATTACH DATABASE ? AS \(BulkSearchBuilder.schema)", scratch)
            loader.searchTexts = BulkSearchTexts()
        } else if searchInBulk {
            try bulkFTSSettings(on: true)
        }
        defer {
            if beside {
                _ = try? builder?.finish()
                try? db.execute("DETACH DATABASE \(BulkSearchBuilder.schema)")
                for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
            } else if searchInBulk {
                try? bulkFTSSettings(on: false)
            }
        }
        do {
            // Deferred: BEGIN IMMEDIATE would lock the attached scratch file the builder writes.
            try db.write(deferred: beside) {
                try loader.dropIndexes(searchInBulk: searchInBulk)
                let counters = try dropCounterTriggers()
                do {
                    try fill(loader)
                } catch {
                    loader.settle()   // no rollback while the writer thread still steps
                    throw error
                }
                try loader.drain()
                finished("rows")
                // Before the indexes come back: the search tables' own indexes are then built once, sorted.
                if beside, let texts = loader.searchTexts {
                    loader.searchTexts = nil
                    builder = try startSearchBeside(texts: texts, scratch: scratch)
                    try buildSearchIndexInBulk(withTokens: false)
                    try indexQueuedRepresentativesInBulk()
                } else if searchInBulk {
                    try buildSearchIndexInBulk()
                    try indexQueuedRepresentativesInBulk()
                }
                finished("search")
                try loader.rebuildIndexes()
                finished("indexes")
                try restoreCounterTriggers(counters)
                finished("counters")
                if let builder {
                    try builder.finish()
                    try checkSearchDocuments(madeBy: builder)
                    try builder.copy(into: db)
                    finished("search copy")
                }
                // Kinds no bulk builder knows drain through the queue.
                if try hasSearchQueue() { try updateSearchIndex(batch: 1_000_000) }
            }
            finished("commit")   // every page the load dirtied, written to the file
        } catch {
            try? loader.restore()
            throw error
        }
        try loader.restore()
        try rebuildPendingReportFacts()   // report facts of the loaded cases (migration "report")
        finished("report facts")
        try loadCategories()
    }

    private func startSearchBeside(texts: BulkSearchTexts, scratch: String) throws -> BulkSearchBuilder {
        let fts = BulkSearchBuilder.kinds.compactMap(Self.ftsTable)
        let definitions = try fts.map { name in
            (name, try tableDefinition(name) ?? "")
        }
        let nameTable = try tableDefinition("search_name") ?? ""
        let first = try db.scalarInt("SELECT COALESCE(MAX(docid), 0) FROM search_doc")
        let builder = BulkSearchBuilder(path: scratch, texts: texts, firstDocid: first, definitions: definitions,
                                        nameTable: nameTable, pinyin: SearchPinyin.shared())
        builder.start()
        return builder
    }

    /// The builder numbered its FTS rows as the documents here are numbered
    /// only if both made the same documents per kind, in the same kind order.
    private func checkSearchDocuments(madeBy builder: BulkSearchBuilder) throws {
        for kind in BulkSearchBuilder.kinds {
            let here = try db.scalarInt("SELECT COUNT(*) FROM search_doc WHERE kind = ?", [.text(kind)])
            guard here == builder.documents[kind] ?? 0 else {
                throw SQLiteError(code: 1, extendedCode: 1, message: "bulk search: \(kind) documents \(here) here, \(builder.documents[kind] ?? 0) built",
                                  sql: "search_doc")
            }
        }
    }

    /// The home-screen and report counters (migrations "tally" and "report")
    /// are kept by per-row triggers: at a million rows those cost more than
    /// counting once. The load drops them and `restoreCounterTriggers` puts
    /// them back and counts from the rows, as the migrations' backfill does.
    private func dropCounterTriggers() throws -> [String] {
        let triggers = try db.query("""
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
            AND (name LIKE 'tally\\_%' ESCAPE '\\' OR name LIKE 'report\\_%' ESCAPE '\\' OR name = 'case_report_new')
            """) { (name: $0.string(0), sql: $0.string(1)) }
        for trigger in triggers { try db.execute("DROP TRIGGER \"\(trigger.name)\"") }
        return triggers.map(\.sql)
    }

    private func restoreCounterTriggers(_ definitions: [String]) throws {
        guard !definitions.isEmpty else { return }
        for sql in definitions { try db.execute(sql) }
        if try tableDefinition("tally") != nil {
            try db.execute("DELETE FROM tally")
            try db.execute("INSERT INTO tally(kind, key, n) \(Schema.tallyRecount)")
        }
        // Written to run again: fills case_report placeholders, opinions per day and visitors from the rows.
        if try tableDefinition("case_report") != nil {
            try db.executeScript(Schema.report)
        }
    }

    /// The representatives queued during the load, indexed as the queue drain
    /// would (pinyin name keys, one document of name, district and group per
    /// representative, docids in queue order) in a few INSERT…SELECT
    /// statements: drained one by one, 87,000 of them took seconds. Left to the
    /// drain when the schema lacks these tables or a representative is queued twice.
    func indexQueuedRepresentativesInBulk(pinyin: Pinyin? = SearchPinyin.shared()) throws {
        let names = Set(try db.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.string(0) })
        guard ["search_pending", "search_doc", "search_rep_name", "search_representative"].allSatisfy(names.contains),
              let pinyin,
              try db.scalarInt("SELECT COUNT(*) = COUNT(DISTINCT ref_id) FROM search_pending WHERE kind = 'representative'") == 1,
              try db.scalarInt("SELECT NOT EXISTS(SELECT 1 FROM search_doc WHERE kind = 'representative')") == 1 else { return }
        let queued = "search_pending p JOIN representative r ON r.id = p.ref_id AND r.retired_at IS NULL WHERE p.kind = 'representative'"
        try db.forEach("SELECT r.id, r.name FROM \(queued) ORDER BY p.seq") { row in
            let keys = SearchPinyin.keys(of: row.string(1), pinyin: pinyin)
            try db.execute("INSERT OR REPLACE INTO search_rep_name(representative_id, initials, full) VALUES (?, ?, ?)",
                           row.string(0), keys.initials, keys.full)
            return true
        }
        let tokens = SearchTokenFunctions()
        try tokens.register(on: db)
        defer { tokens.unregister(from: db) }
        let text = "(r.name || ' ' || r.district || ' ' || r.delegation_group)"
        try db.execute("""
            INSERT INTO search_doc(kind, ref_id) SELECT 'representative', r.id FROM \(queued) AND liaison_has_token(\(text)) ORDER BY p.seq
            """)
        try db.execute("""
            INSERT INTO search_representative(rowid, uni, bi)
            SELECT d.docid, liaison_uni(\(text)), liaison_bi(\(text)) FROM search_doc d JOIN representative r ON r.id = d.ref_id
            WHERE d.kind = 'representative' ORDER BY d.docid
            """)
        try db.execute("DELETE FROM search_pending WHERE kind = 'representative'")
    }

    func hasSearchQueue() throws -> Bool {
        try tableDefinition("search_pending") != nil
    }

    /// A table's CREATE statement; nil when the schema has no such table.
    func tableDefinition(_ name: String) throws -> String? {
        try db.scalarString("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(name)])
    }
}
