import CSQLite3

/// An error from SQLite. It carries SQLite's result code and message and the
/// statement's leading words, but never a bound value: those hold personal data.
public struct SQLiteError: LiaisonError, Equatable {
    public let code: Int32
    public let extendedCode: Int32
    public let sqliteMessage: String
    public let statement: String

    init(code: Int32, extendedCode: Int32, message: String, sql: String) {
        self.code = code
        self.extendedCode = extendedCode
        self.sqliteMessage = message
        // The SQL text holds placeholders, not values; keep its start for context.
        self.statement = String(sql.prefix(60))
    }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isConstraint: Bool { code == SQLITE_CONSTRAINT }

    public var message: Bilingual {
        let detail = "(\(code)/\(extendedCode) \(sqliteMessage))"
        switch code {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return Bilingual("数据库正被另一处占用，稍后再试 \(detail)",
                             "The database is busy at another desk; try again shortly \(detail)")
        case SQLITE_FULL:
            return Bilingual("磁盘已满，未能保存；草稿仍在 \(detail)",
                             "The disk is full; nothing was saved, the draft is kept \(detail)")
        case SQLITE_READONLY:
            return Bilingual("数据库文件只读，无法写入 \(detail)",
                             "The database file is read-only \(detail)")
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return Bilingual("数据库文件已损坏或不是数据库 \(detail)",
                             "The database file is damaged or not a database \(detail)")
        case SQLITE_CANTOPEN:
            return Bilingual("无法打开数据库文件 \(detail)", "Cannot open the database file \(detail)")
        case SQLITE_IOERR:
            return Bilingual("读写磁盘出错 \(detail)", "Disk input/output error \(detail)")
        case SQLITE_CONSTRAINT:
            return Bilingual("数据约束不满足 \(detail)", "A data constraint was violated \(detail)")
        default:
            return Bilingual("数据库错误 \(detail)", "Database error \(detail)")
        }
    }
}
