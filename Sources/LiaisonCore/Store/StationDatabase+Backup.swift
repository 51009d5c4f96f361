import Foundation

/// Backups: `VACUUM INTO` writes one consistent snapshot even while other desks
/// write (the backup API would restart on every concurrent write).
extension StationDatabase {
    public struct BackupTargetExists: LiaisonError {
        public let path: String
        public var message: Bilingual {
            Bilingual("备份文件“\(path)”已存在，请换一个名字", "The backup file “\(path)” already exists; choose another name")
        }
    }

    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupTargetExists(path: path) }
        try db.execute("VACUUM INTO ?", path)
    }
}
