import LiaisonCore

/// Words of the reports screen (F6).
extension Catalogue {
    public static let reportTitle = Bilingual("民意报告", "Report")
    public static let reportCharts = Bilingual("图表", "Charts")
    public static let reportFullText = Bilingual("全文", "Full text")
    public static let reportRates = Bilingual("三率与按时率", "Rates")
    public static let reportByCategory = Bilingual("按分类（意见）", "Opinions by category")
    public static let reportByState = Bilingual("按状态（案件）", "Cases by state")
    public static let reportDaily = Bilingual("每日意见", "Opinions per day")
    public static let reportTotals = Bilingual("概况", "Summary")
    public static let reportEvaluation = Bilingual("站点评价", "Evaluation")
    public static let reportHint = Bilingual("[ ] 上月/下月  Tab 图表/全文  PgUp PgDn 翻页  e 导出 Markdown/CSV/HTML  Esc 返回",
                                             "[ ] month back/forward  Tab charts/text  PgUp PgDn scroll  e export Markdown/CSV/HTML  Esc back")
    public static func reportExported(_ paths: [String]) -> Bilingual {
        Bilingual("已导出：" + paths.joined(separator: "、"), "Exported: " + paths.joined(separator: ", "))
    }
    public static let helpMonth = Bilingual("上个月 / 下个月", "Previous / next month")
    public static let helpToggleView = Bilingual("图表 / 全文", "Charts / full text")
    public static let helpExport = Bilingual("导出报告文件", "Export the report files")
    public static func reportCounts(opinions: Int, cases: Int, visitors: Int, sessions: Int) -> Bilingual {
        Bilingual("意见 \(opinions) 条 · 案件 \(cases) 件 · 来访 \(visitors) 人 · 接待活动 \(sessions) 次",
                  "\(opinions) opinions · \(cases) cases · \(visitors) visitors · \(sessions) sessions")
    }
    public static let rateNames = [Bilingual("响应率", "Response"), Bilingual("办结率", "Resolution"),
                                   Bilingual("满意率", "Satisfaction"), Bilingual("按时率", "On time")]
}

/// Words of the cluster workbench (F6, third page).
extension Catalogue {
    public static let reportClusters = Bilingual("聚类", "Clusters")
    public static let proposalsHeading = Bilingual("建议聚类（同一问题的多条意见）", "Proposed clusters (many opinions, one problem)")
    public static let clustersHeading = Bilingual("已确认的集中民意", "Accepted clusters")
    public static let noProposals = Bilingual("暂无可聚类的在办意见", "No open opinions group together yet")
    public static let hasSuggestion = Bilingual("已形成代表建议", "has a suggestion")
    public static func clusterAccepted(_ name: String, _ count: Int) -> Bilingual {
        Bilingual("已确认聚类“\(name)”（\(count) 条意见）", "Accepted cluster “\(name)” (\(count) opinions)")
    }
}
