import LiaisonCore

/// `liaison export open311 [--since DATE] [--out FILE]`: cases as Open311
/// GeoReport v2 service requests (JSON), for the grassroots governance platform.
enum Open311Command {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.isEmpty else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison export open311 [--since 日期] [--out 文件]",
                                                          "usage: liaison export open311 [--since DATE] [--out FILE]"))
        }
        var since: CivilDate?
        if let text = c.arguments["since"] {
            guard let date = CivilDate(text) else {
                throw Arguments.UsageError(message: Bilingual("--since 需要日期 YYYY-MM-DD", "--since needs a date YYYY-MM-DD"))
            }
            since = date
        }
        let requests = try c.openSignedIn(for: .exportMasked).store.open311Requests(since: since)
        try c.write(try Open311Export.json(requests), to: c.arguments["out"])
        return ExitCode.success
    }
}
