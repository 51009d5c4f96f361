/// Keeping the search index: triggers queue changed rows in `search_pending`;
/// this drains the queue into the FTS5 tables and the pinyin name keys.
extension StationDatabase {
    /// Indexes every queued row, in transactions of `batch` rows so other
    /// desks are never held up long. Returns how many rows were indexed.
    @discardableResult
    public func updateSearchIndex(batch: Int = 5_000, pinyin: Pinyin? = SearchPinyin.shared()) throws -> Int {
        var total = 0
        // A bulk loader that fills the index itself may not know representatives: queue them all once.
        if try db.scalarInt("""
            SELECT NOT EXISTS(SELECT 1 FROM search_rep_name) AND NOT EXISTS(SELECT 1 FROM search_pending WHERE kind = 'representative')
                AND EXISTS(SELECT 1 FROM representative WHERE retired_at IS NULL)
            """) == 1, pinyin != nil {
            try db.write {
                try db.execute("INSERT INTO search_pending(kind, ref_id) SELECT 'representative', id FROM representative ORDER BY created_at")
            }
        }
        // A cheap read first: most searches find nothing queued and take no write lock.
        while try db.scalarInt("SELECT EXISTS(SELECT 1 FROM search_pending)") == 1 {
            let done = try db.write { try indexPendingBatch(limit: batch, pinyin: pinyin) }
            total += done
            if done < batch { break }
        }
        return total
    }

    /// Rows still waiting to be indexed.
    public func pendingSearchRows() throws -> Int {
        try db.scalarInt("SELECT COUNT(*) FROM search_pending")
    }

    /// Merges each FTS table into one segment (`Schema.optimizeSearchTables`):
    /// call after a bulk load has committed (about 11 s for 1M opinions). Its
    /// own write transaction: FTS5 keeps a reader open until commit, and SQL
    /// functions cannot be registered while it is open.
    public func optimizeSearchIndex() throws {
        try db.write { try db.executeScript(Schema.optimizeSearchTables) }
    }

    /// Merges the FTS tables of these kinds only.
    func optimizeSearchIndex(kinds: [String]) throws {
        try db.write {
            for fts in kinds.compactMap(Self.ftsTable) { try db.execute("INSERT INTO \(fts)(\(fts)) VALUES ('optimize')") }
        }
    }

    /// FTS segments of the opinion index (1 after `optimizeSearchIndex`).
    public func opinionIndexSegments() throws -> Int {
        try db.scalarInt("SELECT COUNT(DISTINCT segid) FROM search_opinion_idx")
    }

    private func indexPendingBatch(limit: Int, pinyin: Pinyin?) throws -> Int {
        let pending = try db.query("SELECT seq, kind, ref_id FROM search_pending ORDER BY seq LIMIT ?",
                                   [.integer(Int64(limit))]) { (seq: $0.int64(0), kind: $0.string(1), ref: $0.string(2)) }
        guard let last = pending.last else { return 0 }
        for item in pending {
            let text: String?
            switch item.kind {
            case "opinion":
                text = try db.scalarString("SELECT text FROM opinion WHERE id = ?", [.text(item.ref)])
            case "case":
                text = try db.scalarString("SELECT number FROM cases WHERE id = ?", [.text(item.ref)])
            case "visitor":
                let name = try db.scalarString("SELECT name FROM visitor WHERE id = ? AND anonymous = 0", [.text(item.ref)])
                text = name
                if let name, !name.isEmpty, let pinyin {
                    let keys = SearchPinyin.keys(of: name, pinyin: pinyin)
                    try db.execute("INSERT OR REPLACE INTO search_name(visitor_id, initials, full) VALUES (?, ?, ?)",
                                   item.ref, keys.initials, keys.full)
                } else {
                    try db.execute("DELETE FROM search_name WHERE visitor_id = ?", item.ref)
                }
            case "representative":
                let row = try db.queryOne("SELECT name, district, delegation_group FROM representative WHERE id = ? AND retired_at IS NULL",
                                          [.text(item.ref)]) { (name: $0.string(0), rest: $0.string(1) + " " + $0.string(2)) }
                text = row.map { $0.name + " " + $0.rest }
                if let row, let pinyin {
                    let keys = SearchPinyin.keys(of: row.name, pinyin: pinyin)
                    try db.execute("INSERT OR REPLACE INTO search_rep_name(representative_id, initials, full) VALUES (?, ?, ?)",
                                   item.ref, keys.initials, keys.full)
                } else {
                    try db.execute("DELETE FROM search_rep_name WHERE representative_id = ?", item.ref)
                }
            default:
                text = nil
            }
            guard let table = Self.ftsTable(item.kind) else { continue }
            // A re-indexed row gets a fresh doc; the old doc's postings stay but no longer join.
            try db.execute("DELETE FROM search_doc WHERE ref_id = ? AND kind = ?", item.ref, item.kind)
            guard let text, !text.isEmpty else { continue }
            let columns = SearchTokens.columns(text)
            guard !columns.uni.isEmpty else { continue }
            guard let docid = try db.queryOne("INSERT INTO search_doc(kind, ref_id) VALUES (?, ?) RETURNING docid",
                                              [.text(item.kind), .text(item.ref)], { $0.int64(0) }) else { continue }
            try db.execute("INSERT INTO \(table)(rowid, uni, bi) VALUES (?, ?, ?)", docid, columns.uni, columns.bi)
        }
        try db.execute("DELETE FROM search_pending WHERE seq <= ?", last.seq)
        return pending.count
    }

    static func ftsTable(_ kind: String) -> String? {
        switch kind {
        case "opinion": return "search_opinion"
        case "case": return "search_case"
        case "visitor": return "search_visitor"
        case "representative": return "search_representative"
        default: return nil
        }
    }
}
