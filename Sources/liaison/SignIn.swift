import Foundation
import LiaisonCore
#if canImport(Glibc)
import Glibc
#endif

/// Signing in at the command line: every command that reads or changes the
/// station's data as a person goes through here, so the CLI follows the same
/// `AccessPolicy` as the screens. A new command calls
/// `let (store, user) = try c.openSignedIn(for: .somePermission)`.
extension Context {
    /// Opens the station and signs in (see `signIn(_:for:)`).
    func openSignedIn(for permission: Permission?) throws -> (store: StationDatabase, user: User?) {
        let store = try openStore()
        return (store, try signIn(store, for: permission))
    }

    /// On a station with users: signs in `--user NAME` (or `--actor NAME`) with
    /// the PIN from `LIAISON_PIN`, typed at the terminal without echo, or the
    /// first line of a piped stdin; checks `permission` (nil: any signed-in
    /// person) and makes them the store's actor and `signedIn`, so lists follow
    /// their role. On an open station — first run, no users yet, or the demo —
    /// returns nil and the command runs as `--actor` as before.
    @discardableResult
    func signIn(_ store: StationDatabase, for permission: Permission?) throws -> User? {
        if try store.isOpenStation() {
            if let name = signInName { store.actor = name }   // recorded on events, as --actor was
            return nil
        }
        return try requireUser(store, for: permission)
    }

    /// Like `signIn`, but a signed-in person is needed even on an open station
    /// (managing users, the audit log, retention, personal exports).
    func requireUser(_ store: StationDatabase, for permission: Permission?) throws -> User {
        guard let name = signInName else { throw AccessError.signInRequired }
        let secret = environment["LIAISON_PIN"].flatMap { $0.isEmpty ? nil : $0 }
            ?? readSecret(prompt: Bilingual("\(name) 的 PIN/密码：", "PIN/password for \(name): ")) ?? ""
        let user = try store.authenticate(name: name, secret: secret)
        if let permission { try AccessPolicy.require(permission, user) }
        store.actor = user.name
        store.signedIn = user
        return user
    }

    /// `--user`, else `--actor` (the older spelling; it now needs the PIN too).
    var signInName: String? {
        for key in ["user", "actor"] {
            if let name = arguments[key]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return nil
    }

    /// One line from stdin; at a terminal the prompt goes to stderr and echo is off.
    func readSecret(prompt: Bilingual) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true).map(Self.trimCR) }
        FileHandle.standardError.write(Data(prompt(language).utf8))
        var saved = termios()
        let haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if haveTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if haveTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true).map(Self.trimCR)
    }

    private static func trimCR(_ line: String) -> String {
        line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
