import Foundation
import Testing
@testable import LiaisonCore
#if canImport(Glibc)
import Glibc
#endif

/// At a real terminal (tmux) `liaison user add` asks for the secret twice
/// with echo off: the typed PIN never appears on the screen.
@Suite("Access: secret prompt at a terminal", .serialized)
struct SecretPromptTests {
    static let tmuxAvailable = (try? Self.execute(["tmux", "-V"]).status) == 0

    /// Spawned and reaped by hand, output through a file: `tmux new-session`
    /// leaves a server behind that would hold a pipe open, and Foundation's
    /// Process may then never see the client exit.
    @discardableResult
    static func execute(_ arguments: [String]) throws -> (status: Int32, out: String) {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-access-\(UUID().uuidString).out").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        // The test thread blocks signals and a child inherits that mask: clear it,
        // or the tmux server ignores kill-server's SIGTERM and outlives the test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return (-1, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return ((status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1, text)
    }

    @Test(.enabled(if: tmuxAvailable, "needs tmux"))
    func secretIsNotEchoedAndMustMatch() throws {
        let folder = TemporaryFolder()
        let db = folder.path("station.db")
        #expect(try AccessCommandTests.run(["init", "--station", "测试站", "--db", db]).status == 0)
        let server = "liaison-access-\(ProcessInfo.processInfo.processIdentifier)"
        func tmux(_ args: [String]) throws -> String { try Self.execute(["tmux", "-L", server] + args).out }
        _ = try tmux(["new-session", "-d", "-x", "120", "-y", "20", "-e", "LANG=C.UTF-8",
                      "-e", "LIAISON_DATA=\(Fixtures.dataDirectory.path)", "sh"])
        defer { _ = try? tmux(["kill-server"]) }
        func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }
        func waitFor(_ text: String) -> Bool {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if screen().contains(text) { return true }
                usleep(100_000)
            }
            return false
        }
        func command(_ line: String) throws {
            _ = try tmux(["send-keys", "-l", line])
            _ = try tmux(["send-keys", "Enter"])
        }
        let binary = LiaisonBinary.url.path
        // A mismatched confirmation changes nothing.
        try command("\(binary) user add 站长 --role admin --db \(db) --lang en; echo EXIT:$?")
        #expect(waitFor("New PIN/password"), "\(screen())")
        try command("first-secret-1")
        #expect(waitFor("Again:"), "\(screen())")
        try command("other-secret-2")
        #expect(waitFor("EXIT:2"), "\(screen())")
        #expect(screen().contains("The two entries differ"))
        _ = try tmux(["send-keys", "clear", "Enter"])
        usleep(300_000)
        try command("\(binary) user add 站长 --role admin --db \(db) --lang en; echo EXIT:$?")
        #expect(waitFor("New PIN/password"), "\(screen())")
        try command("admin-pass-2026")
        #expect(waitFor("Again:"), "\(screen())")
        try command("admin-pass-2026")
        #expect(waitFor("EXIT:0"), "\(screen())")
        let shown = screen()
        #expect(shown.contains("Station admin “站长” created"))
        #expect(!shown.contains("admin-pass-2026") && !shown.contains("first-secret-1") && !shown.contains("other-secret-2"))
        let store = try StationDatabase(path: db, reference: Fixtures.reference)
        #expect(try store.authenticate(name: "站长", secret: "admin-pass-2026").role == .admin)
    }
}
