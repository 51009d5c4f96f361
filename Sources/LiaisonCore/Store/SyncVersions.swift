/// Column clocks and table shapes, shared by capture and apply.
enum SyncVersions {
    static func set(_ db: Database, table: String, pk: String, column: String, hlc: String) throws {
        try db.execute("""
            INSERT INTO sync_version(tbl, pk, col, hlc) VALUES (?, ?, ?, ?)
            ON CONFLICT(tbl, pk, col) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > sync_version.hlc
            """, table, pk, column, hlc)
    }

    static func get(_ db: Database, table: String, pk: String) throws -> [String: String] {
        var result: [String: String] = [:]
        try db.forEach("SELECT col, hlc FROM sync_version WHERE tbl = ? AND pk = ?", [.text(table), .text(pk)]) {
            result[$0.string(0)] = $0.string(1)
            return true
        }
        return result
    }

    /// Column names in table order (the order changesets use).
    static func columns(_ db: Database, _ table: String) throws -> [String] {
        try db.query("SELECT name FROM pragma_table_info(?) ORDER BY cid", [.text(table)]) { $0.string(0) }
    }

    /// Primary-key column names in key order.
    static func keyColumns(_ db: Database, _ table: String) throws -> [String] {
        try db.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [.text(table)]) { $0.string(0) }
    }
}
