import CSQLite3

/// The search index of a bulk-loaded database, built the way the queue drain
/// (`updateSearchIndex`) builds it — the same documents, tokens and pinyin
/// keys, docids in insertion order per kind — but in a few INSERT…SELECT
/// statements. One row at a time, every statement makes FTS5 flush its pending
/// terms at the statement's savepoint, which costs more than the tokens.
extension StationDatabase {
    /// True when the schema has exactly the search tables this builder knows.
    func canBuildSearchIndexInBulk() throws -> Bool {
        let names = Set(try db.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.string(0) })
        return ["search_pending", "search_doc", "search_name", "search_opinion", "search_case", "search_visitor"]
            .allSatisfy(names.contains)
    }

    /// `withTokens` false writes the documents only (a `BulkSearchBuilder` makes the FTS rows and pinyin keys).
    func buildSearchIndexInBulk(pinyin: Pinyin? = SearchPinyin.shared(), withTokens: Bool = true) throws {
        // Pinyin name keys first: a plain table, before any FTS table joins the transaction.
        if withTokens, let pinyin {
            try db.forEach("SELECT id, name FROM visitor WHERE anonymous = 0 AND name <> '' ORDER BY rowid") { row in
                let keys = SearchPinyin.keys(of: row.string(1), pinyin: pinyin)
                try db.execute("INSERT OR REPLACE INTO search_name(visitor_id, initials, full) VALUES (?, ?, ?)",
                               row.string(0), keys.initials, keys.full)
                return true
            }
        }
        let tokens = SearchTokenFunctions()
        try tokens.register(on: db)
        defer { tokens.unregister(from: db) }
        let sources = [("visitor", "visitor", "name", "anonymous = 0 AND name <> ''"),
                       ("case", "cases", "number", "number <> ''"),
                       ("opinion", "opinion", "text", "text <> ''")]
        // Docids numbered from the rows in order, so the FTS rows come from the
        // table itself: joining a million documents back to their rows by key cost more than tokens.
        for (kind, table, column, condition) in sources {
            let base = try db.scalarInt("SELECT COALESCE(MAX(docid), 0) FROM search_doc")
            let rows = "FROM \(table) WHERE \(condition) AND liaison_has_token(\(column)) ORDER BY rowid"
            // Each new docid is the largest so far plus one, so these are base + 1, base + 2, … in row
            // order, as ROW_NUMBER() numbers the FTS rows below (without a window over a million rows).
            try db.execute("INSERT INTO search_doc(kind, ref_id) SELECT '\(kind)', id \(rows)")
            guard withTokens, let fts = Self.ftsTable(kind) else { continue }
            try db.execute("""
                INSERT INTO \(fts)(rowid, uni, bi)
                SELECT \(base) + ROW_NUMBER() OVER (ORDER BY rowid), liaison_uni(\(column)), liaison_bi(\(column)) \(rows)
                """)
        }
        try db.execute("DELETE FROM search_pending WHERE kind IN ('visitor', 'case', 'opinion')")
    }

    /// While the index is built in bulk, FTS5 neither merges segments as it
    /// goes (`automerge` 0: the load ends with one merge) nor flushes its
    /// pending terms every megabyte (`hashsize`): both halve the build. The
    /// settings are stored in each table, so they go back to FTS5's defaults.
    /// Each change in its own transaction: FTS5 keeps a statement open until
    /// commit, and SQL functions cannot be registered again while it is.
    func bulkFTSSettings(on: Bool) throws {
        try Self.bulkFTSSettings(on: on, db: db)
    }

    /// The same on any connection (the scratch database of `BulkSearchBuilder`).
    static func bulkFTSSettings(on: Bool, db: Database) throws {
        try db.write {
            for fts in BulkSearchBuilder.kinds.compactMap(ftsTable) {
                try db.execute("INSERT INTO \(fts)(\(fts), rank) VALUES ('automerge', ?)", on ? 0 : ftsDefaultAutomerge)
                try db.execute("INSERT INTO \(fts)(\(fts), rank) VALUES ('hashsize', ?)", on ? 256 << 20 : ftsDefaultHashSize)
            }
        }
    }

    static let ftsDefaultAutomerge = 4
    static let ftsDefaultHashSize = 1 << 20
}

/// `SearchTokens.columns` as SQL functions. SQLite asks for `uni` then `bi`
/// of the same row, so the last text's columns are kept for the second call.
final class SearchTokenFunctions {
    var lastText = ""
    var lastColumns = (uni: "", bi: "")

    func columns(_ text: String) -> (uni: String, bi: String) {
        if text != lastText {
            lastText = text
            lastColumns = SearchTokens.columns(text)
        }
        return lastColumns
    }

    func register(on db: Database) throws {
        let me = Unmanaged.passUnretained(self).toOpaque()
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        func add(_ name: String, _ body: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void) throws {
            let rc = sqlite3_create_function_v2(db.handle, name, 1, flags, me, body, nil, nil, nil)
            guard rc == SQLITE_OK else {
                throw SQLiteError(code: rc, extendedCode: rc, message: "cannot register \(name)", sql: name)
            }
        }
        try add("liaison_uni") { context, _, values in
            guard let (owner, text) = SearchTokenFunctions.arguments(context, values) else { return sqlite3_result_null(context) }
            sqlite3_result_text(context, owner.columns(text).uni, -1, liaison_sqlite_transient())
        }
        try add("liaison_bi") { context, _, values in
            guard let (owner, text) = SearchTokenFunctions.arguments(context, values) else { return sqlite3_result_null(context) }
            sqlite3_result_text(context, owner.columns(text).bi, -1, liaison_sqlite_transient())
        }
        try add("liaison_has_token") { context, _, values in
            guard let (_, text) = SearchTokenFunctions.arguments(context, values) else { return sqlite3_result_int(context, 0) }
            sqlite3_result_int(context, SearchTokens.hasToken(text) ? 1 : 0)
        }
    }

    func unregister(from db: Database) {
        for name in ["liaison_uni", "liaison_bi", "liaison_has_token"] {
            sqlite3_create_function_v2(db.handle, name, 1, SQLITE_UTF8, nil, nil, nil, nil, nil)
        }
    }

    static func arguments(_ context: OpaquePointer?, _ values: UnsafeMutablePointer<OpaquePointer?>?)
        -> (SearchTokenFunctions, String)? {
        guard let context, let values, let raw = sqlite3_value_text(values[0]),
              let user = sqlite3_user_data(context) else { return nil }
        let owner = Unmanaged<SearchTokenFunctions>.fromOpaque(user).takeUnretainedValue()
        return (owner, String(cString: raw))
    }
}
