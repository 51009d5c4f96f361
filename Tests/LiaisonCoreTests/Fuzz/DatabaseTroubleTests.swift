import Foundation
import Testing
@testable import LiaisonCore
#if canImport(Glibc)
import Glibc
#endif

/// Database trouble on real files: a lock held past the busy timeout, a
/// read-only file, a full disk. Each gives a clear bilingual message, never a
/// visitor's number, and leaves no partial write behind.
@Suite("Fuzz: database trouble", .serialized)
struct DatabaseTroubleTests {
    static let phone = "13955556666"
    static let csv = Array("日期,姓名,电话,内容\n2026-03-01,赵六,13900002222,路灯坏了\n2026-03-01,钱七,,垃圾没人收\n".utf8)

    func counts(_ store: StationDatabase) throws -> [Int] {
        try ["visitor", "visitor_personal", "opinion", "cases", "case_event", "audit_log"].map {
            try store.db.scalarInt("SELECT COUNT(*) FROM \($0)")
        }
    }

    func expectClear(_ error: SQLiteError, zh: String, en: String) {
        #expect(error.message.zh.contains(zh), "\(error.message.zh)")
        #expect(error.message.en.contains(en), "\(error.message.en)")
        let all = error.message.zh + error.message.en + error.description
        #expect(!all.contains(Self.phone) && !all.contains("13900002222"))
    }

    @Test func lockHeldBeyondTheBusyTimeout() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        _ = try store.intakeOne()
        let before = try counts(store)
        let other = try Database(path: store.path, create: false)
        try other.executeScript("BEGIN IMMEDIATE")
        let started = Date()
        do {
            _ = try store.intakeOne("路灯又坏了", phone: Self.phone)
            Issue.record("the intake should wait, then fail")
        } catch let error as SQLiteError {
            #expect(error.isBusy)
            expectClear(error, zh: "另一处占用", en: "busy")
            #expect(Date().timeIntervalSince(started) >= 4.5, "the desk waits the whole busy timeout first")
        }
        // An import during the lock fails as a whole (shorter wait for the test's sake).
        try store.db.executeScript("PRAGMA busy_timeout = 300")
        do {
            _ = try OpinionImporter.importData(Self.csv, into: store)
            Issue.record("the import should fail")
        } catch let error as SQLiteError {
            expectClear(error, zh: "另一处占用", en: "busy")
        }
        try other.executeScript("ROLLBACK")
        #expect(try counts(store) == before)
        // Once the other desk lets go, the same work goes in.
        _ = try store.intakeOne("路灯又坏了", phone: Self.phone)
        #expect(try OpinionImporter.importData(Self.csv, into: store).imported == 2)
        #expect(try store.check().ok)
    }

    @Test func readOnlyFile() throws {
        let folder = TemporaryFolder()
        let path: String
        do {
            let (store, _) = Fixtures.station(in: folder)
            _ = try store.intakeOne()
            path = store.path
        }
        let undo = try ReadOnly.make(path, in: folder)
        defer { undo() }
        let before: [Int]
        do {
            let store = try StationDatabase(path: path, reference: Fixtures.reference)
            before = try counts(store)
            do {
                _ = try store.intakeOne("路灯坏了", phone: Self.phone)
                Issue.record("writing to a read-only file should fail")
            } catch let error as SQLiteError {
                expectClear(error, zh: "只读", en: "read-only")
            }
            do {
                _ = try OpinionImporter.importData(Self.csv, into: store)
                Issue.record("importing into a read-only file should fail")
            } catch let error as SQLiteError {
                expectClear(error, zh: "只读", en: "read-only")
            }
        } catch let error as SQLiteError {
            // Refused already at opening: as clear.
            expectClear(error, zh: "只读", en: "read-only")
            return
        }
        undo()
        let store = try StationDatabase(path: path, reference: Fixtures.reference)
        #expect(try counts(store) == before)
        #expect(try store.check().ok)
    }

    @Test(.enabled(if: Tmpfs.available, "needs root and mount(8) for a small tmpfs"))
    func fullDisk() throws {
        let folder = TemporaryFolder()
        let mount = try Tmpfs(at: folder.path("small"), megabytes: 2)
        defer { mount.unmount() }
        let clock = TestClock(StationTime.parse("2026-03-02T10:00:00.000+08:00")!)
        let store = try StationDatabase.create(path: mount.path + "/station.db", stationName: "小站", reference: Fixtures.reference,
                                               now: clock.now)
        store.now = { clock.now }
        // Leave little room, then write long opinions until the disk is full.
        let filler = mount.path + "/filler"
        FileManager.default.createFile(atPath: filler, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
        while (try? handle.write(contentsOf: Data(count: 64 * 1024))) != nil {}
        try? handle.close()
        try FileManager.default.removeItem(atPath: filler)
        FileManager.default.createFile(atPath: filler, contents: Data(count: max(0, freeBytes(mount.path) - 96 * 1024)))
        var failure: SQLiteError?
        var before = try counts(store)
        for i in 0..<200 {
            before = try counts(store)
            do {
                _ = try store.intakeOne(String(repeating: "路灯坏了\(i)", count: 600), phone: Self.phone)
            } catch let error as SQLiteError {
                failure = error
                break
            }
        }
        let error = try #require(failure, "the small disk should fill up")
        expectClear(error, zh: "磁盘已满", en: "disk is full")
        #expect(try counts(store) == before)
        try FileManager.default.removeItem(atPath: filler)
        _ = try store.intakeOne("空间腾出后再登记", phone: Self.phone)
        #expect(try counts(store)[2] == before[2] + 1)
        #expect(try store.check().ok)
    }

    func freeBytes(_ path: String) -> Int {
        var s = statvfs()
        guard statvfs(path, &s) == 0 else { return 0 }
        return Int(s.f_bavail) * Int(s.f_frsize)
    }
}

/// Makes a file read-only for this process: chmod for ordinary users; root
/// ignores modes, so for root the file is made immutable with chattr.
enum ReadOnly {
    static func make(_ path: String, in folder: TemporaryFolder) throws -> () -> Void {
        if getuid() != 0 {
            chmod(path, 0o444)
            return { chmod(path, 0o644) }
        }
        let status = run("/usr/bin/chattr", ["+i", path]) == 0 ? 0 : run("/bin/chattr", ["+i", path])
        try #require(status == 0, "as root a read-only file needs chattr +i (ext4/xfs), and it failed")
        let fd = open(path, O_WRONLY)
        if fd >= 0 { close(fd) }
        try #require(fd < 0, "the file should refuse writing")
        var undone = false
        return {
            if !undone { _ = run("/usr/bin/chattr", ["-i", path]); undone = true }
        }
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}

/// A small tmpfs mounted for one test, to run out of space for real.
struct Tmpfs {
    let path: String

    static let available: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-tmpfs-probe-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard ReadOnly.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) == 0 else { return false }
        ReadOnly.run("/usr/bin/umount", [probe])
        return true
    }()

    init(at path: String, megabytes: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let status = ReadOnly.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path])
        try #require(status == 0, "mount tmpfs failed")
        self.path = path
    }

    func unmount() { ReadOnly.run("/usr/bin/umount", ["-l", path]) }
}
