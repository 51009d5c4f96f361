import Foundation
import Testing
@testable import LiaisonCore

@Suite("Store: opening files")
struct DatabaseFileTests {
    @Test func migratesAnEmptyFile() throws {
        let folder = TemporaryFolder()
        let path = folder.path("empty.db")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(DatabaseFile.inspect(path: path) == .empty)
        let store = try StationDatabase.create(path: path, stationName: "空文件站", reference: Fixtures.reference)
        #expect(try store.db.scalarInt("PRAGMA user_version") == Schema.currentVersion)
        #expect(try store.db.scalarString("PRAGMA journal_mode") == "wal")
        #expect(try store.db.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try store.db.scalarInt("PRAGMA synchronous") == 2) // FULL
        #expect(DatabaseFile.inspect(path: path) == .liaison)
        #expect(store.categories.count == 6)
    }

    @Test func reopensAndKeepsData() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let c = try store.intakeOne()
        let again = try StationDatabase(path: store.path, reference: Fixtures.reference)
        #expect(try again.caseRecord(number: c.number)?.id == c.id)
        #expect(again.station.name == "测试联络站")
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func refusesAForeignSQLiteFileLeavingItUntouched() throws {
        let folder = TemporaryFolder()
        let path = folder.path("other.db")
        do {
            let other = try Database(path: path, create: true)
            try other.executeScript("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('hello');")
        }
        let before = bytes(path)
        #expect(throws: StoreError.notLiaisonDatabase(path: path)) { try StationDatabase(path: path, reference: Fixtures.reference) }
        #expect(throws: StoreError.notLiaisonDatabase(path: path)) {
            try StationDatabase.create(path: path, stationName: "x", reference: Fixtures.reference)
        }
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let folder = TemporaryFolder()
        let path = folder.path("notes.txt")
        let content = Data("这不是数据库\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        #expect(throws: StoreError.notSQLite(path: path)) { try StationDatabase(path: path, reference: Fixtures.reference) }
        #expect(bytes(path) == content)
    }

    @Test func refusesANewerSchemaLeavingItUntouched() throws {
        let folder = TemporaryFolder()
        let path = folder.path("station.db")
        do {
            let (store, _) = Fixtures.station(in: folder)
            try store.db.executeScript("PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);")
        }
        let before = bytes(path)
        #expect(throws: StoreError.newerSchema(found: 99, supported: Schema.currentVersion)) {
            try StationDatabase(path: path, reference: Fixtures.reference)
        }
        #expect(bytes(path) == before)
    }

    @Test func missingFileIsNotCreatedByOpen() {
        let folder = TemporaryFolder()
        let path = folder.path("nothing.db")
        #expect(throws: StoreError.notInitialised(path: path)) { try StationDatabase(path: path, reference: Fixtures.reference) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func sqliteErrorsCarryNoBoundValues() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let secret = "13999999999"
        do {
            try store.db.execute("INSERT INTO visitor_personal(visitor_id, phone, updated_at) VALUES (?, ?, ?)", "no-such-visitor", secret, "x")
            Issue.record("foreign key should have failed")
        } catch let error as SQLiteError {
            #expect(error.isConstraint)
            #expect(!error.message.zh.contains(secret) && !error.message.en.contains(secret) && !"\(error)".contains(secret))
        }
    }

    @Test func backupIsAConsistentLiaisonDatabase() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        for i in 0..<20 { _ = try store.intakeOne("第\(i)条意见：路灯坏了") }
        let target = folder.path("backup.db")
        try store.backup(to: target)
        let copy = try StationDatabase(path: target, reference: Fixtures.reference)
        #expect(try copy.overview().opinions == 20)
        #expect(try copy.check().ok)
        #expect(throws: StationDatabase.BackupTargetExists.self) { try store.backup(to: target) }
    }
}
