/// The report as plain text for a terminal: aligned by display width, bars in
/// ASCII (`#`) so ambiguous-width terminals draw them right.
public enum ReportTextRenderer {
    public static func render(_ r: StationReport, language lang: Language = .zh, width: Int = 78) -> String {
        var out: [String] = []
        func heading(_ b: Bilingual) { out.append(""); out.append("== \(b(lang)) ==") }
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - DisplayWidth.of(s))) }
        func bars(_ counts: [StationReport.Count], limit: Int = 10) {
            let top = counts.prefix(limit)
            let labelWidth = min(24, top.map { DisplayWidth.of($0.label(lang)) }.max() ?? 0)
            let most = max(1, top.map(\.count).max() ?? 1)
            let room = max(10, width - labelWidth - 12)
            for c in top {
                let n = Int((Double(c.count) / Double(most) * Double(room)).rounded())
                out.append("\(pad(c.label(lang), labelWidth))  \(String(repeating: "#", count: max(c.count > 0 ? 1 : 0, n))) \(c.count)")
            }
            if top.isEmpty { out.append("—") }
        }
        out.append("\(ReportLabels.title(lang)) · \(r.stationName)")
        out.append("\(ReportLabels.period(lang))：\(r.period.label(lang))（\(r.period.from) – \(r.period.to)）")
        heading(ReportLabels.summary)
        for (label, value) in ReportLabels.totals(r.totals) { out.append("\(pad(label(lang), 22)) \(value)") }
        heading(ReportLabels.rates)
        for (label, rate) in ReportLabels.rates(r.rates) {
            let filled = Int(((rate.value ?? 0) * 30).rounded())
            out.append("\(pad(label(lang), 14)) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 30 - filled))] \(ReportFormat.fraction(rate))")
        }
        out.append("\(ReportLabels.median(lang))：\(ReportFormat.days(r.medianHandlingWorkingDays))")
        heading(ReportLabels.daily)
        out.append(ReportSparkline.ascii(r.daily.map(\.opinions)))
        heading(ReportLabels.category); bars(r.byCategory)
        heading(ReportLabels.state); bars(r.byState)
        heading(ReportLabels.place); bars(r.byPlace)
        func table(_ header: [Bilingual], _ rows: [[String]]) {
            let cells = [header.map { $0(lang) }] + rows
            let widths = (0..<header.count).map { i in cells.map { DisplayWidth.of($0[i]) }.max() ?? 0 }
            for row in cells { out.append(row.enumerated().map { pad($0.element, widths[$0.offset]) }.joined(separator: "  ")) }
            if rows.isEmpty { out.append("—") }
        }
        heading(ReportLabels.clusters); table(ReportLabels.clusterColumns, r.topClusters.map { ReportLabels.clusterRow($0, lang) })
        heading(ReportLabels.departments); table(ReportLabels.departmentColumns, r.departments.map(ReportLabels.departmentRow))
        heading(ReportLabels.representatives); table(ReportLabels.representativeColumns, r.representatives.map(ReportLabels.representativeRow))
        heading(ReportLabels.evaluation)
        let e = r.evaluation
        out.append("\(e.score.map { "\($0) · " } ?? "")\(e.grade(lang))")
        for s in e.strengths { out.append("+ \(s(lang))") }
        for c in e.concerns { out.append("! \(c(lang))") }
        heading(ReportLabels.narrative)
        for p in r.narrative { out.append(p(lang)); out.append("") }
        out.append(ReportLabels.definitions(lang))
        return out.joined(separator: "\n") + "\n"
    }
}

/// Sparklines for a day-by-day series.
public enum ReportSparkline {
    /// One ASCII character per value, `_` for zero up to `#` for the maximum.
    public static func ascii(_ values: [Int]) -> String {
        let ramp = Array("_.-=+*#")
        let most = max(1, values.max() ?? 1)
        return String(values.map { v in v == 0 ? ramp[0] : ramp[min(ramp.count - 1, 1 + (v * (ramp.count - 2)) / most)] })
    }
}
