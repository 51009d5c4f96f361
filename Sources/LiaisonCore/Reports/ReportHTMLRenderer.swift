import Foundation

/// The report as one self-contained HTML file: inline CSS and SVG charts, no
/// scripts, fonts, images or links to fetch, so it opens offline in any
/// browser. Written as well-formed XHTML-compatible markup (every element
/// closed, every text escaped) so it also parses as XML.
public enum ReportHTMLRenderer {
    static let style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.6em;border-bottom:2px solid #b22;padding-bottom:.3em}h2{font-size:1.2em;margin-top:1.6em;color:#b22}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
        th{background:#f4f4f4}td.num{text-align:right}.chart text{font-size:12px;fill:#333}.grade{font-size:1.3em;font-weight:bold}
        .note{color:#666;font-size:.9em}.figures{display:flex;flex-wrap:wrap;gap:.6em}.figure{border:1px solid #ddd;padding:.5em .8em;min-width:8em}
        .figure b{display:block;font-size:1.4em}
        """

    static func e(_ s: String) -> String { SVGText.escaped(s) }

    public static func render(_ r: StationReport, language lang: Language = .zh) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"\(lang == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"/>"
        h += "<title>\(e(ReportLabels.title(lang))) \(e(r.stationName)) \(e(r.period.label(lang)))</title>"
        h += "<style>\(style)</style></head><body>"
        h += "<h1>\(e(ReportLabels.title(lang)))：\(e(r.stationName))</h1>"
        h += "<p>\(e(ReportLabels.period(lang)))：\(e(r.period.label(lang)))（\(r.period.from) – \(r.period.to)）　"
        h += "\(e(ReportLabels.generated(lang)))：\(e(String(r.generatedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")))</p>"
        h += "<h2>\(e(ReportLabels.narrative(lang)))</h2>"
        for p in r.narrative { h += "<p>\(e(p(lang)))</p>" }
        h += "<h2>\(e(ReportLabels.summary(lang)))</h2><div class=\"figures\">"
        for (label, value) in ReportLabels.totals(r.totals) { h += "<div class=\"figure\"><b>\(e(value))</b>\(e(label(lang)))</div>" }
        h += "</div><h2>\(e(ReportLabels.rates(lang)))</h2>"
        h += ReportSVGChart.bars(ReportLabels.rates(r.rates).map { ($0.0(lang), $0.1.value ?? 0, ReportFormat.fraction($0.1)) },
                                 color: "#b22", maximum: 1)
        h += "<p>\(e(ReportLabels.median(lang)))：\(e(ReportFormat.days(r.medianHandlingWorkingDays)))</p>"
        h += "<p class=\"note\">\(e(ReportLabels.definitions(lang)))</p>"
        h += "<h2>\(e(ReportLabels.daily(lang)))</h2>" + ReportSVGChart.daily(r.daily)
        for (title, list) in [(ReportLabels.category, r.byCategory), (ReportLabels.state, r.byState), (ReportLabels.place, r.byPlace)] {
            h += "<h2>\(e(title(lang)))</h2>"
            h += list.isEmpty ? "<p>—</p>" : ReportSVGChart.bars(list.prefix(12).map { ($0.label(lang), Double($0.count), "\($0.count)") })
        }
        func table(_ header: [Bilingual], _ rows: [[String]]) -> String {
            guard !rows.isEmpty else { return "<p>—</p>" }
            var t = "<table><thead><tr>" + header.map { "<th>\(e($0(lang)))</th>" }.joined() + "</tr></thead><tbody>"
            for row in rows {
                t += "<tr>" + row.enumerated().map { i, v in i == 0 ? "<td>\(e(v))</td>" : "<td class=\"num\">\(e(v))</td>" }.joined() + "</tr>"
            }
            return t + "</tbody></table>"
        }
        h += "<h2>\(e(ReportLabels.clusters(lang)))</h2>" + table(ReportLabels.clusterColumns, r.topClusters.map { ReportLabels.clusterRow($0, lang) })
        h += "<h2>\(e(ReportLabels.departments(lang)))</h2>" + table(ReportLabels.departmentColumns, r.departments.map(ReportLabels.departmentRow))
        h += "<h2>\(e(ReportLabels.representatives(lang)))</h2>"
            + table(ReportLabels.representativeColumns, r.representatives.map(ReportLabels.representativeRow))
        let ev = r.evaluation
        h += "<h2>\(e(ReportLabels.evaluation(lang)))</h2><p class=\"grade\">\(e(ev.score.map { "\($0) · " } ?? ""))\(e(ev.grade(lang)))</p><ul>"
        for s in ev.strengths { h += "<li>\(e(ReportLabels.strengths(lang)))：\(e(s(lang)))</li>" }
        for c in ev.concerns { h += "<li>\(e(ReportLabels.concerns(lang)))：\(e(c(lang)))</li>" }
        h += "</ul></body></html>\n"
        return h
    }
}
