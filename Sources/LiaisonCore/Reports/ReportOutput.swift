/// The file formats a report is written in.
public enum ReportOutput: String, Sendable, CaseIterable {
    case text, md, csv, html

    /// Accepts `text|txt`, `md|markdown`, `csv`, `html|htm`.
    public static func parse(_ s: String) -> ReportOutput? {
        switch s.lowercased() {
        case "text", "txt": return .text
        case "md", "markdown": return .md
        case "csv": return .csv
        case "html", "htm": return .html
        default: return nil
        }
    }

    public func render(_ report: StationReport, language: Language = .zh) -> String {
        switch self {
        case .text: return ReportTextRenderer.render(report, language: language)
        case .md: return ReportMarkdownRenderer.render(report, language: language)
        case .csv: return ReportCSVRenderer.render(report, language: language)
        case .html: return ReportHTMLRenderer.render(report, language: language)
        }
    }
}
