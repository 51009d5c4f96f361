import Foundation

/// Opens a file as a Liaison database: refuses foreign and newer files before
/// writing a byte, then brings older schemas up to date in one transaction.
enum Migrator {
    static func open(path: String, createIfMissing: Bool) throws -> Database {
        switch DatabaseFile.inspect(path: path) {
        case .notSQLite: throw StoreError.notSQLite(path: path)
        case .foreignSQLite: throw StoreError.notLiaisonDatabase(path: path)
        case .missing where !createIfMissing: throw StoreError.notInitialised(path: path)
        case .missing, .empty:
            let db = try Database(path: path, create: true)
            // Written before WAL is on, so the mark lands in the main file at once.
            try db.executeScript("PRAGMA application_id = \(Int32(bitPattern: DatabaseFile.applicationID));")
            try db.configureForUse()
            try migrate(db, from: 0)
            return db
        case .liaison:
            let db = try Database(path: path, create: false)
            let version = try db.scalarInt("PRAGMA user_version")
            if version > Schema.currentVersion {
                throw StoreError.newerSchema(found: version, supported: Schema.currentVersion)
            }
            try db.configureForUse()
            if version < Schema.currentVersion { try migrate(db, from: version) }
            return db
        }
    }

    static func migrate(_ db: Database, from version: Int) throws {
        try db.write {
            for (index, script) in Schema.migrations.enumerated() where index >= version {
                try db.executeScript(script)
                if index == 0 { try db.executeScript(Schema.guardTriggers) }
            }
            try db.executeScript("PRAGMA user_version = \(Schema.currentVersion);")
        }
    }
}
