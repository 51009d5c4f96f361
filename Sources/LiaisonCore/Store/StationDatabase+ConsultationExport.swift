/// Every opinion on one consultation, for the legislature: CSV for a
/// spreadsheet, Markdown for a report. Visitors appear by name or "anonymous",
/// never with phone or ID numbers.
public enum ConsultationExportFormat: String, Sendable, CaseIterable {
    case csv, md
}

extension StationDatabase {
    public func consultation(id: String) throws -> Consultation? {
        try consultations().first { $0.id == id }
    }

    public func exportConsultation(id: String, format: ConsultationExportFormat, language: Language = .zh) throws -> String {
        guard let c = try consultation(id: id) else { throw StoreError.notFound(what: id) }
        let zh = language == .zh
        let opinions = try opinions(consultationID: id)
        var caseNumbers: [String: String] = [:]
        var visitorNames: [String: String] = [:]
        for o in opinions {
            if caseNumbers[o.caseID] == nil { caseNumbers[o.caseID] = try caseRecord(id: o.caseID)?.number ?? "" }
            if visitorNames[o.visitorID] == nil {
                let v = try visitor(id: o.visitorID)
                visitorNames[o.visitorID] = (v == nil || v!.anonymous || v!.name.isEmpty) ? (zh ? "匿名" : "anonymous") : v!.name
            }
        }
        switch format {
        case .csv:
            let header = zh ? ["条款", "立场", "意见", "来访群众", "案件号", "分类", "时间"]
                            : ["clause", "position", "opinion", "visitor", "case", "category", "time"]
            let rows = opinions.map { o in
                [o.clause, o.position.label(language), o.text, visitorNames[o.visitorID] ?? "",
                 caseNumbers[o.caseID] ?? "", category(o.category)?.name(language) ?? o.category, String(o.createdAt.prefix(16))]
            }
            return CSVWriter.document(header: header, rows: rows)
        case .md:
            var lines = ["# " + (zh ? "征求意见汇总：" : "Consultation: ") + md(c.title), ""]
            lines.append("- " + (zh ? "发布单位：" : "Issuer: ") + md(c.issuer))
            lines.append("- " + (zh ? "截止日期：" : "Deadline: ") + c.deadline.description)
            lines.append("- " + (zh ? "意见条数：" : "Opinions: ") + String(opinions.count))
            lines.append("")
            lines.append("## " + (zh ? "逐条统计" : "Per-clause tally"))
            lines.append("")
            lines.append(zh ? "| 条款 | 赞成 | 反对 | 修改 | 其他 |" : "| Clause | Support | Oppose | Amend | Other |")
            lines.append("|---|---:|---:|---:|---:|")
            for t in try clauseTally(consultationID: id) {
                lines.append("| \(md(t.clause.isEmpty ? "—" : t.clause)) | \(t.support) | \(t.oppose) | \(t.amend) | \(t.other) |")
            }
            lines.append("")
            lines.append("## " + (zh ? "意见原文" : "Opinions"))
            lines.append("")
            for o in opinions {
                let clause = o.clause.isEmpty ? "—" : o.clause
                lines.append("- **\(md(clause))** [\(o.position.label(language))] \(md(o.text.replacingOccurrences(of: "\n", with: " ")))"
                             + "（\(md(visitorNames[o.visitorID] ?? ""))，\(caseNumbers[o.caseID] ?? "")）")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Markdown-significant characters escaped so a visitor's text cannot restructure the export.
    private func md(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>|#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
