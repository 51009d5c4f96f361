import CSQLite3
import Foundation

/// Records every write transaction's row changes with SQLite's session
/// extension. The changeset is taken just before COMMIT and stored in
/// `change_log` inside the same transaction: a crash loses both or neither.
final class SyncCapture: WriteObserver {
    let origin: String
    let now: () -> Date
    /// Set while a bundle is applied: foreign changes keep their own origin.
    var suspended = false
    private var session: OpaquePointer?

    init(origin: String, now: @escaping () -> Date) {
        self.origin = origin
        self.now = now
    }

    func didBeginWrite(_ db: Database) throws {
        dropSession()
        guard !suspended else { return }
        var created: OpaquePointer?
        guard sqlite3session_create(db.handle, "main", &created) == SQLITE_OK, let created else {
            throw SQLiteError(code: SQLITE_ERROR, extendedCode: SQLITE_ERROR, message: "sqlite3session_create failed", sql: "session")
        }
        session = created
        for table in Schema.syncedTables {
            let rc = sqlite3session_attach(created, table)
            guard rc == SQLITE_OK else {
                throw SQLiteError(code: rc, extendedCode: rc, message: "sqlite3session_attach \(table) failed", sql: "session")
            }
        }
    }

    func willCommitWrite(_ db: Database) throws {
        guard let session else { return }
        defer { dropSession() }
        guard sqlite3session_isempty(session) == 0 else { return }
        var size: Int32 = 0
        var buffer: UnsafeMutableRawPointer?
        let rc = sqlite3session_changeset(session, &size, &buffer)
        defer { sqlite3_free(buffer) }
        guard rc == SQLITE_OK else {
            throw SQLiteError(code: rc, extendedCode: rc, message: "sqlite3session_changeset failed", sql: "session")
        }
        guard size > 0, let buffer else { return }
        try record(Data(bytes: buffer, count: Int(size)), db)
    }

    func didRollbackWrite(_ db: Database) {
        dropSession()
    }

    private func dropSession() {
        if let session { sqlite3session_delete(session) }
        session = nil
    }

    /// The clock as stored, advanced past every stamp seen. Read inside each
    /// write transaction: another desk's connection may have moved it.
    func loadClock(_ db: Database) throws -> HybridLogicalClock {
        let stored = try db.scalarString("SELECT value FROM sync_state WHERE key = 'hlc'").flatMap(HLCTimestamp.init)
        return HybridLogicalClock(node: origin, last: stored.map { HLCTimestamp(millis: $0.millis, counter: $0.counter, node: origin) })
    }

    func saveClock(_ updated: HybridLogicalClock, _ db: Database) throws {
        try db.execute("INSERT INTO sync_state(key, value) VALUES ('hlc', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       updated.last.description)
    }

    private func record(_ changeset: Data, _ db: Database) throws {
        var clock = try loadClock(db)
        let stamp = clock.tick(now: now()).description
        try saveClock(clock, db)
        let seq = try db.scalarInt("SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE origin = ?", [.text(origin)]) + 1
        try db.execute("INSERT INTO change_log(origin, seq, hlc, changeset, recorded_at) VALUES (?, ?, ?, ?, ?)",
                       origin, seq, stamp, [UInt8](changeset), StationTime.format(now()))
        // Column clocks: the last writer of each column, for merging later.
        for change in try SyncChangeset.changes(in: changeset) where !Schema.syncAppendOnlyTables.contains(change.table) {
            let pk = SyncChangeset.key(change.keyValues)
            switch change.operation {
            case .insert:
                try SyncVersions.set(db, table: change.table, pk: pk, column: "*", hlc: stamp)
            case .update:
                let names = try SyncVersions.columns(db, change.table)
                for i in change.new.indices where change.new[i] != nil && !change.primaryKey[i] && i < names.count {
                    try SyncVersions.set(db, table: change.table, pk: pk, column: names[i], hlc: stamp)
                }
            case .delete:
                try db.execute("DELETE FROM sync_version WHERE tbl = ? AND pk = ?", change.table, pk)
            }
        }
    }
}
