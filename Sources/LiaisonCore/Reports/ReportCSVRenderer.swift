/// The report as one CSV table: `section,key,label,value,denominator`, one
/// figure per row, so a spreadsheet can pivot it. UTF-8 with a BOM (Excel).
public enum ReportCSVRenderer {
    public static func render(_ r: StationReport, language lang: Language = .zh) -> String {
        var rows: [[String]] = []
        func add(_ section: String, _ key: String, _ label: String, _ value: String, _ denominator: String = "") {
            rows.append([section, key, label, value, denominator])
        }
        add("period", "from", ReportLabels.period(lang), r.period.from.description)
        add("period", "to", ReportLabels.period(lang), r.period.to.description)
        let keys = ["sessions", "visitors", "headcount", "opinions", "cases", "open", "overdue", "clusters", "suggestions"]
        for (key, item) in zip(keys, ReportLabels.totals(r.totals)) { add("total", key, item.0(lang), item.1) }
        for (key, item) in zip(["response", "resolution", "satisfaction", "onTime"], ReportLabels.rates(r.rates)) {
            add("rate", key, item.0(lang), "\(item.1.numerator)", "\(item.1.denominator)")
        }
        add("rate", "medianWorkingDays", ReportLabels.median(lang), ReportFormat.days(r.medianHandlingWorkingDays))
        for c in r.byCategory { add("category", c.key, c.label(lang), "\(c.count)") }
        for c in r.byState { add("state", c.key, c.label(lang), "\(c.count)") }
        for c in r.byPlace { add("place", c.key, c.label(lang), "\(c.count)") }
        for d in r.daily { add("daily", d.date.description, d.date.description, "\(d.opinions)") }
        for c in r.topClusters { add("cluster", c.name, c.name, "\(c.members)", "\(c.membersInPeriod)") }
        for d in r.departments {
            add("department.dispatched", d.name, d.name, "\(d.dispatched)")
            add("department.onTime", d.name, d.name, "\(d.onTime.numerator)", "\(d.onTime.denominator)")
            add("department.overdue", d.name, d.name, "\(d.overdue)")
            add("department.medianWorkingDays", d.name, d.name, ReportFormat.days(d.medianWorkingDays))
            add("department.satisfaction", d.name, d.name, "\(d.satisfaction.numerator)", "\(d.satisfaction.denominator)")
        }
        for p in r.representatives {
            add("representative.sessions", p.name, p.name, "\(p.sessionsAttended)")
            add("representative.opinions", p.name, p.name, "\(p.opinionsReceived)")
            add("representative.supervised", p.name, p.name, "\(p.casesSupervised)")
            add("representative.suggestions", p.name, p.name, "\(p.suggestions)")
        }
        add("evaluation", "score", ReportLabels.evaluation(lang), r.evaluation.score.map(String.init) ?? "")
        add("evaluation", "grade", ReportLabels.evaluation(lang), r.evaluation.grade(lang))
        return "\u{FEFF}" + CSVWriter.document(header: ["section", "key", "label", "value", "denominator"], rows: rows)
    }
}
