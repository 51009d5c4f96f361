import LiaisonCore

/// `liaison backup FILE` and `liaison check`.
enum BackupCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.count == 1 else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison backup 文件", "usage: liaison backup FILE"))
        }
        let store = try c.openSignedIn(for: .backupStation).store
        try store.backup(to: args[0])
        c.say(Bilingual("已备份到 \(args[0])", "Backed up to \(args[0])"))
        return ExitCode.success
    }
}

enum CheckCommand {
    static func run(_ c: Context) throws -> Int32 {
        let store = try c.openStore()
        let report = try store.check()
        if report.ok {
            c.say(Bilingual("检查通过：\(report.checkedCases) 个案件，完整性正常", "Check passed: \(report.checkedCases) cases, integrity ok"))
            return ExitCode.success
        }
        for problem in report.problems { c.err(problem) }
        c.err(Bilingual("检查发现 \(report.problems.count) 个问题", "Check found \(report.problems.count) problems"))
        return ExitCode.failure
    }
}
