import LiaisonCore

/// `liaison export cases|opinions|representatives [--format csv|json] [--since DATE] [--out FILE]`.
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
        let table = try c.openStore().exportTable(kind, since: since)
        try c.write(format == "csv" ? table.csv() : try table.json(), to: c.arguments["out"])
        return ExitCode.success
    }
}
