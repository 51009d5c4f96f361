import LiaisonCore

/// The charts page of F6: totals, the rates, bars by category and by state,
/// and a sparkline of opinions per day.
struct ReportChartsView {
    let report: StationReport

    func render(into canvas: inout Canvas, rect: Rect, language: Language) {
        var y = rect.y
        let t = report.totals
        canvas.putFitted(report.stationName, x: rect.x, y: y, width: rect.width, element: .heading)
        y += 1
        canvas.putFitted(Catalogue.reportCounts(opinions: t.opinions, cases: t.cases, visitors: t.visitors, sessions: t.sessions)(language),
                         x: rect.x, y: y, width: rect.width, element: .accent)
        y += 2
        guard y < rect.maxY else { return }
        let rates = [report.rates.response, report.rates.resolution, report.rates.satisfaction, report.rates.onTime]
        let rateText = zip(Catalogue.rateNames, rates).map { name, rate in
            name(language) + " " + ReportFormat.fraction(rate)
        }.joined(separator: "   ")
        canvas.putFitted(Catalogue.reportRates(language) + "  " + rateText, x: rect.x, y: y, width: rect.width, element: .label)
        y += 2
        let half = max(20, (rect.width - 2) / 2)
        let chartHeight = max(0, min(9, rect.maxY - y - 4))
        if chartHeight > 1 {
            canvas.putFitted(Catalogue.reportByCategory(language), x: rect.x, y: y, width: half, element: .heading)
            canvas.putFitted(Catalogue.reportByState(language), x: rect.x + half + 2, y: y, width: half, element: .heading)
            BarChart(report.byCategory.map { BarChart.Bar($0.label(language), $0.count) })
                .render(into: &canvas, rect: Rect(x: rect.x, y: y + 1, width: half, height: chartHeight))
            BarChart(report.byState.map { BarChart.Bar($0.label(language), $0.count, element: $0.key == "overdue" ? .overdue : .bar) })
                .render(into: &canvas, rect: Rect(x: rect.x + half + 2, y: y + 1, width: max(0, rect.width - half - 2), height: chartHeight))
            y += chartHeight + 2
        }
        if y < rect.maxY {
            let w = canvas.put(Catalogue.reportDaily(language) + " ", x: rect.x, y: y, element: .label, clip: rect)
            Sparkline(report.daily.map(\.opinions)).render(into: &canvas, x: rect.x + w, y: y, width: min(62, rect.width - w))
            y += 2
        }
        if y < rect.maxY {
            let e = report.evaluation
            let score = e.score.map { "\($0)" } ?? "—"
            canvas.putFitted(Catalogue.reportEvaluation(language) + "  " + score + " · " + e.grade(language), x: rect.x, y: y,
                             width: rect.width, element: .heading)
            y += 1
            for line in (e.strengths.map { "+ " + $0(language) } + e.concerns.map { "- " + $0(language) }).prefix(max(0, rect.maxY - y)) {
                canvas.putFitted(line, x: rect.x, y: y, width: rect.width)
                y += 1
            }
        }
    }
}
