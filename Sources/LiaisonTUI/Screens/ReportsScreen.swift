import Foundation
import LiaisonCore

/// F6: the month's report on screen — rates, charts by category and state, a
/// sparkline of opinions per day — and the full report text; `e` writes the
/// Markdown, CSV and self-contained HTML files to send upward. Tab also
/// reaches the cluster workbench and the representatives' suggestions.
public struct ReportsScreen: Screen {
    public var destination: Destination { .reports }
    var year: Int?
    var month: Int?
    /// 0 charts, 1 full text, 2 cluster workbench, 3 suggestions.
    var page = 0
    static let pageCount = 4
    var showText: Bool { page == 1 }
    var workbench = ClusterWorkbench()
    var board = SuggestionBoard()
    var scroll = 0
    var report: StationReport?
    var textLines: [String] = []
    var exportRequested = false

    public init() {}

    public var keyHelp: [KeyHelp] {
        let tab = KeyHelp("Tab", Catalogue.helpPages), back = KeyHelp("Esc", Catalogue.helpBack)
        if page == 2 { return [tab] + workbench.keyHelp + [back] }
        if page == 3 { return [tab] + board.keyHelp + [back] }
        return [KeyHelp("[  ]", Catalogue.helpMonth), tab,
                KeyHelp("PgUp  PgDn  ↑ ↓", Catalogue.helpScroll), KeyHelp("e", Catalogue.helpExport), back]
    }

    public var capturesText: Bool {
        (page == 2 && workbench.capturesText) || (page == 3 && board.capturesText)
    }

    public mutating func layout(_ area: Rect) { workbench.width = area.width - 2 }

    var period: ReportPeriod? {
        guard let year, let month else { return nil }
        return ReportPeriod.month(year: year, month: month)
    }

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        if year == nil { year = store.today.year; month = store.today.month }
        guard let period else { return }
        let r = try store.report(for: period)
        report = r
        if page == 2 { try workbench.reload(store) }
        if page == 3 { try board.reload(store) }
        textLines = ReportTextRenderer.render(r, language: .zh, width: 100).components(separatedBy: "\n")
    }

    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? {
        if page == 2, let store = data.station { return try workbench.perform(store) }
        if page == 3, let store = data.station { return try board.perform(store) }
        guard exportRequested, let report, let store = data.station, let period else { return nil }
        exportRequested = false
        let dir = URL(fileURLWithPath: store.path).deletingLastPathComponent()
        let stem = "report-" + (period.isMonth ? String(period.from.description.prefix(7)) : "\(period.from)_\(period.to)")
        var written: [String] = []
        for output in [ReportOutput.md, .csv, .html] {
            let url = dir.appendingPathComponent(stem + "." + output.rawValue)
            // Reports travel upward in Chinese.
            try Data(output.render(report, language: .zh).utf8).write(to: url, options: .atomic)
            written.append(url.path)
        }
        return Catalogue.reportExported(written)
    }

    mutating func shiftMonth(_ delta: Int) {
        guard var y = year, var m = month else { return }
        m += delta
        if m < 1 { m = 12; y -= 1 }
        if m > 12 { m = 1; y += 1 }
        year = y; month = m; scroll = 0
    }

    public mutating func handle(_ event: Event) -> Action {
        if page >= 2 {
            let action = page == 2 ? workbench.handle(event) : board.handle(event)
            if action != .ignored { return action }
        }
        switch event {
        case .key(.tab): page = (page + 1) % Self.pageCount; scroll = 0; return page >= 2 ? .reload : .handled
        case .key(.backTab): page = (page + Self.pageCount - 1) % Self.pageCount; scroll = 0; return page >= 2 ? .reload : .handled
        default: break
        }
        // The workbench and suggestions take their own keys; Esc leaves F6.
        if page >= 2 { return .ignored }
        switch event {
        case .key(.pageDown): scroll += 10; return .handled
        case .key(.pageUp): scroll = max(0, scroll - 10); return .handled
        case .key(.down): scroll += 1; return .handled
        case .key(.up): scroll = max(0, scroll - 1); return .handled
        default: break
        }
        switch event.character {
        case "[": shiftMonth(-1); return .reload
        case "]": shiftMonth(1); return .reload
        case "e": exportRequested = true; return .perform
        default: return .ignored
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        let pageName = [Catalogue.reportCharts, Catalogue.reportFullText, Catalogue.reportClusters, Catalogue.reportSuggestions][page]
        let title = Catalogue.reportTitle(language) + (period.map { " · " + $0.label(language) } ?? "") + " · " + pageName(language)
        canvas.box(area, title: title)
        let inner = area.inset(1)
        guard inner.height >= 3, let report else { return }
        let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        if page >= 2 {
            if page == 2 { workbench.render(into: &canvas, rect: body, language: language) }
            else { board.render(into: &canvas, rect: body, language: language) }
            let hint = page == 2 ? workbench.hint : board.hint
            canvas.putFitted(hint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
            return
        }
        if showText {
            let lines = language == .zh ? textLines
                : ReportTextRenderer.render(report, language: .en, width: 100).components(separatedBy: "\n")
            for (i, line) in lines.dropFirst(min(scroll, max(0, lines.count - 1))).prefix(body.height).enumerated() {
                canvas.putFitted(line, x: body.x, y: body.y + i, width: body.width)
            }
        } else {
            ReportChartsView(report: report).render(into: &canvas, rect: body, language: language)
        }
        canvas.putFitted(Catalogue.reportHint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }
}
