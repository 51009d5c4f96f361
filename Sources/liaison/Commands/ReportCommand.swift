import Foundation
import LiaisonCore

/// `liaison report [--month YYYY-MM | --from DATE --to DATE] [--format text|md|csv|html] [--out FILE]`.
/// Without a period: this month so far. Without --format: from the --out extension, else text.
enum ReportCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.isEmpty else {
            throw Arguments.UsageError(message: Bilingual(
                "用法：liaison report [--month YYYY-MM | --from 日期 --to 日期] [--format text|md|csv|html] [--out 文件]",
                "usage: liaison report [--month YYYY-MM | --from DATE --to DATE] [--format text|md|csv|html] [--out FILE]"))
        }
        let out = c.arguments["out"]
        let formatText = c.arguments["format"] ?? out.map { URL(fileURLWithPath: $0).pathExtension } ?? "text"
        guard let format = ReportOutput.parse(formatText) ?? (c.arguments["format"] == nil ? .text : nil) else {
            throw Arguments.UsageError(message: Bilingual("--format 只能是 text、md、csv 或 html", "--format must be text, md, csv or html"))
        }
        let store = try c.openSignedIn(for: .readReports).store
        let period = try period(c, today: store.today)
        let report = try store.report(for: period)
        try c.write(Data(format.render(report, language: c.language).utf8), to: out)
        if let out, out != "-" {
            c.err(Bilingual("已写出 \(period.label.zh) 报告：\(out)", "wrote the \(period.label.en) report: \(out)"))
        }
        return ExitCode.success
    }

    static func period(_ c: Context, today: CivilDate) throws -> ReportPeriod {
        let month = c.arguments["month"], from = c.arguments["from"], to = c.arguments["to"]
        if let month {
            guard from == nil, to == nil else {
                throw Arguments.UsageError(message: Bilingual("--month 与 --from/--to 只能选一种", "use either --month or --from/--to"))
            }
            guard let p = ReportPeriod.month(month) else {
                throw Arguments.UsageError(message: Bilingual("--month 需要 YYYY-MM，而不是“\(month)”", "--month needs YYYY-MM, not “\(month)”"))
            }
            return p
        }
        if from != nil || to != nil {
            guard let f = from.flatMap(CivilDate.init), let t = to.flatMap(CivilDate.init) else {
                throw Arguments.UsageError(message: Bilingual("--from 和 --to 都需要日期 YYYY-MM-DD", "--from and --to both need a date YYYY-MM-DD"))
            }
            guard let p = ReportPeriod(from: f, to: t) else {
                throw Arguments.UsageError(message: Bilingual("--from 不能晚于 --to", "--from must not be after --to"))
            }
            return p
        }
        return ReportPeriod(from: CivilDate(year: today.year, month: today.month, day: 1)!, to: today)!
    }
}
