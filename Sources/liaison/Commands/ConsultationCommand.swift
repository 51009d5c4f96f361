import Foundation
import LiaisonCore

/// `liaison consultation list` and `liaison consultation export ID --format csv|md [--out FILE]`:
/// the consultations pushed down to the station, and every opinion on one for the legislature.
enum ConsultationCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        switch args.first ?? "list" {
        case "list":
            let store = try c.openSignedIn(for: .readReports).store
            let today = store.today.description
            for k in try store.consultations() {
                let count = try store.clauseTally(consultationID: k.id).reduce(0) { $0 + $1.support + $1.oppose + $1.amend + $1.other }
                let state = k.deadline.description < today ? Bilingual("已截止", "closed") : Bilingual("征求中", "open")
                c.say([k.id, k.deadline.description, state(c.language), k.kind.label(c.language), String(count), k.title]
                    .joined(separator: "\t"))
            }
            return ExitCode.success
        case "export":
            guard args.count == 2 else {
                throw Arguments.UsageError(message: Bilingual("用法：liaison consultation export 编号 --format csv|md",
                                                              "usage: liaison consultation export ID --format csv|md"))
            }
            guard let format = ConsultationExportFormat(rawValue: c.arguments["format"] ?? "csv") else {
                throw Arguments.UsageError(message: Bilingual("--format 只能是 csv 或 md", "--format must be csv or md"))
            }
            let store = try c.openSignedIn(for: .exportMasked).store
            // The full key, or a unique ending of it (as in the exported file names).
            let matches = try store.consultations().filter { $0.id == args[1] || (args[1].count >= 6 && $0.id.hasSuffix(args[1])) }
            guard matches.count == 1 else { throw StoreError.notFound(what: args[1]) }
            let text = try store.exportConsultation(id: matches[0].id, format: format, language: c.language)
            try c.write(Data(text.utf8), to: c.arguments["out"])
            return ExitCode.success
        default:
            throw Arguments.UsageError(message: Bilingual("用法：liaison consultation list | export 编号 --format csv|md",
                                                          "usage: liaison consultation list | export ID --format csv|md"))
        }
    }
}
