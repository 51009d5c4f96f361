import CSQLite3
import Foundation

/// Inserts synthetic rows fast into a NEW station database: one transaction,
/// statements prepared once, no journal, secondary indexes dropped during the
/// load and rebuilt from their saved definitions after. Only for a file nobody
/// else has open; a failed load leaves a file to delete, never a station's data.
public final class BulkLoader {
    let db: Database
    /// Keyed by the SQL literal's address: hashing a few hundred bytes of SQL per row cost more than binding it.
    private var statements: [UnsafeRawPointer: OpaquePointer] = [:]
    /// Index definitions as read from sqlite_master before they were dropped.
    private var savedIndexes: [(name: String, sql: String)] = []
    private var savedTriggers: [(name: String, sql: String)] = []
    /// When set, the searchable texts of visitors, cases and opinions are kept as they are queued.
    var searchTexts: BulkSearchTexts?
    init(db: Database) {
        self.db = db
        batch = Batch(db: db)
    }

    deinit {
        group.wait()
        for s in statements.values { sqlite3_finalize(s) }
    }

    /// Lets the writer finish before anything else touches the connection.
    func settle() { group.wait() }

    /// Load settings: no journal, no fsync, a 1 GB page cache (the event table's
    /// (case_id, seq) key is filled out of order), a helper thread for sorting
    /// while the indexes are rebuilt. Outside any
    /// transaction, because the journal mode cannot change inside one.
    func prepare() throws {
        try db.executeScript("""
            PRAGMA foreign_keys = OFF;
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -1048576;
            PRAGMA temp_store = MEMORY;
            PRAGMA threads = 2;
            """)
    }

    /// Drops the secondary indexes, keeping their definitions. Autoindexes
    /// (UNIQUE, PRIMARY KEY) have no SQL and stay. With `searchInBulk`, the
    /// triggers that queue opinions, cases and visitors for the search index go
    /// too: the caller builds those in bulk. Other kinds stay queued.
    func dropIndexes(searchInBulk: Bool) throws {
        savedIndexes = try db.query("""
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
            """) { ($0.string(0), $0.string(1)) }
        for index in savedIndexes { try db.executeScript("DROP INDEX \"\(index.name)\"") }
        if searchInBulk {
            savedTriggers = try db.query("""
                SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_queue\\_%' ESCAPE '\\'
                    AND sql LIKE '%search_pending%' AND tbl_name IN ('opinion', 'cases', 'visitor') ORDER BY name
                """) { ($0.string(0), $0.string(1)) }
            for trigger in savedTriggers { try db.executeScript("DROP TRIGGER \"\(trigger.name)\"") }
        }
    }

    /// Rebuilds the indexes and triggers exactly as they were.
    func rebuildIndexes() throws {
        try drain()
        for index in savedIndexes { try db.executeScript(index.sql) }
        for trigger in savedTriggers { try db.executeScript(trigger.sql) }
        savedIndexes = []
        savedTriggers = []
        for s in statements.values { sqlite3_finalize(s) }
        statements.removeAll()
    }

    /// Queues one row of any statement whose values `bind` copies now into the
    /// batch's arena (caller's thread): the writer only binds and steps (the bulk import's staging rows).
    func typedRow(_ sql: StaticString, _ bind: (ArenaBinder) -> Void) throws {
        try run(sql, bind)
    }

    /// Queues work for the writer thread, to run after the rows queued so far.
    func then(_ job: @escaping () throws -> Void) throws {
        batch.operations.append(.job(job))
        if batch.operations.count >= Self.batchSize { try handOver() }
    }

    /// Every queued row written and the statements released, with the
    /// connection's settings untouched (a bulk write into a live station).
    func close() throws {
        try drain()
        for s in statements.values { sqlite3_finalize(s) }
        statements.removeAll()
    }

    /// Puts the durable multi-desk settings back: WAL, synchronous=FULL, foreign keys.
    func restore() throws {
        group.wait()
        for s in statements.values { sqlite3_finalize(s) }
        statements.removeAll()
        try db.executeScript("PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT; PRAGMA threads = 0;")
        try db.configureForUse()
    }

    /// Rows wait in batches; a writer thread steps one batch while the caller
    /// makes the next, so generating and inserting share the two cores. A
    /// typed row's values are copied by the caller into the batch's arena and
    /// bound from there without a copy (SQLITE_STATIC): the writer, the busier
    /// thread, then only binds and steps — no closures, retains or releases.
    fileprivate final class Batch: @unchecked Sendable {
        let db: Database
        init(db: Database) { self.db = db }
        enum Operation {
            case job(() throws -> Void)
            /// A prepared statement and its values: `cells[first..<first + count]`.
            case row(OpaquePointer, first: Int, count: Int32)
        }
        /// One value: `length` -1 is NULL, -2 an integer (`value`), else text at byte `value` of `text`.
        struct Cell {
            var value: Int64
            var length: Int32
        }
        // Appended to for every value of every row by one thread at a time: no runtime exclusivity checks.
        @exclusivity(unchecked) var operations: [Operation] = []
        @exclusivity(unchecked) var cells: [Cell] = []
        /// Never empty, so a zero-length text still has an address (a null pointer would bind NULL).
        @exclusivity(unchecked) var text: [UInt8] = [0]
        var error: Error?

        func run() {
            text.withUnsafeBufferPointer { bytes in
                let base = bytes.baseAddress!
                for operation in operations where error == nil {
                    do {
                        switch operation {
                        case .job(let job):
                            try job()
                        case .row(let handle, let first, let count):
                            for i in 0..<Int(count) {
                                let cell = cells[first + i], index = Int32(i + 1)
                                switch cell.length {
                                case -1: sqlite3_bind_null(handle, index)
                                case -2: sqlite3_bind_int64(handle, index, cell.value)
                                default:
                                    UnsafeRawPointer(base + Int(cell.value)).withMemoryRebound(to: CChar.self, capacity: 1) {
                                        _ = sqlite3_bind_text(handle, index, $0, cell.length, nil)
                                    }
                                }
                            }
                            let rc = sqlite3_step(handle)
                            sqlite3_reset(handle)
                            guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
                                throw SQLiteError(code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(db.handle),
                                                  message: String(cString: sqlite3_errmsg(db.handle)),
                                                  sql: sqlite3_sql(handle).map { String(cString: $0) } ?? "")
                            }
                        }
                    } catch {
                        self.error = error
                    }
                }
            }
            operations.removeAll(keepingCapacity: true)
            cells.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
            text.append(0)
        }
    }

    /// Writes one typed row's values into the current batch (caller's thread).
    struct ArenaBinder {
        fileprivate let batch: Batch

        func text(_ value: String?) {
            guard var value else { return batch.cells.append(.init(value: 0, length: -1)) }
            let offset = batch.text.count
            value.withUTF8 { batch.text.append(contentsOf: $0) }
            batch.cells.append(.init(value: Int64(offset), length: Int32(batch.text.count - offset)))
        }

        func int(_ value: Int?) {
            batch.cells.append(value.map { .init(value: Int64($0), length: -2) } ?? .init(value: 0, length: -1))
        }
    }

    @exclusivity(unchecked) private var batch: Batch
    private var inFlight: Batch?
    /// The batch the writer finished last, kept with its capacity for reuse.
    private var spare: Batch?
    private let writer = DispatchQueue(label: "liaison.bulk-loader")
    private let group = DispatchGroup()
    static let batchSize = 8_192

    /// Queues one typed row: `bind` writes its values now, the writer steps it later.
    private func run(_ sql: StaticString, _ bind: (ArenaBinder) -> Void) throws {
        let handle = try statement(sql)
        let first = batch.cells.count
        bind(ArenaBinder(batch: batch))
        batch.operations.append(.row(handle, first: first, count: Int32(batch.cells.count - first)))
        if batch.operations.count >= Self.batchSize { try handOver() }
    }

    /// Waits for the batch in flight, then sends the current one to the writer.
    private func handOver() throws {
        group.wait()
        if let error = inFlight?.error { throw error }
        let full = batch
        batch = inFlight ?? spare ?? Batch(db: db)
        spare = nil
        inFlight = full
        writer.async(group: group) { full.run() }
    }

    /// Every row queued so far is in the database (or its error is thrown).
    func drain() throws {
        group.wait()
        if let error = inFlight?.error { throw error }
        if let done = inFlight { spare = done }
        inFlight = nil
        batch.run()
        if let error = batch.error { batch = Batch(db: db); throw error }
    }

    /// Statements are prepared on the caller's thread only while no batch is in flight.
    private func statement(_ sql: StaticString) throws -> OpaquePointer {
        let key = UnsafeRawPointer(sql.utf8Start)
        if let cached = statements[key] { return cached }
        try drain()
        var made: OpaquePointer?
        let rc = sqlite3_prepare_v3(db.handle, sql.description, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &made, nil)
        guard rc == SQLITE_OK, let made else { throw lastError(rc, sql: sql.description) }
        statements[key] = made
        return made
    }

    private func lastError(_ rc: Int32, sql: String) -> SQLiteError {
        SQLiteError(code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(db.handle),
                    message: String(cString: sqlite3_errmsg(db.handle)), sql: sql)
    }

    // MARK: - Rows

    func station(_ s: Station, stamp: String) throws {
        try run("""
            INSERT INTO station(id, code, kind, name, parent_id, district, address, phone, case_prefix, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { b in
            b.text(s.id); b.text(s.code); b.text(s.kind.rawValue); b.text(s.name); b.text(s.parentID); b.text(s.district)
            b.text(s.address); b.text(s.phone); b.text(s.casePrefix); b.text(stamp); b.text(stamp)
        }
    }

    func department(id: String, name: String, kind: String, phone: String, stamp: String) throws {
        try run("INSERT INTO department(id, name, kind, phone, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING") { b in
            b.text(id); b.text(name); b.text(kind); b.text(phone); b.text(stamp)
        }
    }

    func representative(_ r: Representative, stamp: String) throws {
        try run("""
            INSERT INTO representative(id, code, name, level, station_id, district, delegation_group, phone, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { b in
            b.text(r.id); b.text(r.code); b.text(r.name); b.text(r.level.rawValue); b.text(r.stationID); b.text(r.district)
            b.text(r.group); b.text(r.phone); b.text(stamp); b.text(stamp)
        }
    }

    func visitor(_ v: Visitor, stationID: String, phone: String, stamp: String) throws {
        if let searchTexts, !v.anonymous, !v.name.isEmpty { searchTexts.visitors.append((v.id, v.name)) }
        try run("""
            INSERT INTO visitor(id, station_id, name, anonymous, community, grid, group_size, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { b in
            b.text(v.id); b.text(stationID); b.text(v.anonymous ? "" : v.name); b.int(v.anonymous ? 1 : 0); b.text(v.community)
            b.text(v.grid); b.int(v.groupSize); b.text(stamp); b.text(stamp)
        }
        try run("INSERT INTO visitor_personal(visitor_id, phone, phone_key, resident_id, updated_at) VALUES (?, ?, ?, '', ?)") { b in
            b.text(v.id); b.text(phone); b.text(PhoneNumber.key(phone)); b.text(stamp)
        }
    }

    /// A case row whose projection columns are the fold of its whole history.
    func caseRow(_ c: Case, history h: StoryProjection, dueDate: String?, updatedAt: String) throws {
        searchTexts?.caseNumbers.append(c.number)
        try run("""
            INSERT INTO cases(id, station_id, number, title, category, handling_level, urgency, state, department_id, deadline,
                due_date, paused_since, merged_into, satisfaction, created_at, updated_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { b in
            b.text(c.id); b.text(c.stationID); b.text(c.number); b.text(c.title); b.text(h.category ?? c.category)
            b.text((h.handlingLevel ?? c.handlingLevel).rawValue); b.text(c.urgency.rawValue); b.text(h.state.rawValue)
            b.text(h.departmentID); b.text(h.deadline?.description); b.text(dueDate); b.text(h.pausedSinceTimestamp)
            b.text(h.mergedInto); b.text(h.satisfaction?.rawValue); b.text(c.createdAt); b.text(updatedAt); b.text(h.closedAt)
        }
    }

    /// A case's report facts (migration "report") as the fold of its whole
    /// history gives them; the load's placeholder backfill then skips the case.
    func caseReport(caseID: String, createdAt: String, _ f: ReportCaseFacts) throws {
        try run("""
            INSERT INTO case_report(case_id, created_at, last_at, state, responded, on_time, handling_days, rating, department_id,
                                    due, paused_since)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { b in
            b.text(caseID); b.text(createdAt); b.text(f.lastAt); b.text(f.state.rawValue); b.int(f.responded ? 1 : 0)
            b.int(f.onTime.map { $0 ? 1 : 0 }); b.int(f.handlingDays); b.text(f.rating?.rawValue); b.text(f.dispatchedTo)
            b.text(f.due?.description); b.text(f.history.pausedSinceTimestamp)
        }
    }

    func event(_ e: CaseEvent) throws {
        try run("""
            INSERT INTO case_event(id, case_id, seq, kind, from_state, to_state, actor, at, note, department_id, deadline,
                satisfaction, related_case_id, representative_id, category, handling_level)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { b in
            b.text(e.id); b.text(e.caseID); b.int(e.sequence); b.text(e.kind.rawValue); b.text(e.from?.rawValue)
            b.text(e.to?.rawValue); b.text(e.actor); b.text(e.at); b.text(e.note); b.text(e.departmentID)
            b.text(e.deadline?.description); b.text(e.satisfaction?.rawValue); b.text(e.relatedCaseID)
            b.text(e.representativeID); b.text(e.category); b.text(e.handlingLevel?.rawValue)
        }
    }

    func supervisor(caseID: String, representativeID: String, since: String) throws {
        try run("INSERT INTO case_supervisor(case_id, representative_id, since) VALUES (?, ?, ?)") { b in
            b.text(caseID); b.text(representativeID); b.text(since)
        }
    }

    func opinion(_ o: Opinion, stationID: String, createdBy: String) throws {
        searchTexts?.opinions.append(o.text)
        try run("""
            INSERT INTO opinion(id, station_id, visitor_id, session_id, representative_id, case_id, text, category, handling_level,
                urgency, consultation_id, clause, position, source, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'desk', ?, ?)
            """) { b in
            b.text(o.id); b.text(stationID); b.text(o.visitorID); b.text(o.sessionID); b.text(o.representativeID); b.text(o.caseID)
            b.text(o.text); b.text(o.category); b.text(o.handlingLevel.rawValue); b.text(o.urgency.rawValue)
            b.text(o.consultationID); b.text(o.clause); b.text(o.position.rawValue); b.text(o.createdAt); b.text(createdBy)
        }
    }

    func departmentIDs() throws -> [String] {
        try drain()
        return try db.query("SELECT id FROM department WHERE retired_at IS NULL ORDER BY name") { $0.string(0) }
    }

    func caseCounter(stationID: String, year: Int, last: Int) throws {
        try run("INSERT INTO case_counter(station_id, year, last) VALUES (?, ?, ?)") { b in
            b.text(stationID); b.int(year); b.int(last)
        }
    }
}
