import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives a real terminal: one private tmux server per test (`tmux -L NAME`),
/// one pane running `sh`, into which the command under test is typed. The
/// command line is a parameter, so the same harness drives `liaison demo`
/// or any other way into the front desk.
final class Tmux {
    let server: String
    let folder: URL
    private(set) var started = false

    /// Is tmux installed? (`.ci/run` installs it.)
    static var isAvailable: Bool {
        (try? Tmux.execute(["tmux", "-V"]).status) == 0
    }

    init(name: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        server = "liaison-e2e-\(name)-\(ProcessInfo.processInfo.processIdentifier)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var env = ["LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.path, "PS1": "$ "]
        env.merge(environment) { _, new in new }
        var args = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args += ["sh"]
        try tmux(args)
        started = true
        try tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit {
        if started { _ = try? tmux(["kill-server"]) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Run `command` in the pane. Its pid is written to `pidFile`; when it
    /// ends, the shell prints `EXIT:<status>`.
    func launch(_ command: [String]) throws {
        let quoted = command.map(Tmux.shellQuote).joined(separator: " ")
        let line = "cd \(Tmux.shellQuote(folder.path)) && sh -c 'echo $$ > pid; exec \"$@\"' sh \(quoted); echo EXIT:$?"
        try type(line)
        try keys("Enter")
    }

    var pid: Int32? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("pid"), encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Named keys (`F1`, `Escape`, `C-q`, `Enter`) as tmux knows them.
    func keys(_ names: String...) throws { try tmux(["send-keys"] + names) }

    /// Literal text, e.g. committed Chinese from an IME.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    func capture() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The screen for failure messages (never throws).
    var screen: String { (try? capture()) ?? "(no screen)" }
    var stateText: String { (try? state()).map { "\($0)" } ?? "(no state)" }

    func lines() throws -> [String] { try capture().components(separatedBy: "\n") }

    /// Cursor column and row, whether the cursor is visible, and whether the
    /// pane is on the alternate screen.
    func state() throws -> (x: Int, y: Int, cursorVisible: Bool, alternate: Bool) {
        let f = try tmux(["display", "-p", "#{cursor_x} #{cursor_y} #{cursor_flag} #{alternate_on}"])
            .split(separator: " ").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        return (f[0], f[1], f[2] == 1, f[3] == 1)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Poll until `condition` holds on the captured screen (or time runs out).
    @discardableResult
    func wait(timeout: TimeInterval = 10, _ condition: (String) throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let screen = try? capture(), try condition(screen) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        wait(timeout: timeout) { $0.contains(text) }
    }

    /// Wait until the pane's state satisfies `condition`.
    func waitState(timeout: TimeInterval = 10, _ condition: ((x: Int, y: Int, cursorVisible: Bool, alternate: Bool)) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? state(), condition(s) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        let r = try Tmux.execute(["tmux", "-L", server, "-f", "/dev/null"] + args)
        guard r.status == 0 else { throw Failure(message: "tmux \(args.first ?? ""): \(r.error)") }
        return r.output
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Run a command and collect its output, with posix_spawn and waitpid.
    /// Output goes through temporary files, not pipes: `tmux new-session`
    /// leaves a server running that would hold a pipe open. (Foundation's
    /// Process was seen never returning from waitUntilExit here.)
    static func execute(_ args: [String]) throws -> (status: Int32, output: String, error: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-run-\(UUID().uuidString)")
        let outPath = base.path + ".out", errPath = base.path + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The test runner's threads block most signals, and a spawned process
        // inherits that mask: a tmux server started with it never sees SIGCHLD
        // or SIGTERM, so `kill-server` leaves it running. Start with a clean
        // mask and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, args[0], &actions, &attributes, argv, environ)
        guard rc == 0 else { throw Failure(message: "cannot start \(args[0]): error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        let code: Int32 = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let o = FileManager.default.contents(atPath: outPath) ?? Data()
        let e = FileManager.default.contents(atPath: errPath) ?? Data()
        return (code, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
