/// Section and column titles shared by the renderers.
enum ReportLabels {
    static let title = Bilingual("代表联络站民意报告", "Liaison station report")
    static let period = Bilingual("统计期间", "Period")
    static let generated = Bilingual("生成时间", "Generated")
    static let summary = Bilingual("概况", "Summary")
    static let rates = Bilingual("三率与按时率", "Rates")
    static let category = Bilingual("按分类", "By category")
    static let state = Bilingual("按状态（案件）", "By state (cases)")
    static let place = Bilingual("按社区（村）", "By community")
    static let daily = Bilingual("每日意见数", "Opinions per day")
    static let clusters = Bilingual("集中民意（聚类）", "Top clusters")
    static let departments = Bilingual("承办单位排行", "Department league table")
    static let representatives = Bilingual("代表履职", "Representative performance")
    static let evaluation = Bilingual("站点评价", "Station evaluation")
    static let narrative = Bilingual("民意报告", "Public opinion report")
    static let strengths = Bilingual("亮点", "Strengths")
    static let concerns = Bilingual("需关注", "Needs attention")
    static let median = Bilingual("办理用时中位数（工作日）", "Median handling time (working days)")
    static let definitions = Bilingual(
        "口径：以期内登记的案件为基数（被合并的重复件除外），截至期末最后一日。响应率＝登记后有任何处理动作的件数÷基数；办结率＝已办结÷基数；满意率＝最近一次评价为满意或基本满意÷有评价（未表态除外）的件数；按时率＝首次答复不晚于有效期限（扣除等待群众的工作日）÷已答复件数。",
        "Base: cases registered in the period (merged duplicates excluded), as of the period's last day. Response = cases with any action after registration ÷ base; resolution = closed ÷ base; satisfaction = latest rating satisfied or basically satisfied ÷ cases rated (no-answer excluded); on-time = first answer on or before the effective deadline (pauses awaiting the visitor added) ÷ cases answered.")

    static func totals(_ t: StationReport.Totals) -> [(Bilingual, String)] {
        [(Bilingual("接待活动（次）", "Reception sessions"), "\(t.sessions)"),
         (Bilingual("来访群众（人）", "Visitors"), "\(t.visitors)"),
         (Bilingual("来访人次", "People (with groups)"), "\(t.headcount)"),
         (Bilingual("意见建议（条）", "Opinions"), "\(t.opinions)"),
         (Bilingual("登记案件（件）", "Cases registered"), "\(t.cases)"),
         (Bilingual("期末在办（件）", "Open at period end"), "\(t.openCases)"),
         (Bilingual("超期（件）", "Overdue"), "\(t.overdueCases)"),
         (Bilingual("新建聚类（类）", "Clusters formed"), "\(t.clustersFormed)"),
         (Bilingual("代表建议（件）", "Suggestions"), "\(t.suggestions)")]
    }

    static func rates(_ r: StationReport.Rates) -> [(Bilingual, StationReport.Rate)] {
        [(Bilingual("响应率", "Response rate"), r.response), (Bilingual("办结率", "Resolution rate"), r.resolution),
         (Bilingual("满意率", "Satisfaction rate"), r.satisfaction), (Bilingual("按时率", "On-time rate"), r.onTime)]
    }

    static let departmentColumns = [Bilingual("单位", "Department"), Bilingual("交办", "Dispatched"), Bilingual("已答复", "Answered"),
                                    Bilingual("按时率", "On time"), Bilingual("超期", "Overdue"), Bilingual("用时中位数", "Median days"),
                                    Bilingual("满意率", "Satisfaction")]
    static let representativeColumns = [Bilingual("代表", "Representative"), Bilingual("进站次数", "Sessions"),
                                        Bilingual("接收意见", "Opinions"), Bilingual("督办案件", "Cases supervised"),
                                        Bilingual("代表建议", "Suggestions")]
    static let clusterColumns = [Bilingual("聚类", "Cluster"), Bilingual("意见数", "Opinions"), Bilingual("期内", "In period"),
                                 Bilingual("代表建议", "Suggestion")]

    static func departmentRow(_ d: StationReport.DepartmentLine) -> [String] {
        [d.name, "\(d.dispatched)", "\(d.answered)", ReportFormat.percent(d.onTime), "\(d.overdue)",
         ReportFormat.days(d.medianWorkingDays), ReportFormat.percent(d.satisfaction)]
    }

    static func representativeRow(_ r: StationReport.RepresentativeLine) -> [String] {
        [r.name, "\(r.sessionsAttended)", "\(r.opinionsReceived)", "\(r.casesSupervised)", "\(r.suggestions)"]
    }

    static func clusterRow(_ c: StationReport.ClusterLine, _ lang: Language) -> [String] {
        [c.name, "\(c.members)", "\(c.membersInPeriod)", c.suggestionState.map { $0.label(lang) } ?? "—"]
    }
}
