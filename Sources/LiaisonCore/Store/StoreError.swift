/// Why a database file could not be used. The file is left as it was.
public enum StoreError: LiaisonError, Equatable {
    case notLiaisonDatabase(path: String)
    case notSQLite(path: String)
    case newerSchema(found: Int, supported: Int)
    case notInitialised(path: String)
    case alreadyExists(path: String)
    case notFound(what: String)

    public var message: Bilingual {
        switch self {
        case .notLiaisonDatabase(let p):
            return Bilingual("“\(p)”是其他程序的 SQLite 数据库，不是联络站数据库；未作任何改动",
                             "“\(p)” is another program's SQLite database, not a Liaison database; it was left untouched")
        case .notSQLite(let p):
            return Bilingual("“\(p)”不是联络站数据库（也不是 SQLite 文件）；未作任何改动",
                             "“\(p)” is not a Liaison database (not an SQLite file at all); it was left untouched")
        case let .newerSchema(found, supported):
            return Bilingual("数据库版本 \(found) 比本程序支持的 \(supported) 更新，请升级 liaison；未作任何改动",
                             "The database has schema \(found), newer than this program's \(supported); upgrade liaison. Nothing was changed")
        case .notInitialised(let p):
            return Bilingual("“\(p)”还没有联络站数据，请先运行 liaison init --station 名称 或 liaison demo",
                             "“\(p)” holds no station yet; run liaison init --station NAME or liaison demo first")
        case .alreadyExists(let p):
            return Bilingual("“\(p)”已有联络站数据", "“\(p)” already holds a station")
        case .notFound(let what):
            return Bilingual("找不到：\(what)", "Not found: \(what)")
        }
    }
}
