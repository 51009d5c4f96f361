import Foundation
import Testing
@testable import LiaisonCore

/// `liaison user`, `audit`, `retention` and `export --include-personal` on the
/// built binary, secrets piped on stdin. Each sign-in costs one full-strength
/// derivation, so this suite is slow in a debug build (~3 s per sign-in).
@Suite("Access: command line", .serialized)
struct AccessCommandTests {
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws
        -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = LiaisonBinary.url
        process.arguments = arguments + ["--lang", "en"]
        var env = ProcessInfo.processInfo.environment
        env["LIAISON_PIN"] = nil
        env["LIAISON_DATA"] = Fixtures.dataDirectory.path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test func firstAdminUsersAuditAndPersonalExport() throws {
        let folder = TemporaryFolder()
        let db = folder.path("station.db")
        #expect(try Self.run(["init", "--station", "测试站", "--db", db]).status == 0)
        let csv = folder.path("opinions.csv")
        try "日期,姓名,电话,内容\n2026-03-01,赵六,13900002222,路灯坏了\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try Self.run(["import", "opinions", csv, "--db", db]).status == 0)

        let early = try Self.run(["user", "add", "小李", "--role", "receptionist", "--db", db], stdin: "246810\n")
        #expect(early.status == 1)
        #expect(early.err.contains("Create the station admin first"))
        #expect(try Self.run(["user", "add", "站长", "--role", "admin", "--db", db], stdin: "admin-pass-2026\n").status == 0)
        let added = try Self.run(["user", "add", "小李", "--role", "receptionist", "--actor", "站长", "--db", db],
                                 stdin: "admin-pass-2026\n246810\n")
        #expect(added.status == 0, "\(added.err)")
        // Once the station has users, reading its users needs an admin signed in.
        #expect(try Self.run(["user", "list", "--db", db]).err.contains("Sign in first"))
        let list = try Self.run(["user", "list", "--user", "站长", "--db", db], stdin: "admin-pass-2026\n")
        #expect(list.out.contains("站长\tstation admin") && list.out.contains("小李\treceptionist"))
        #expect(!list.out.contains("pbkdf2"))

        let refused = try Self.run(["audit", "--actor", "小李", "--db", db], stdin: "246810\n")
        #expect(refused.status == 1)
        #expect(refused.err.contains("may not read the audit log"))
        // A reset PIN works at once (小李 is then refused for the role, not the PIN).
        let reset = try Self.run(["user", "reset", "小李", "--actor", "站长", "--db", db], stdin: "admin-pass-2026\n975310\n")
        #expect(reset.status == 0, "\(reset.err)")
        let oldPIN = try Self.run(["audit", "--actor", "小李", "--db", db], stdin: "246810\n")
        #expect(oldPIN.err.contains("Wrong name or PIN/password"))
        let newPIN = try Self.run(["audit", "--actor", "小李", "--db", db], stdin: "975310\n")
        #expect(newPIN.err.contains("may not read the audit log"))
        let wrong = try Self.run(["audit", "--actor", "站长", "--db", db], stdin: "not-the-pass\n")
        #expect(wrong.status == 1)
        #expect(wrong.err.contains("Wrong name or PIN/password"))

        let masked = try Self.run(["export", "opinions", "--user", "小李", "--db", db], stdin: "975310\n")
        #expect(masked.status == 0 && masked.out.contains("139****2222") && !masked.out.contains("13900002222"))
        #expect(try Self.run(["export", "opinions", "--include-personal", "--actor", "站长", "--db", db]).status == 2)
        let full = try Self.run(["export", "opinions", "--include-personal", "--reason", "区人大调阅", "--actor", "站长", "--db", db],
                                stdin: "admin-pass-2026\n")
        #expect(full.status == 0, "\(full.err)")
        #expect(full.out.contains("13900002222"))

        let audit = try Self.run(["audit", "--actor", "站长", "--db", db], stdin: "admin-pass-2026\n")
        #expect(audit.status == 0)
        let lines = audit.out.split(separator: "\n")
        #expect(lines.contains { $0.contains("\t站长\texport-personal\texport:opinions\t区人大调阅") })
        #expect(lines.contains { $0.contains("user-add\tuser:小李") })
        #expect(!audit.out.contains("13900002222"))
    }

    @Test func retentionDryRunNeedsAnAdmin() throws {
        let folder = TemporaryFolder()
        let db = folder.path("station.db")
        #expect(try Self.run(["init", "--station", "测试站", "--db", db]).status == 0)
        let usage = try Self.run(["retention", "--dry-run", "--db", db])
        #expect(usage.status == 1 && usage.err.contains("--user"))
        #expect(try Self.run(["user", "add", "站长", "--role", "admin", "--db", db], stdin: "admin-pass-2026\n").status == 0)
        let dry = try Self.run(["retention", "--dry-run", "--years", "2", "--actor", "站长", "--db", db], stdin: "admin-pass-2026\n")
        #expect(dry.status == 0, "\(dry.err)")
        #expect(dry.out.contains("Dry run: 0 visitors") && dry.out.contains("retention 2 years"))
    }
}
