import Foundation

/// The report as Markdown, to paste into a document or send upward.
public enum ReportMarkdownRenderer {
    public static func render(_ r: StationReport, language lang: Language = .zh) -> String {
        var out: [String] = []
        // Table cells must not break the table: pipes and newlines are escaped.
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        func table(_ header: [String], _ rows: [[String]]) {
            out.append("| " + header.map(cell).joined(separator: " | ") + " |")
            out.append("|" + header.map { _ in " --- |" }.joined())
            for row in rows { out.append("| " + row.map(cell).joined(separator: " | ") + " |") }
            out.append("")
        }
        func counts(_ title: Bilingual, _ list: [StationReport.Count], total: Int) {
            out.append("## \(title(lang))\n")
            table([lang == .zh ? "项目" : "Item", lang == .zh ? "数量" : "Count", lang == .zh ? "占比" : "Share"],
                  list.map { [$0.label(lang), "\($0.count)", ReportFormat.share($0.count, of: total)] })
        }
        out.append("# \(ReportLabels.title(lang))：\(cell(r.stationName))\n")
        out.append("\(ReportLabels.period(lang))：\(r.period.label(lang))（\(r.period.from) – \(r.period.to)）  ")
        out.append("\(ReportLabels.generated(lang))：\(r.generatedAt.prefix(16).replacingOccurrences(of: "T", with: " "))\n")
        out.append("## \(ReportLabels.narrative(lang))\n")
        for p in r.narrative { out.append(p(lang) + "\n") }
        out.append("## \(ReportLabels.summary(lang))\n")
        table([lang == .zh ? "指标" : "Figure", lang == .zh ? "数值" : "Value"], ReportLabels.totals(r.totals).map { [$0.0(lang), $0.1] })
        out.append("## \(ReportLabels.rates(lang))\n")
        table([lang == .zh ? "指标" : "Rate", lang == .zh ? "比率" : "Value", lang == .zh ? "分子/分母" : "Fraction"],
              ReportLabels.rates(r.rates).map { [$0.0(lang), ReportFormat.percent($0.1), "\($0.1.numerator)/\($0.1.denominator)"] }
              + [[ReportLabels.median(lang), ReportFormat.days(r.medianHandlingWorkingDays), ""]])
        out.append("> \(ReportLabels.definitions(lang))\n")
        out.append("## \(ReportLabels.daily(lang))\n")
        out.append("`\(ReportSparkline.ascii(r.daily.map(\.opinions)))`\n")
        counts(ReportLabels.category, r.byCategory, total: r.totals.opinions)
        counts(ReportLabels.state, r.byState, total: r.totals.cases)
        counts(ReportLabels.place, r.byPlace, total: r.totals.opinions)
        out.append("## \(ReportLabels.clusters(lang))\n")
        table(ReportLabels.clusterColumns.map { $0(lang) }, r.topClusters.map { ReportLabels.clusterRow($0, lang) })
        out.append("## \(ReportLabels.departments(lang))\n")
        table(ReportLabels.departmentColumns.map { $0(lang) }, r.departments.map(ReportLabels.departmentRow))
        out.append("## \(ReportLabels.representatives(lang))\n")
        table(ReportLabels.representativeColumns.map { $0(lang) }, r.representatives.map(ReportLabels.representativeRow))
        out.append("## \(ReportLabels.evaluation(lang))\n")
        let e = r.evaluation
        out.append("**\(e.score.map { "\($0) · " } ?? "")\(e.grade(lang))**\n")
        for s in e.strengths { out.append("- \(ReportLabels.strengths(lang))：\(s(lang))") }
        for c in e.concerns { out.append("- \(ReportLabels.concerns(lang))：\(c(lang))") }
        return out.joined(separator: "\n") + "\n"
    }
}
