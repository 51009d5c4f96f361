import Foundation

/// The searchable texts a bulk load wrote, in row order per table (a table's
/// rowid order is the order the loader was given its rows).
final class BulkSearchTexts: @unchecked Sendable {
    /// Named visitors only (anonymous ones have no document).
    var visitors: [(id: String, name: String)] = []
    var caseNumbers: [String] = []
    var opinions: [String] = []
}

/// Builds a bulk load's visitor, case and opinion search indexes (and the
/// visitors' pinyin keys) in a scratch database, on its own thread and
/// connection, while the load's connection rebuilds its other indexes and
/// counters: at a million opinions the two cores then share work one of them
/// did alone. The finished FTS5 tables are copied in row for row (their shadow
/// tables), which gives the same index as building them in place.
///
/// The load's connection must not have used these FTS tables before the copy
/// nor use them after it: FTS5 caches a table's structure per connection.
/// The load closes that connection afterwards.
final class BulkSearchBuilder: @unchecked Sendable {
    static let schema = "bulk_search"
    static let kinds = ["visitor", "case", "opinion"]

    let path: String
    private let texts: BulkSearchTexts
    private let firstDocid: Int
    /// CREATE statements of the FTS tables and of search_name, from the station's schema.
    private let definitions: [(name: String, sql: String)]
    private let nameTable: String
    private let pinyin: Pinyin?
    private let done = DispatchGroup()
    private var failure: Error?
    /// Documents made per kind (docids `firstDocid + 1…` in kind order).
    private(set) var documents: [String: Int] = [:]

    init(path: String, texts: BulkSearchTexts, firstDocid: Int, definitions: [(name: String, sql: String)],
         nameTable: String, pinyin: Pinyin?) {
        self.path = path
        self.texts = texts
        self.firstDocid = firstDocid
        self.definitions = definitions
        self.nameTable = nameTable
        self.pinyin = pinyin
    }

    func start() {
        DispatchQueue.global().async(group: done) { [self] in
            do { try build() } catch { failure = error }
        }
    }

    /// Waits for the build; its error, if any.
    func finish() throws {
        done.wait()
        if let failure { throw failure }
    }

    private func build() throws {
        let db = try Database(path: path, create: true)
        try db.executeScript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;")
        try db.write {
            for d in definitions { try db.executeScript(d.sql) }
            try db.executeScript(nameTable)
        }
        let tables = Self.kinds.compactMap(StationDatabase.ftsTable)
        try StationDatabase.bulkFTSSettings(on: true, db: db)
        try db.write {
            var docid = firstDocid
            func index(_ kind: String, _ text: String) throws {
                guard !text.isEmpty, SearchTokens.hasToken(text), let fts = StationDatabase.ftsTable(kind) else { return }
                docid += 1
                documents[kind, default: 0] += 1
                let columns = SearchTokens.columns(text)
                try db.execute("INSERT INTO \(fts)(rowid, uni, bi) VALUES (?, ?, ?)", docid, columns.uni, columns.bi)
            }
            for v in texts.visitors { try index("visitor", v.name) }
            for number in texts.caseNumbers { try index("case", number) }
            for text in texts.opinions { try index("opinion", text) }
            if let pinyin {
                for v in texts.visitors {
                    let keys = SearchPinyin.keys(of: v.name, pinyin: pinyin)
                    try db.execute("INSERT OR REPLACE INTO search_name(visitor_id, initials, full) VALUES (?, ?, ?)",
                                   v.id, keys.initials, keys.full)
                }
            }
        }
        // FTS5's defaults again (the copy carries the settings), then one segment per table.
        try StationDatabase.bulkFTSSettings(on: false, db: db)
        try db.write { for t in tables { try db.execute("INSERT INTO \(t)(\(t)) VALUES ('optimize')") } }
    }

    /// Copies the built tables into the load's (attached as `bulk_search`), inside its transaction.
    func copy(into db: Database) throws {
        for fts in Self.kinds.compactMap(StationDatabase.ftsTable) {
            let shadows = try db.query("""
                SELECT name FROM \(Self.schema).sqlite_master WHERE type = 'table' AND name LIKE '\(fts)\\_%' ESCAPE '\\'
                """) { $0.string(0) }
            for shadow in shadows {
                try db.execute("DELETE FROM main.\(shadow)")
                try db.execute("INSERT INTO main.\(shadow) SELECT * FROM \(Self.schema).\(shadow)")
            }
        }
        try db.execute("INSERT OR REPLACE INTO main.search_name SELECT visitor_id, initials, full FROM \(Self.schema).search_name")
    }

    /// The scratch file and its companions, gone.
    func remove() {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
