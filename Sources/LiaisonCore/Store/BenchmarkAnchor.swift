import CSQLite3

/// Raw SQLite doing the same work as a measured operation, through the same
/// `Database` layer but without Liaison's models, checks or observers: the
/// anchors `liaison-bench` prints beside its figures. Not used by the app.
public enum BenchmarkAnchor {
    /// The point lookup behind a scan: a representative by code.
    public static func representativeLookup(_ store: StationDatabase, code: String) throws -> String? {
        try store.db.queryOne("SELECT id, name, station_id FROM representative WHERE code = ?", [.text(code)]) { $0.string(0) }
    }

    /// The default queue page (`cases(CaseQuery())`): same SQL, rows stepped, no models.
    public static func queuePage(_ store: StationDatabase) throws -> Int {
        var n = 0
        try store.db.forEach("""
            SELECT c.id, c.number, c.title, c.state, c.due_date, d.name FROM cases c LEFT JOIN department d ON d.id = c.department_id
            ORDER BY c.state NOT IN ('registered','triaged','dispatched','reopened'), c.due_date, c.created_at DESC
            LIMIT 200 OFFSET 0
            """) { _ in n += 1; return true }
        return n
    }

    /// A durable intake's rows (visitor, personal row, case counter, case, first
    /// event, opinion) in one BEGIN IMMEDIATE … COMMIT at synchronous=FULL.
    public static func durableIntake(_ store: StationDatabase, serial: Int) throws {
        let db = store.db
        let key = store.newKey(), stamp = store.timestamp()
        let station = store.station.id
        try db.executeScript("BEGIN IMMEDIATE")
        do {
            try db.execute("""
                INSERT INTO visitor(id, station_id, name, community, created_at, updated_at) VALUES (?, ?, '王小明', '清溪社区', ?, ?)
                """, key + "V", station, stamp, stamp)
            try db.execute("INSERT INTO visitor_personal(visitor_id, phone, phone_key, updated_at) VALUES (?, '13812345678', '13812345678', ?)",
                           key + "V", stamp)
            let last = try db.queryOne("""
                INSERT INTO case_counter(station_id, year, last) VALUES (?, 9999, 1)
                ON CONFLICT(station_id, year) DO UPDATE SET last = last + 1 RETURNING last
                """, [.text(station)]) { $0.int(0) } ?? 1
            try db.execute("""
                INSERT INTO cases(id, station_id, number, title, category, handling_level, state, deadline, due_date, created_at, updated_at)
                VALUES (?, ?, ?, '小区路灯坏了', 'livelihood', 'township', 'registered', '2099-01-01', '2099-01-01', ?, ?)
                """, key + "C", station, "ANCHOR-\(serial)-\(last)", stamp, stamp)
            try db.execute("""
                INSERT INTO case_event(id, case_id, seq, kind, to_state, actor, at, deadline, category, handling_level)
                VALUES (?, ?, 1, 'transition', 'registered', 'bench', ?, '2099-01-01', 'livelihood', 'township')
                """, key + "E", key + "C", stamp)
            try db.execute("""
                INSERT INTO opinion(id, station_id, visitor_id, case_id, text, category, handling_level, created_at)
                VALUES (?, ?, ?, ?, '小区路灯坏了，晚上看不见路', 'livelihood', 'township', ?)
                """, key + "O", station, key + "V", key + "C", stamp)
            try db.executeScript("COMMIT")
        } catch {
            try? db.executeScript("ROLLBACK")
            throw error
        }
    }

    /// The sqlite3 shell's side of the import comparison: `.import` the CSV into
    /// a staging table, then INSERT…SELECT the same rows our importer writes
    /// (visitor, personal row, case, first event, opinion; the queue triggers
    /// fire as for ours) and the search index ours builds — visitor pinyin keys,
    /// visitor, case and opinion documents and FTS rows — from token and pinyin
    /// columns precomputed in the CSV. Secondary indexes exist throughout. Like
    /// ours it writes each case's report facts (migration "report"; before the
    /// case row, as the shell's foreign keys are off, so the placeholder trigger
    /// finds them) and merges the FTS tables into one segment after the commit,
    /// with the page cache our import uses (`importCacheSize`).
    public static func shellImportScript(csvPath: String) -> String {
        """
        .bail on
        PRAGMA cache_size = \(StationDatabase.importCacheSize);
        .mode csv
        .import '\(csvPath.replacingOccurrences(of: "'", with: "''"))' staging
        BEGIN;
        INSERT INTO visitor(id, station_id, name, anonymous, community, created_at, updated_at)
            SELECT printf('V%019d', rowid), (SELECT value FROM meta WHERE key = 'station_id'), "姓名", "姓名" = '', "社区",
                   "日期" || 'T09:00:00.000+08:00', "日期" || 'T09:00:00.000+08:00' FROM staging;
        INSERT INTO visitor_personal(visitor_id, phone, phone_key, updated_at)
            SELECT printf('V%019d', rowid), "电话", "电话", "日期" || 'T09:00:00.000+08:00' FROM staging;
        INSERT INTO case_report(case_id, created_at, last_at, state, responded, due)
            SELECT printf('C%019d', rowid), "日期" || 'T09:00:00.000+08:00', "日期" || 'T09:00:00.000+08:00', 'registered', 0,
                   date("日期", '+14 days') FROM staging;
        INSERT INTO cases(id, station_id, number, title, category, handling_level, state, deadline, due_date, created_at, updated_at)
            SELECT printf('C%019d', rowid), (SELECT value FROM meta WHERE key = 'station_id'),
                   printf('DS-%s-%06d', substr("日期", 1, 4), rowid), substr("内容", 1, 40), "分类", 'township', 'registered',
                   date("日期", '+14 days'), date("日期", '+14 days'), "日期" || 'T09:00:00.000+08:00', "日期" || 'T09:00:00.000+08:00'
            FROM staging;
        INSERT INTO case_event(id, case_id, seq, kind, to_state, actor, at, deadline, category, handling_level)
            SELECT printf('E%019d', rowid), printf('C%019d', rowid), 1, 'transition', 'registered', 'import',
                   "日期" || 'T09:00:00.000+08:00', date("日期", '+14 days'), "分类", 'township' FROM staging;
        INSERT INTO opinion(id, station_id, visitor_id, case_id, text, category, handling_level, source, import_key, created_at)
            SELECT printf('O%019d', rowid), (SELECT value FROM meta WHERE key = 'station_id'), printf('V%019d', rowid),
                   printf('C%019d', rowid), "内容", "分类", 'township', 'import', printf('csv:%016d', rowid),
                   "日期" || 'T09:00:00.000+08:00' FROM staging;
        INSERT INTO search_name(visitor_id, initials, full)
            SELECT printf('V%019d', rowid), initials, "full" FROM staging WHERE "姓名" <> '' ORDER BY rowid;
        INSERT INTO search_doc(kind, ref_id) SELECT 'visitor', printf('V%019d', rowid) FROM staging WHERE v_uni <> '' ORDER BY rowid;
        INSERT INTO search_visitor(rowid, uni, bi)
            SELECT d.docid, s.v_uni, s.v_bi FROM staging s JOIN search_doc d ON d.ref_id = printf('V%019d', s.rowid) AND d.kind = 'visitor';
        INSERT INTO search_doc(kind, ref_id) SELECT 'case', printf('C%019d', rowid) FROM staging ORDER BY rowid;
        INSERT INTO search_case(rowid, uni, bi)
            SELECT d.docid, s.c_uni, s.c_bi FROM staging s JOIN search_doc d ON d.ref_id = printf('C%019d', s.rowid) AND d.kind = 'case';
        INSERT INTO search_doc(kind, ref_id) SELECT 'opinion', printf('O%019d', rowid) FROM staging ORDER BY rowid;
        INSERT INTO search_opinion(rowid, uni, bi)
            SELECT d.docid, s.uni, s.bi FROM staging s JOIN search_doc d ON d.ref_id = printf('O%019d', s.rowid) AND d.kind = 'opinion';
        DELETE FROM search_pending;
        COMMIT;
        BEGIN;
        \(Schema.optimizeSearchTables)
        COMMIT;
        """
    }

    /// The search columns the shell reads from the CSV (uni, bi, v_uni, v_bi,
    /// c_uni, c_bi, initials, full): what our importer computes while importing.
    public static func shellSearchColumns(text: String, name: String, caseNumber: String, pinyin: Pinyin?) -> [String] {
        let opinion = SearchTokens.columns(text)
        let visitor = name.isEmpty ? (uni: "", bi: "") : SearchTokens.columns(name)
        let number = SearchTokens.columns(caseNumber)
        let keys = name.isEmpty ? nil : pinyin.map { SearchPinyin.keys(of: name, pinyin: $0) }
        return [opinion.uni, opinion.bi, visitor.uni, visitor.bi, number.uni, number.bi, keys?.initials ?? "", keys?.full ?? ""]
    }

    /// Opinions to write the import benchmark's CSV from (no personal fields:
    /// the bench makes up phone numbers).
    public static func importRows(_ store: StationDatabase, limit: Int)
        throws -> [(date: String, name: String, community: String, text: String, category: String)] {
        try store.db.query("""
            SELECT substr(o.created_at, 1, 10), v.name, v.community, o.text, o.category
            FROM opinion o JOIN visitor v ON v.id = o.visitor_id ORDER BY o.rowid LIMIT ?
            """, [.integer(Int64(limit))]) { ($0.string(0), $0.string(1), $0.string(2), $0.string(3), $0.string(4)) }
    }
}
