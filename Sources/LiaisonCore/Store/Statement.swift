import CSQLite3

/// A prepared statement, kept in the connection's cache and reset after each use.
final class Statement {
    let handle: OpaquePointer
    let sql: String

    init(connection: OpaquePointer, sql: String) throws {
        var handle: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard rc == SQLITE_OK, let handle else {
            throw SQLiteError(code: rc, extendedCode: sqlite3_extended_errcode(connection),
                              message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ values: [SQLValue]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        precondition(values.count == expected,
                     "statement expects \(expected) arguments, got \(values.count): \(sql.prefix(60))")
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(handle, index)
            case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
            case .real(let v): rc = sqlite3_bind_double(handle, index, v)
            case .text(let v): rc = sqlite3_bind_text(handle, index, v, -1, liaison_sqlite_transient())
            case .blob(let v):
                rc = v.withUnsafeBytes {
                    sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), liaison_sqlite_transient())
                }
            }
            guard rc == SQLITE_OK else { throw error(rc) }
        }
    }

    /// Steps once; true while a row is available.
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw error(rc)
        }
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private func error(_ rc: Int32) -> SQLiteError {
        let db = sqlite3_db_handle(handle)
        return SQLiteError(code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(db),
                           message: String(cString: sqlite3_errmsg(db)), sql: sql)
    }
}
