import Foundation
import Testing
@testable import LiaisonCore

/// Real processes on real files: a writer killed with SIGKILL, a backup taken
/// while another process writes.
@Suite("Store: crashes and other writers", .serialized)
struct CrashAndConcurrencyTests {
    /// Starts `liaison test-writer` and collects the case numbers it reports committed.
    final class Writer: @unchecked Sendable {
        let process = Process()
        let pipe = Pipe()
        private let lock = NSLock()
        private var buffer = Data()

        init(db: String) throws {
            process.executableURL = LiaisonBinary.url
            process.arguments = ["test-writer", "--db", db]
            var env = ProcessInfo.processInfo.environment
            env["LIAISON_DATA"] = Fixtures.dataDirectory.path
            process.environment = env
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.lock(); self.buffer.append(data); self.lock.unlock()
            }
            try process.run()
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            pipe.fileHandleForReading.readabilityHandler = nil
            // Whatever was written to the pipe before death still counts as reported.
            let rest = pipe.fileHandleForReading.readDataToEndOfFile()
            lock.lock(); buffer.append(rest); lock.unlock()
        }

        /// Complete lines only: a number is reported once its newline is out.
        var reported: [String] {
            lock.lock(); defer { lock.unlock() }
            let text = String(decoding: buffer, as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.removeLast() // the unfinished tail (empty when the text ends in a newline)
            return lines
        }
    }

    @Test func sigkillAtRandomMomentsLosesNothingReported() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let path = store.path
        var rng = SplitMix64(seed: 2026)
        var allReported = Set<String>()
        for round in 0..<20 {
            let writer = try Writer(db: path)
            usleep(UInt32.random(in: 150_000...450_000, using: &rng))
            writer.kill()
            let reported = writer.reported
            #expect(!reported.isEmpty || round > 0, "the writer should have committed something")
            allReported.formUnion(reported)
            let after = try StationDatabase(path: path, reference: Fixtures.reference)
            #expect(try after.db.query("PRAGMA integrity_check") { $0.string(0) } == ["ok"])
            for number in reported {
                #expect(try after.caseRecord(number: number) != nil, "round \(round): \(number) was reported committed but is missing")
            }
        }
        let final = try StationDatabase(path: path, reference: Fixtures.reference)
        #expect(try final.check().ok)
        #expect(allReported.count > 20)
    }

    @Test func backupWhileAnotherProcessWrites() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let writer = try Writer(db: store.path)
        defer { writer.kill() }
        usleep(200_000)
        for i in 0..<3 {
            let target = folder.path("backup-\(i).db")
            try store.backup(to: target)
            let copy = try StationDatabase(path: target, reference: Fixtures.reference)
            #expect(try copy.check().ok)
            usleep(100_000)
        }
        #expect(writer.reported.count > 0)
        // Our own writes still go in while the other desk writes: BEGIN IMMEDIATE waits instead of failing.
        for i in 0..<20 { _ = try store.intakeOne("并发写入\(i)", phone: "13700000000") }
    }
}

@Suite("Store: several desks at once", .serialized)
struct SeveralDesksTests {
    @Test func fourProcessesFiveHundredTransitionsEach() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        try store.db.write { for i in 0..<40 { _ = try store.intakeOne("第\(i)件", phone: String(format: "137%08d", i)) } }
        let before = try store.db.scalarInt("SELECT COUNT(*) FROM case_event")
        var env = ProcessInfo.processInfo.environment
        env["LIAISON_DATA"] = Fixtures.dataDirectory.path
        let processes = (0..<4).map { _ -> (Process, Pipe, Pipe) in
            let p = Process(), out = Pipe(), err = Pipe()
            p.executableURL = LiaisonBinary.url
            p.arguments = ["test-writer", "--kind", "transitions", "--count", "500", "--db", store.path]
            p.environment = env
            p.standardOutput = out
            p.standardError = err
            return (p, out, err)
        }
        for (p, _, _) in processes { try p.run() }
        for (p, out, err) in processes {
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "a desk failed: \(errors)")
            #expect(output.contains("ok 500"))
        }
        let after = try StationDatabase(path: store.path, reference: Fixtures.reference)
        #expect(try after.db.scalarInt("SELECT COUNT(*) FROM case_event") == before + 2000)
        #expect(try after.check().ok, "every case's state consistent with its events")
    }
}
