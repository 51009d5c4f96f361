import CSQLite3
import Foundation

/// Sees every write transaction: the sync layer records changesets through it.
public protocol WriteObserver: AnyObject {
    /// Called just after BEGIN IMMEDIATE.
    func didBeginWrite(_ db: Database) throws
    /// Called inside the transaction, just before COMMIT: work done here commits with it.
    func willCommitWrite(_ db: Database) throws
    /// Called after a rollback, so in-memory state can be dropped.
    func didRollbackWrite(_ db: Database)
}

/// One SQLite connection: a statement cache, typed bindings and write transactions.
/// Not thread-safe: one connection belongs to one thread (each desk is its own process).
public final class Database {
    public let path: String
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    private var writeDepth = 0
    public var writeObservers: [WriteObserver] = []
    /// Busy-handler polls before a lock counts as held too long (about 10 s).
    static let busyAttempts: Int32 = 5_000

    /// Opens (creating when `create`) a connection with Liaison's settings:
    /// WAL, foreign keys, busy timeout and synchronous=FULL. Does not migrate.
    public init(path: String, create: Bool, readOnly: Bool = false) throws {
        var handle: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX
        flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        let rc = sqlite3_open_v2(path, &handle, flags, nil)
        guard rc == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "open failed"
            if let handle { sqlite3_close_v2(handle) }
            throw SQLiteError(code: rc, extendedCode: rc, message: message, sql: "open")
        }
        self.path = path
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        // Several desks share one file: wait for a writer rather than fail at once.
        // SQLite's own busy timeout backs off to 100 ms sleeps, so a desk that writes
        // in a loop can starve the others past any timeout; polling every 1–3 ms
        // keeps the turns fair. About 10 s in all before giving up.
        sqlite3_busy_handler(handle, { _, attempt in
            guard attempt < Database.busyAttempts else { return 0 }
            usleep(UInt32(1000 + (attempt % 5) * 500))
            return 1
        }, nil)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Applies the durable multi-desk settings. Separate from init so a file can
    /// be inspected (user_version) before anything is written to it.
    public func configureForUse() throws {
        try executeScript("PRAGMA foreign_keys = ON;")
        let mode = try scalarString("PRAGMA journal_mode = WAL") ?? ""
        if mode.lowercased() != "wal" && path != ":memory:" {
            throw SQLiteError(code: SQLITE_ERROR, extendedCode: SQLITE_ERROR,
                              message: "journal_mode is \(mode), WAL required", sql: "PRAGMA journal_mode")
        }
        try executeScript("PRAGMA synchronous = FULL;")
    }

    // MARK: - Statements

    func statement(_ sql: String) throws -> Statement {
        if let cached = cache[sql] { return cached }
        let statement = try Statement(connection: handle, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// Runs one statement (cached) with arguments, ignoring any rows.
    public func execute(_ sql: String, _ arguments: [SQLValue] = []) throws {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        while try statement.step() {}
    }

    public func execute(_ sql: String, _ arguments: (any SQLConvertible)?...) throws {
        try execute(sql, arguments.map { $0?.sqlValue ?? .null })
    }

    /// Runs a script of several statements without arguments (schema, pragmas).
    public func executeScript(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? "error"
            sqlite3_free(errorMessage)
            throw SQLiteError(code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
                              message: message, sql: sql)
        }
    }

    /// Runs a query and maps every row.
    public func query<T>(_ sql: String, _ arguments: [SQLValue] = [], _ map: (Row) throws -> T) throws -> [T] {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        var result: [T] = []
        let row = Row(handle: statement.handle)
        while try statement.step() { result.append(try map(row)) }
        return result
    }

    /// Runs a query and calls `body` per row without collecting; return false to stop.
    public func forEach(_ sql: String, _ arguments: [SQLValue] = [], _ body: (Row) throws -> Bool) throws {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        let row = Row(handle: statement.handle)
        while try statement.step() { if try !body(row) { break } }
    }

    public func queryOne<T>(_ sql: String, _ arguments: [SQLValue] = [], _ map: (Row) throws -> T) throws -> T? {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        guard try statement.step() else { return nil }
        return try map(Row(handle: statement.handle))
    }

    public func scalarInt(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int {
        try queryOne(sql, arguments) { $0.int(0) } ?? 0
    }

    public func scalarString(_ sql: String, _ arguments: [SQLValue] = []) throws -> String? {
        try queryOne(sql, arguments) { $0.optionalString(0) } ?? nil
    }

    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: - Transactions

    /// A write transaction: BEGIN IMMEDIATE takes the write lock up front, so a
    /// busy desk waits (busy timeout) instead of failing on a stale snapshot.
    /// Nested calls join the outer transaction.
    /// `deferred`: locks are taken as each database is first used (a bulk load
    /// with a scratch database attached that another connection is writing).
    public func write<T>(deferred: Bool = false, _ body: () throws -> T) throws -> T {
        if writeDepth > 0 {
            writeDepth += 1
            defer { writeDepth -= 1 }
            return try body()
        }
        try executeScript(deferred ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE")
        writeDepth = 1
        do {
            for observer in writeObservers { try observer.didBeginWrite(self) }
            let result = try body()
            for observer in writeObservers { try observer.willCommitWrite(self) }
            try executeScript("COMMIT")
            writeDepth = 0
            return result
        } catch {
            writeDepth = 0
            if isInTransaction { try? executeScript("ROLLBACK") }
            for observer in writeObservers { observer.didRollbackWrite(self) }
            throw error
        }
    }

    /// A read transaction: one consistent snapshot for several queries.
    public func read<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        try executeScript("BEGIN DEFERRED")
        defer { try? executeScript("COMMIT") }
        return try body()
    }

    /// The data_version pragma changes when another connection commits: the
    /// cheap way for a desk to notice its neighbour's writes.
    public func dataVersion() throws -> Int64 {
        Int64(try scalarInt("PRAGMA data_version"))
    }
}
