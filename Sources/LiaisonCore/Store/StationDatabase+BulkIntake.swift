import Foundation

/// Many intakes written in one transaction (imports). Each row is validated
/// as `recordIntake` validates it and gets its keys, case number, deadline,
/// search tokens and pinyin keys in Swift; a writer thread puts it in a
/// temporary staging table while the caller reads the next rows; at the end a
/// few INSERT…SELECT statements write visitors, personal rows, cases, first
/// events, opinions and their search documents, as the sqlite3 shell would.
/// Write observers (sync capture) see every row of the real tables.
extension StationDatabase {
    func bulkIntake<T>(source: String, chunk: Int = BulkIntake.chunk, _ body: (BulkIntake) throws -> T) throws -> T {
        try db.write {
            let intake = try BulkIntake(store: self, source: source, chunk: chunk)
            do {
                let result = try body(intake)
                try intake.finish()
                try rebuildPendingReportFacts()   // report facts of the imported cases (migration "report")
                return result
            } catch {
                intake.loader.settle()   // no rollback while the writer thread still steps
                try? db.executeScript("DROP TABLE IF EXISTS temp.bulk_intake")
                throw error
            }
        }
    }

    /// Runs a large write (an import and the FTS merge after it) with a 256 MB
    /// page cache, then puts the connection's own size back. With the default
    /// 2 MB, the index and FTS pages a million rows keep rewriting spill to the
    /// WAL and are read back from it over and over (the writer's time went to
    /// finding frames in a WAL of several GB). Pages are only cached as used:
    /// a small import stays small.
    func withImportCache<T>(_ body: () throws -> T) throws -> T {
        let saved = try db.scalarInt("PRAGMA main.cache_size"), savedTemp = try db.scalarInt("PRAGMA temp.cache_size")
        try db.executeScript("PRAGMA main.cache_size = \(Self.importCacheSize)")
        defer { try? db.executeScript("PRAGMA main.cache_size = \(saved); PRAGMA temp.cache_size = \(savedTemp);") }
        return try body()
    }

    /// `PRAGMA cache_size` during an import (negative: KiB); the bench's shell anchor uses the same.
    public static let importCacheSize = -262_144

    /// Import keys already stored that start with `prefix` (an index range, not a scan).
    func importKeys(prefix: String) throws -> Set<String> {
        var upper = Array(prefix.utf8)
        upper[upper.count - 1] += 1
        var keys = Set<String>()
        try db.forEach("SELECT import_key FROM opinion WHERE import_key >= ? AND import_key < ?",
                       [.text(prefix), .text(String(decoding: upper, as: UTF8.self))]) { row in
            keys.insert(row.string(0))
            return true
        }
        return keys
    }
}

/// The open bulk write of `StationDatabase.bulkIntake`.
final class BulkIntake {
    let store: StationDatabase
    let loader: BulkLoader
    let source: String
    private var counters: [Int: Int] = [:]
    private var usedYears = Set<Int>()
    private let searchFrom: Int?
    private let pinyin: Pinyin?
    private var knownKeys = Set<String>()
    private var keysLoaded = Set<String>()
    /// True when the staged rows' report facts are written with them (see `factsFollowRegistration`).
    private var factsInSQL: Bool?

    static let insertStaged: StaticString = """
        INSERT INTO temp.bulk_intake(first, v_id, v_name, v_anonymous, v_community, v_grid, v_group_size, phone, phone_key,
            resident_id, stamp, c_id, c_number, c_title, category, level, urgency, deadline, e_id, o_id, o_text, o_rep, o_session,
            o_consultation, o_clause, o_position, import_key, v_initials, v_full, v_uni, v_bi, c_uni, c_bi, o_uni, o_bi)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    init(store: StationDatabase, source: String, chunk: Int = BulkIntake.chunk) throws {
        self.store = store
        self.source = source
        self.chunkSize = max(1, chunk)
        loader = BulkLoader(db: store.db)
        for (year, last) in try store.db.query("SELECT year, last FROM case_counter WHERE station_id = ?",
                                                [.text(store.station.id)], { ($0.int(0), $0.int(1)) }) {
            counters[year] = last
        }
        let queued = try store.hasSearchQueue()
        searchFrom = queued ? try store.db.scalarInt("SELECT COALESCE(MAX(seq), 0) FROM search_pending") : nil
        pinyin = queued ? SearchPinyin.shared() : nil
        try store.db.executeScript("""
            DROP TABLE IF EXISTS temp.bulk_intake;
            CREATE TEMP TABLE bulk_intake (
                first INTEGER, v_id TEXT, v_name TEXT, v_anonymous INTEGER, v_community TEXT, v_grid TEXT, v_group_size INTEGER,
                phone TEXT, phone_key TEXT, resident_id TEXT, stamp TEXT, c_id TEXT, c_number TEXT, c_title TEXT, category TEXT,
                level TEXT, urgency TEXT, deadline TEXT, e_id TEXT, o_id TEXT, o_text TEXT, o_rep TEXT, o_session TEXT,
                o_consultation TEXT, o_clause TEXT, o_position TEXT, import_key TEXT, v_initials TEXT, v_full TEXT,
                v_uni TEXT, v_bi TEXT, c_uni TEXT, c_bi TEXT, o_uni TEXT, o_bi TEXT);
            """)
        // The staging table lives in the temp database (a chunk of 25,000 rows is some 30 MB), whose cache
        // is its own: set now that it is open (`withImportCache` puts it back), else every chunk spills to disk.
        try store.db.executeScript("PRAGMA temp.cache_size = -65536")
    }

    /// True when an opinion with this import key is stored or was added in this write.
    /// Stored keys are read once per prefix (before the writer thread starts).
    func contains(importKey key: String, prefix: String) throws -> Bool {
        if !keysLoaded.contains(prefix) {
            try loader.drain()
            knownKeys.formUnion(try store.importKeys(prefix: prefix))
            keysLoaded.insert(prefix)
        }
        return knownKeys.contains(key)
    }

    /// Validates one intake exactly as `recordIntake` does (same errors), then
    /// queues its rows. `at` is the intake's moment (nil: the store's clock).
    /// Always a new visitor and new cases (`existingVisitorID`, `linkToCaseID`
    /// are the desk's, through `recordIntake`).
    func add(_ request: IntakeRequest, importKey: String?, at: Date?) throws {
        let store = self.store
        let v = request.visitor
        let checked = try store.validateIntake(request)
        let (name, phone, residentID, community, grid, texts) =
            (checked.name, checked.phone, checked.residentID, checked.community, checked.grid, checked.texts)
        let phoneKey = PhoneNumber.key(phone)
        let moment = at ?? store.now()
        let stamp = LocalInstant(moment).text
        let day = StationTime.date(of: stamp) ?? store.today
        let visitorID = store.keys.next(at: moment)
        let anonymous = v.anonymous || name.isEmpty
        let storedName = anonymous ? "" : name
        // Tokens and pinyin keys are made here, beside the reading of rows: the
        // writer thread (the critical path) only binds and steps.
        let visitorTokens = storedName.isEmpty ? ("", "") : SearchTokens.columns(storedName)
        let nameKeys = storedName.isEmpty ? nil : pinyin.map { SearchPinyin.keys(of: storedName, pinyin: $0) }
        for (i, o) in request.opinions.enumerated() {
            let level = o.handlingLevel ?? store.category(o.category)?.defaultLevel ?? .station
            let number = nextCaseNumber(year: day.year)
            let deadline = store.slaDeadline(category: o.category, from: day).description
            let caseID = store.keys.next(at: moment)
            let eventID = store.keys.next(at: moment)
            let opinionID = store.keys.next(at: moment)
            let key = importKey.map { request.opinions.count > 1 ? "\($0)#\(i)" : $0 }
            let text = texts[i]
            let title = PlainText.title(text)
            let clause = PlainText.line(o.clause)
            let vTokens = i > 0 ? ("", "") : visitorTokens
            let vKeys = i > 0 ? nil : nameKeys
            let caseTokens = SearchTokens.columns(number)
            let opinionTokens = SearchTokens.columns(text)
            if factsInSQL == nil {
                factsInSQL = Self.factsFollowRegistration(store: store, stamp: stamp, deadline: deadline, category: o.category, level: level)
            }
            // Values copied into the batch's arena here; the writer binds them without copies.
            try loader.typedRow(Self.insertStaged) { b in
                b.int(i == 0 ? 1 : 0); b.text(visitorID); b.text(storedName); b.int(anonymous ? 1 : 0); b.text(community)
                b.text(grid); b.int(v.groupSize); b.text(phone); b.text(phoneKey); b.text(residentID); b.text(stamp)
                b.text(caseID); b.text(number); b.text(title); b.text(o.category); b.text(level.rawValue); b.text(o.urgency.rawValue)
                b.text(deadline); b.text(eventID); b.text(opinionID); b.text(text); b.text(o.representativeID)
                b.text(request.sessionID); b.text(o.consultationID); b.text(clause); b.text(o.position.rawValue); b.text(key)
                b.text(vKeys?.initials); b.text(vKeys?.full); b.text(vTokens.0); b.text(vTokens.1)
                b.text(caseTokens.uni); b.text(caseTokens.bi); b.text(opinionTokens.uni); b.text(opinionTokens.bi)
            }
            if let key { knownKeys.insert(key) }
            try rowStaged()
        }
    }

    /// Whether a case registered by this import has, by the fold of its one
    /// event (`ReportCaseFacts`), the report facts the staging SQL writes:
    /// last event = registration, state registered, nothing answered, due = the
    /// deadline. Checked once per import on its first row; were the fold ever to
    /// say otherwise, the cases keep their "fold me" placeholders and are folded after.
    static func factsFollowRegistration(store: StationDatabase, stamp: String, deadline: String, category: String,
                                        level: HandlingLevel) -> Bool {
        let event = CaseEvent(id: "", caseID: "", sequence: 1, kind: .transition, from: nil, to: .registered, actor: "", at: stamp,
                              departmentID: nil, deadline: CivilDate(deadline), satisfaction: nil, category: category, handlingLevel: level)
        let f = ReportCaseFacts(events: [event], calendar: store.calendar)
        let expected: [SQLValue] = [.text(stamp), .text(CaseState.registered.rawValue), .integer(0), .null, .null, .null, .null,
                                    .text(deadline), .null]
        return StationDatabase.reportFactValues(f) == expected
    }

    /// `nextCaseNumber`'s text ("DS-2026-000123") from the counters held here.
    private func nextCaseNumber(year: Int) -> String {
        let next = (counters[year] ?? 0) + 1
        counters[year] = next
        usedYears.insert(year)
        return StationDatabase.caseNumber(prefix: store.station.casePrefix, year: year, sequence: next)
    }

    /// Every queued row written, the rest of the staged rows moved, the counters stored.
    func finish() throws {
        try loader.close()
        try writeStaged()
        for year in usedYears.sorted() {
            try store.db.execute("""
                INSERT INTO case_counter(station_id, year, last) VALUES (?, ?, ?)
                ON CONFLICT(station_id, year) DO UPDATE SET last = excluded.last
                """, store.station.id, year, counters[year] ?? 0)
        }
        try store.db.executeScript("DROP TABLE temp.bulk_intake")
    }

    /// Rows staged before the staged rows move on (on the writer thread, while
    /// the caller reads the next rows), so each INSERT…SELECT is large but the
    /// staging table stays small.
    static let chunk = 25_000
    private let chunkSize: Int
    private var staged = 0

    private func rowStaged() throws {
        staged += 1
        guard staged >= chunkSize else { return }
        staged = 0
        try loader.then { [self] in try writeStaged() }
    }

    /// The staged rows into the real tables (each kind in row order, as the
    /// row-by-row path writes them) and the search index, then out of staging.
    private func writeStaged() throws {
        let db = store.db
        let station = SQLValue.text(store.station.id), actor = SQLValue.text(store.actor)
        try db.execute("""
            INSERT INTO visitor(id, station_id, name, anonymous, community, grid, group_size, created_at, updated_at)
            SELECT v_id, ?, v_name, v_anonymous, v_community, v_grid, v_group_size, stamp, stamp FROM temp.bulk_intake
            WHERE first = 1 ORDER BY rowid
            """, [station])
        try db.execute("""
            INSERT INTO visitor_personal(visitor_id, phone, phone_key, resident_id, updated_at)
            SELECT v_id, phone, phone_key, resident_id, stamp FROM temp.bulk_intake WHERE first = 1 ORDER BY rowid
            """)
        try db.execute("""
            INSERT INTO cases(id, station_id, number, title, category, handling_level, urgency, state, deadline, due_date, created_at, updated_at)
            SELECT c_id, ?, c_number, c_title, category, level, urgency, 'registered', deadline, deadline, stamp, stamp
            FROM temp.bulk_intake ORDER BY rowid
            """, [station])
        if factsInSQL == true {
            // Each new case's report facts over the placeholder its row's trigger
            // made: nothing is folded afterwards.
            try db.execute("""
                INSERT INTO case_report(case_id, created_at, last_at, state, responded, due)
                SELECT c_id, stamp, stamp, 'registered', 0, deadline FROM temp.bulk_intake WHERE true ORDER BY rowid
                ON CONFLICT(case_id) DO UPDATE SET last_at = excluded.last_at, state = excluded.state,
                    responded = excluded.responded, due = excluded.due
                """)
        }
        try db.execute("""
            INSERT INTO case_event(id, case_id, seq, kind, from_state, to_state, actor, at, note, department_id, deadline,
                satisfaction, related_case_id, representative_id, category, handling_level)
            SELECT e_id, c_id, 1, 'transition', NULL, 'registered', ?, stamp, '', NULL, deadline, NULL, NULL, NULL, category, level
            FROM temp.bulk_intake ORDER BY rowid
            """, [actor])
        try db.execute("""
            INSERT INTO opinion(id, station_id, visitor_id, session_id, representative_id, case_id, text, category, handling_level,
                urgency, consultation_id, clause, position, source, import_key, created_at, created_by)
            SELECT o_id, ?, v_id, o_session, o_rep, c_id, o_text, category, level, urgency, o_consultation, o_clause, o_position,
                ?, import_key, stamp, ? FROM temp.bulk_intake ORDER BY rowid
            """, [station, .text(source), actor])
        if let searchFrom { try indexSearch(queuedAfter: searchFrom) }
        try db.execute("DELETE FROM temp.bulk_intake")
    }

    /// What the queue drain would make of the new rows — pinyin name keys, a
    /// search document per visitor, case and opinion with tokens, docids in row
    /// order per kind — from the staged tokens; the new rows leave the queue.
    /// Rows queued before this write, and other kinds, stay for the drain.
    private func indexSearch(queuedAfter seq: Int) throws {
        let db = store.db
        if pinyin != nil {
            try db.execute("""
                INSERT OR REPLACE INTO search_name(visitor_id, initials, full)
                SELECT v_id, v_initials, v_full FROM temp.bulk_intake WHERE first = 1 AND v_initials IS NOT NULL ORDER BY rowid
                """)
        }
        let sources = [("visitor", "v_id", "v_uni", "v_bi", "first = 1 AND v_uni <> ''"),
                       ("case", "c_id", "c_uni", "c_bi", "c_uni <> ''"),
                       ("opinion", "o_id", "o_uni", "o_bi", "o_uni <> ''")]
        for (kind, ref, uni, bi, condition) in sources {
            guard let fts = StationDatabase.ftsTable(kind) else { continue }
            let base = try db.scalarInt("SELECT COALESCE(MAX(docid), 0) FROM search_doc")
            try db.execute("""
                INSERT INTO search_doc(docid, kind, ref_id)
                SELECT \(base) + ROW_NUMBER() OVER (ORDER BY rowid), '\(kind)', \(ref) FROM temp.bulk_intake WHERE \(condition) ORDER BY rowid
                """)
            try db.execute("""
                INSERT INTO \(fts)(rowid, uni, bi)
                SELECT \(base) + ROW_NUMBER() OVER (ORDER BY rowid), \(uni), \(bi) FROM temp.bulk_intake WHERE \(condition) ORDER BY rowid
                """)
        }
        try db.execute("DELETE FROM search_pending WHERE seq > \(seq) AND kind IN ('visitor', 'case', 'opinion')")
    }
}
