import Foundation

/// Inline SVG charts for the HTML report: no scripts, no fonts, no external
/// references; every label escaped.
enum ReportSVGChart {
    static func n(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Horizontal bars, one per item, the longest full width.
    static func bars(_ items: [(label: String, value: Double, text: String)], color: String = "#3b6ea5",
                     maximum: Double? = nil) -> String {
        let rowHeight = 26.0, labelWidth = 170.0, barRoom = 330.0, width = labelWidth + barRoom + 90
        let height = max(1, Double(items.count)) * rowHeight + 8
        let most = maximum ?? max(1, items.map(\.value).max() ?? 1)
        var svg = "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        for (i, item) in items.enumerated() {
            let y = Double(i) * rowHeight + 4
            let w = most > 0 ? item.value / most * barRoom : 0
            svg += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 17))\" text-anchor=\"end\">\(SVGText.escaped(String(item.label.prefix(14))))</text>"
            svg += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(barRoom))\" height=\"18\" fill=\"#eef1f5\"/>"
            svg += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(w))\" height=\"18\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(n(labelWidth + barRoom + 8))\" y=\"\(n(y + 17))\">\(SVGText.escaped(item.text))</text>"
        }
        return svg + "</svg>"
    }

    /// Columns for a day-by-day series, with the first and last dates under it.
    static func daily(_ days: [StationReport.DailyCount]) -> String {
        let width = 600.0, height = 120.0, base = 96.0
        let most = Double(max(1, days.map(\.opinions).max() ?? 1))
        let step = width / Double(max(1, days.count))
        var svg = "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        svg += "<line x1=\"0\" y1=\"\(n(base))\" x2=\"\(n(width))\" y2=\"\(n(base))\" stroke=\"#999\" stroke-width=\"1\"/>"
        for (i, d) in days.enumerated() where d.opinions > 0 {
            let h = Double(d.opinions) / most * (base - 8)
            svg += "<rect x=\"\(n(Double(i) * step + 1))\" y=\"\(n(base - h))\" width=\"\(n(max(1, step - 2)))\" height=\"\(n(h))\" fill=\"#3b6ea5\"><title>\(d.date) \(d.opinions)</title></rect>"
        }
        if let first = days.first, let last = days.last {
            svg += "<text x=\"0\" y=\"114\">\(first.date)</text><text x=\"\(n(width))\" y=\"114\" text-anchor=\"end\">\(last.date)</text>"
        }
        return svg + "</svg>"
    }
}
