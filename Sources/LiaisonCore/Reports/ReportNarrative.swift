/// The station evaluation and the 民意报告 text, written from the figures.
public enum ReportNarrative {
    /// Score = mean of the available rates × 100 (equal weights; a rate with
    /// nothing counted is left out). 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 待改进.
    static func evaluate(rates: StationReport.Rates, totals: StationReport.Totals,
                         representatives: [StationReport.RepresentativeLine]) -> StationReport.Evaluation {
        let named: [(Bilingual, StationReport.Rate)] = [
            (Bilingual("响应率", "response rate"), rates.response), (Bilingual("办结率", "resolution rate"), rates.resolution),
            (Bilingual("满意率", "satisfaction rate"), rates.satisfaction), (Bilingual("按时率", "on-time rate"), rates.onTime),
        ]
        let values = named.compactMap { $0.1.value }
        let score = values.isEmpty ? nil : Int((values.reduce(0, +) / Double(values.count) * 100).rounded())
        let grade: Bilingual
        switch score {
        case .none: grade = Bilingual("无数据", "no data")
        case .some(let s) where s >= 90: grade = Bilingual("优秀", "excellent")
        case .some(let s) where s >= 80: grade = Bilingual("良好", "good")
        case .some(let s) where s >= 60: grade = Bilingual("合格", "adequate")
        default: grade = Bilingual("待改进", "needs improvement")
        }
        var strengths: [Bilingual] = [], concerns: [Bilingual] = []
        for (name, rate) in named {
            guard let v = rate.value else { continue }
            let p = ReportFormat.percent(rate)
            if v >= 0.9 { strengths.append(Bilingual("\(name.zh)达\(p)", "\(name.en) at \(p)")) }
            if v < 0.6 { concerns.append(Bilingual("\(name.zh)仅\(p)", "\(name.en) only \(p)")) }
        }
        if totals.overdueCases > 0 {
            concerns.append(Bilingual("\(totals.overdueCases)件案件超期未答复", "\(totals.overdueCases) cases overdue without an answer"))
        }
        if totals.sessions == 0 { concerns.append(Bilingual("本期未开展接待活动", "no reception sessions held")) }
        let idle = representatives.filter { $0.sessionsAttended == 0 && $0.opinionsReceived == 0 }.count
        if idle > 0 { concerns.append(Bilingual("\(idle)名代表本期未进站履职", "\(idle) representatives did not attend")) }
        if totals.suggestions > 0 {
            strengths.append(Bilingual("形成代表建议\(totals.suggestions)件", "\(totals.suggestions) representatives' suggestions made"))
        }
        return .init(score: score, grade: grade, strengths: strengths, concerns: concerns)
    }

    static func paragraphs(_ r: StationReport) -> [Bilingual] {
        let t = r.totals
        var out: [Bilingual] = []
        out.append(Bilingual(
            "\(r.period.label.zh)，\(r.stationName)共开展接待活动\(t.sessions)次，接待群众\(t.visitors)人（\(t.headcount)人次），收集意见建议\(t.opinions)条，登记案件\(t.cases)件。",
            "In \(r.period.label.en), \(r.stationName) held \(t.sessions) reception sessions, received \(t.visitors) visitors (\(t.headcount) people), collected \(t.opinions) opinions and registered \(t.cases) cases."))
        let top = r.byCategory.prefix(3)
        if !top.isEmpty {
            let zh = top.map { "“\($0.label.zh)”\($0.count)条（占\(ReportFormat.share($0.count, of: t.opinions))）" }.joined(separator: "、")
            let en = top.map { "\($0.label.en) \($0.count) (\(ReportFormat.share($0.count, of: t.opinions)))" }.joined(separator: ", ")
            var zhText = "群众反映最集中的是\(zh)。", enText = "Most opinions concerned \(en)."
            if let place = r.byPlace.first(where: { $0.key != "" }) {
                zhText += "意见最多的社区（村）是\(place.label.zh)（\(place.count)条）。"
                enText += " The community raising most was \(place.label.en) (\(place.count))."
            }
            out.append(Bilingual(zhText, enText))
        }
        let rates = r.rates
        out.append(Bilingual(
            "办理方面，响应率\(ReportFormat.percent(rates.response))，办结率\(ReportFormat.percent(rates.resolution))，按时答复率\(ReportFormat.percent(rates.onTime))，群众满意率\(ReportFormat.percent(rates.satisfaction))，办理用时中位数\(ReportFormat.days(r.medianHandlingWorkingDays))个工作日；期末仍在办\(t.openCases)件，其中超期\(t.overdueCases)件。",
            "Handling: response rate \(ReportFormat.percent(rates.response)), resolution rate \(ReportFormat.percent(rates.resolution)), on-time rate \(ReportFormat.percent(rates.onTime)), satisfaction rate \(ReportFormat.percent(rates.satisfaction)); median handling time \(ReportFormat.days(r.medianHandlingWorkingDays)) working days. At the period's end \(t.openCases) cases were open, \(t.overdueCases) of them overdue."))
        let active = r.representatives.filter { $0.sessionsAttended > 0 || $0.opinionsReceived > 0 }
        if let lead = r.representatives.max(by: { $0.opinionsReceived < $1.opinionsReceived }), lead.opinionsReceived > 0 {
            let attendance = r.representatives.reduce(0) { $0 + $1.sessionsAttended }
            out.append(Bilingual(
                "代表履职方面，\(active.count)名代表进站履职\(attendance)人次，\(lead.name)代表接收意见最多（\(lead.opinionsReceived)条）。",
                "\(active.count) representatives attended \(attendance) times; \(lead.name) received the most opinions (\(lead.opinionsReceived))."))
        }
        if !r.topClusters.isEmpty {
            let zh = r.topClusters.prefix(3).map { "“\($0.name)”（\($0.members)条）" }.joined(separator: "、")
            let en = r.topClusters.prefix(3).map { "“\($0.name)” (\($0.members))" }.joined(separator: ", ")
            out.append(Bilingual(
                "归集集中民意\(t.clustersFormed)类，形成代表建议\(t.suggestions)件。重点问题：\(zh)。",
                "\(t.clustersFormed) clusters of common concern were formed and \(t.suggestions) suggestions made. Key issues: \(en)."))
        }
        let e = r.evaluation
        var zh = "综合评价：\(e.score.map { "\($0)分，" } ?? "")\(e.grade.zh)。"
        var en = "Overall: \(e.score.map { "\($0) points, " } ?? "")\(e.grade.en)."
        if !e.concerns.isEmpty {
            zh += "需要关注：" + e.concerns.map(\.zh).joined(separator: "；") + "。"
            en += " Needs attention: " + e.concerns.map(\.en).joined(separator: "; ") + "."
        }
        out.append(Bilingual(zh, en))
        return out
    }
}
