import Foundation
import LiaisonCore

/// `liaison export cases|opinions|representatives [--format csv|json] [--since DATE] [--out FILE]`;
/// `--include-personal --reason WHY --user ADMIN` adds full numbers (audited). Signed in (`SignIn.swift`).
enum ExportCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.count == 1, let kind = ExportKind(rawValue: args[0]) else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison export cases|opinions|representatives [--format csv|json]",
                                                          "usage: liaison export cases|opinions|representatives [--format csv|json]"))
        }
        let format = c.arguments["format"] ?? "csv"
        guard format == "csv" || format == "json" else {
            throw Arguments.UsageError(message: Bilingual("--format 只能是 csv 或 json", "--format must be csv or json"))
        }
        var since: CivilDate?
        if let text = c.arguments["since"] {
            guard let date = CivilDate(text) else {
                throw Arguments.UsageError(message: Bilingual("--since 需要日期 YYYY-MM-DD", "--since needs a date YYYY-MM-DD"))
            }
            since = date
        }
        let store = try c.openStore()
        let table: ExportTable
        if c.arguments.has("include-personal") {
            // Full numbers only for a signed-in admin who states why; the store audits it.
            guard let reason = c.arguments["reason"], !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Arguments.UsageError(message: Bilingual("--include-personal 需要 --reason 理由 和 --user 管理员",
                                                              "--include-personal needs --reason WHY and --user ADMIN"))
            }
            let admin = try c.requireUser(store, for: .exportPersonalData)
            table = try store.personalExportTable(kind, since: since, reason: reason, by: admin)
        } else {
            try c.signIn(store, for: .exportMasked)
            table = try store.exportTable(kind, since: since)
        }
        try c.write(format == "csv" ? table.csv() : try table.json(), to: c.arguments["out"])
        return ExitCode.success
    }
}
