/// The minutes of a reception session, produced when it closes: attendance,
/// visitors, opinions by category, cases opened and resolved on site.
public struct SessionMinutes: Sendable {
    public let session: ReceptionSession
    public let stationName: String
    public let attendance: [Attendance]
    public let visitors: Int
    public let people: Int
    public let opinionsByCategory: [(category: Category, count: Int)]
    public let casesOpened: Int
    public let resolvedOnSite: Int
    public let opinions: [(number: String, category: String, text: String)]

    public func markdown(_ language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        lines.append("# " + (zh ? "接待活动纪要" : "Session minutes") + "：\(session.title)")
        lines.append("")
        lines.append("- " + (zh ? "站点" : "Station") + "：\(stationName)")
        lines.append("- " + (zh ? "类型" : "Kind") + "：\(session.kind.label(language))")
        lines.append("- " + (zh ? "地点" : "Place") + "：\(session.place)")
        lines.append("- " + (zh ? "开始" : "Started") + "：\(session.startsAt.prefix(16).replacingOccurrences(of: "T", with: " "))")
        if let closed = session.closedAt {
            lines.append("- " + (zh ? "结束" : "Closed") + "：\(closed.prefix(16).replacingOccurrences(of: "T", with: " "))")
        }
        lines.append("")
        lines.append("## " + (zh ? "出席" : "Attendance"))
        lines.append("")
        if attendance.isEmpty { lines.append(zh ? "（无）" : "(none)") }
        for a in attendance { lines.append("- \(escape(a.name))（\(escape(a.title))）") }
        lines.append("")
        lines.append("## " + (zh ? "概况" : "Summary"))
        lines.append("")
        lines.append("- " + (zh ? "来访 \(visitors) 批 \(people) 人" : "\(visitors) visits, \(people) people"))
        lines.append("- " + (zh ? "意见 \(opinions.count) 条，新立案件 \(casesOpened) 件，现场解决 \(resolvedOnSite) 件"
                                : "\(opinions.count) opinions, \(casesOpened) new cases, \(resolvedOnSite) resolved on site"))
        lines.append("")
        lines.append("| " + (zh ? "分类" : "Category") + " | " + (zh ? "条数" : "Opinions") + " |")
        lines.append("|---|---:|")
        for (c, n) in opinionsByCategory { lines.append("| \(c.name(language)) | \(n) |") }
        lines.append("")
        lines.append("## " + (zh ? "意见清单" : "Opinions"))
        lines.append("")
        for o in opinions { lines.append("- **\(o.number)** [\(o.category)] \(escape(o.text.replacingOccurrences(of: "\n", with: " ")))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown-significant characters in data are escaped so a visitor's text cannot restructure the minutes.
    func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
