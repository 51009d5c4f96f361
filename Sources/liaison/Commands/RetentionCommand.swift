import LiaisonCore

/// `liaison retention [--years N] [--dry-run] --user ADMIN`: anonymises visitors'
/// personal fields past the retention period. `--years` also becomes the
/// station's setting (unless it is a dry run).
enum RetentionCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.isEmpty else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison retention [--years N] [--dry-run] --user 管理员",
                                                          "usage: liaison retention [--years N] [--dry-run] --user ADMIN"))
        }
        let years = try c.arguments.int("years")
        let dryRun = c.arguments.has("dry-run")
        let store = try c.openStore()
        let admin = try c.requireUser(store, for: .runRetention)
        if let years, !dryRun { try store.setRetentionYears(years, by: admin) }
        let report = try store.applyRetention(by: admin, years: years, dryRun: dryRun)
        c.say(report.summary(c.language))
        return ExitCode.success
    }
}
