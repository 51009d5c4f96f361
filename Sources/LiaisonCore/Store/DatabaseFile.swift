import Foundation

/// What a path holds, judged from its first 100 bytes without opening it in
/// SQLite, so a foreign file is refused byte-for-byte untouched.
public enum DatabaseFileKind: Equatable, Sendable {
    case missing
    case empty
    case liaison
    case foreignSQLite(applicationID: UInt32)
    case notSQLite
}

public enum DatabaseFile {
    /// `application_id` written into every Liaison database ("LIAS").
    public static let applicationID: UInt32 = 0x4C49_4153

    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    public static func inspect(path: String) -> DatabaseFileKind {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .notSQLite }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return .empty }
        guard header.count == 100, Array(header[0..<16]) == sqliteMagic else { return .notSQLite }
        let appID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return appID == applicationID ? .liaison : .foreignSQLite(applicationID: appID)
    }
}
