import Foundation
import LiaisonCore

/// `liaison import representatives|opinions FILE.csv`.
enum ImportCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.count == 2, ["representatives", "opinions"].contains(args[0]) else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison import representatives|opinions 文件.csv",
                                                          "usage: liaison import representatives|opinions FILE.csv"))
        }
        let url = URL(fileURLWithPath: args[1])
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw StoreError.notFound(what: args[1])
        }
        let store = try c.openSignedIn(for: .importData).store
        let report = args[0] == "representatives"
            ? try RepresentativeImporter.importFile(url, into: store)
            : try OpinionImporter.importFile(url, into: store)
        let text = report.summary(c.language)
        if report.errors.isEmpty { c.say(text) } else { c.err(text) }
        // Bad rows do not stop the good ones; the exit code still tells a script something was refused.
        return report.errors.isEmpty ? ExitCode.success : ExitCode.failure
    }
}
