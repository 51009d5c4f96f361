import Foundation
import LiaisonCore
#if canImport(Glibc)
import Glibc
#endif

/// `liaison user add NAME --role receptionist|representative|admin [--representative CODE]`,
/// `liaison user reset NAME`, `liaison user list`, and `liaison audit [SUBJECT]`. The admin signs in with
/// `--user NAME` (`SignIn.swift`); new secrets come from stdin
/// (one per line; typed without echo at a terminal), never from arguments,
/// which other users can read in the process list.
enum UserCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        switch args.first {
        case "add" where args.count == 2: return try add(c, name: args[1])
        case "reset" where args.count == 2: return try reset(c, name: args[1])
        case "list" where args.count == 1: return try list(c)
        default:
            throw Arguments.UsageError(message: Bilingual(
                "用法：liaison user add 名称 --role receptionist|representative|admin [--representative 代码] | user reset 名称 | user list",
                "usage: liaison user add NAME --role receptionist|representative|admin [--representative CODE] | user reset NAME | user list"))
        }
    }

    static func add(_ c: Context, name: String) throws -> Int32 {
        guard let roleText = c.arguments["role"], let role = User.Role(rawValue: roleText) else {
            throw Arguments.UsageError(message: Bilingual("--role 只能是 receptionist、representative 或 admin",
                                                          "--role must be receptionist, representative or admin"))
        }
        let store = try c.openStore()
        if try store.needsFirstAdmin() {
            guard role == .admin else { throw AccessError.firstAdminMissing }
            let secret = try newSecret(c, for: name)
            let admin = try store.createFirstAdmin(name: name, secret: secret)
            c.say(Bilingual("已建立站点管理员“\(admin.name)”", "Station admin “\(admin.name)” created"))
            return ExitCode.success
        }
        let admin = try c.requireUser(store, for: .manageUsers)
        let secret = try newSecret(c, for: name)
        let user = try store.login.addUser(name: name, role: role, representativeCode: c.arguments["representative"],
                                           secret: secret, by: admin)
        c.say(Bilingual("已添加用户“\(user.name)”（\(role.label.zh)）", "User “\(user.name)” added (\(role.label.en))"))
        return ExitCode.success
    }

    /// `liaison user reset NAME --user ADMIN`: a new PIN for someone who forgot
    /// theirs; it also lifts a lockout.
    static func reset(_ c: Context, name: String) throws -> Int32 {
        let store = try c.openStore()
        let admin = try c.requireUser(store, for: .manageUsers)
        let secret = try newSecret(c, for: name)
        try store.login.resetSecret(userName: name, newSecret: secret, by: admin)
        c.say(Bilingual("已为“\(name)”设置新的 PIN/密码", "New PIN/password set for “\(name)”"))
        return ExitCode.success
    }

    /// Names and roles only: no credential, and nothing about visitors.
    static func list(_ c: Context) throws -> Int32 {
        let store = try c.openStore()
        try c.signIn(store, for: .manageUsers)
        let zh = c.language == .zh
        for s in try store.userSummaries() {
            var line = DisplaySanitizer.sanitize(s.user.name) + "\t" + s.user.role.label(c.language)
            if !s.hasCredential { line += zh ? "\t（未设 PIN，不能登录）" : "\t(no PIN set; cannot sign in)" }
            if let last = s.lastLoginAt { line += (zh ? "\t上次登录 " : "\tlast sign-in ") + last }
            c.say(line)
        }
        if try store.needsFirstAdmin() { c.err(AccessError.firstAdminMissing.message) }
        return ExitCode.success
    }

    /// `liaison audit [SUBJECT] [--limit N]`: the audit log, newest first, for an admin.
    static func audit(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.count <= 1 else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison audit [对象，如 visitor:编号] [--limit N]",
                                                          "usage: liaison audit [SUBJECT, e.g. visitor:ID] [--limit N]"))
        }
        let store = try c.openStore()
        let admin = try c.requireUser(store, for: .readAuditLog)
        let limit = try c.arguments.int("limit") ?? 500
        for e in try store.auditLog(by: admin, subject: args.first, limit: max(1, limit)) {
            c.say([e.at, e.actor, e.action, e.subject, e.reason].map { DisplaySanitizer.sanitize($0) }.joined(separator: "\t"))
        }
        return ExitCode.success
    }

    /// A new PIN/password: at a terminal typed twice; from a pipe, one line.
    static func newSecret(_ c: Context, for name: String) throws -> String {
        let first = c.readSecret(prompt: Bilingual("为“\(name)”设置 PIN/密码（至少 \(SecretRules.minimumLength) 位）：",
                                                     "New PIN/password for “\(name)” (at least \(SecretRules.minimumLength)): ")) ?? ""
        let secret = try SecretRules.validate(first)
        if isatty(STDIN_FILENO) == 1 {
            let again = c.readSecret(prompt: Bilingual("再输一次：", "Again: ")) ?? ""
            guard again == first else {
                throw Arguments.UsageError(message: Bilingual("两次输入不一致，未作改动", "The two entries differ; nothing was changed"))
            }
        }
        return secret
    }
}
