import LiaisonCore

/// The first screen: the station, today's session, cases by state and
/// overdue, and the way to every other screen (a list, filtered with `/`).
public struct HomeScreen: Screen {
    public var destination: Destination { .home }
    public private(set) var summary: HomeSummary?
    public private(set) var finding = false
    public private(set) var find = TextField()
    public private(set) var selection = 0

    public init(summary: HomeSummary? = nil) {
        self.summary = summary
    }

    public var capturesText: Bool { finding }

    public var keyHelp: [KeyHelp] {
        [
            KeyHelp("↑ ↓  j k", Catalogue.helpMove),
            KeyHelp("Enter", Catalogue.helpOpen),
            KeyHelp("/  Tab", Catalogue.helpSearch),
            KeyHelp("t", Catalogue.helpTheme),
        ]
    }

    /// Destinations whose name (either language) contains the find text.
    public var matches: [Destination] {
        let all = Destination.allCases.filter { $0 != .home }
        let query = find.text.trimmingSpaces.lowercased()
        guard !query.isEmpty else { return all }
        return all.filter { $0.title.zh.contains(query) || $0.title.en.lowercased().contains(query) }
    }

    public mutating func reload(from data: FrontDeskDataSource) throws {
        summary = try data.homeSummary()
    }

    public mutating func handle(_ event: Event) -> Action {
        let options = matches
        if finding {
            switch event {
            case .key(.escape):
                finding = false
                find.text = ""
                selection = 0
                return .handled
            case .key(.enter):
                finding = false
                guard !options.isEmpty else { return .message(Catalogue.noMatch) }
                let d = options[min(selection, options.count - 1)]
                find.text = ""
                selection = 0
                return .open(d)
            case .key(.tab), .key(.backTab):
                finding = false   // back to the list; the filter stays
                return .handled
            case .key(.up), .key(.down):
                break   // move in the filtered list below
            default:
                if find.handle(event) { selection = 0; return .handled }
                return .ignored
            }
        }
        var list = SelectList(options.map { $0.title.en }, selected: selection)
        if list.handle(event) { selection = list.selected; return .handled }
        switch event {
        case .key(.tab), .key(.backTab):
            finding = true    // the find field is the screen's one field
            return .handled
        case .key(.enter):
            guard !options.isEmpty else { return .handled }
            return .open(options[min(selection, options.count - 1)])
        default:
            switch event.character {
            case "/": finding = true; return .handled
            case "t": return .nextTheme
            default: return .ignored
            }
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        if area.width >= 70 {
            let menuWidth = min(30, area.width * 2 / 5)
            let left = Rect(x: area.x, y: area.y, width: area.width - menuWidth - 1, height: area.height)
            let right = Rect(x: left.maxX + 1, y: area.y, width: menuWidth, height: area.height)
            canvas.box(left, title: Catalogue.station(language))
            renderSummary(into: &canvas, rect: left.inset(1).insetLeft(1), language: language)
            canvas.box(right, title: Catalogue.goTo(language))
            renderMenu(into: &canvas, rect: right.inset(1).insetLeft(1), language: language)
        } else if finding {
            // Narrow and finding: the matches and the field need the room more than the counts.
            renderMenu(into: &canvas, rect: area.insetLeft(1), language: language)
        } else {
            // Narrow: no frames, the summary first; the menu gets what is left.
            let used = renderSummary(into: &canvas, rect: area.insetLeft(1), language: language)
            let rest = Rect(x: area.x + 1, y: area.y + used + 1, width: area.width - 1, height: area.height - used - 1)
            if rest.height >= 3 || finding { renderMenu(into: &canvas, rect: rest, language: language) }
        }
    }

    /// Returns the rows used.
    @discardableResult
    private func renderSummary(into canvas: inout Canvas, rect: Rect, language: Language) -> Int {
        guard let s = summary else {
            canvas.putFitted(Catalogue.dataError(language), x: rect.x, y: rect.y, width: rect.width, element: .error, clip: rect)
            return 1
        }
        var y = rect.y
        canvas.putFitted(s.stationName + " · " + s.stationKind(language), x: rect.x, y: y, width: rect.width,
                         element: .heading, clip: rect)
        y += 1
        let sessionLabel = Catalogue.todaySession(language) + (language == .zh ? "：" : ": ")
        let w = canvas.put(sessionLabel, x: rect.x, y: y, element: .label, clip: rect)
        if let title = s.openSessionTitle {
            canvas.putFitted(title, x: rect.x + w, y: y, width: rect.width - w, element: .accent, clip: rect)
        } else {
            canvas.putFitted(Catalogue.noSessionToday(language), x: rect.x + w, y: y, width: rect.width - w,
                             element: .hint, clip: rect)
        }
        y += 2
        guard y < rect.maxY else { return y - rect.y }
        canvas.putFitted(Catalogue.caseStates(language), x: rect.x, y: y, width: rect.width, element: .heading, clip: rect)
        y += 1
        var bars = s.caseCounts.map { BarChart.Bar($0.label(language), $0.count) }
        bars.append(BarChart.Bar(Catalogue.overdue(language), s.overdueCount, element: .overdue))
        let chartHeight = min(bars.count, rect.maxY - y)
        BarChart(bars).render(into: &canvas, rect: Rect(x: rect.x, y: y, width: min(rect.width, 56), height: chartHeight))
        y += chartHeight
        if y < rect.maxY {
            let total = s.caseCounts.map(\.count).reduce(0, +)
            canvas.putFitted(Catalogue.totalCases(language) + " " + String(total), x: rect.x, y: y, width: rect.width,
                             element: .label, clip: rect)
            y += 1
        }
        if !s.opinionsPerDay.isEmpty, y + 1 < rect.maxY {
            y += 1
            let w = canvas.put(Catalogue.recentOpinions(language) + " ", x: rect.x, y: y, element: .label, clip: rect)
            Sparkline(s.opinionsPerDay).render(into: &canvas, x: rect.x + w, y: y, width: min(30, rect.width - w))
            y += 1
        }
        return y - rect.y
    }

    private func renderMenu(into canvas: inout Canvas, rect: Rect, language: Language) {
        guard rect.height >= 1 else { return }
        let options = matches
        let listHeight = max(0, rect.height - 2)
        let items = options.map { d in "F\(d.rawValue) " + d.title(language) }
        var list = SelectList(items, selected: selection)
        list.pageSize = listHeight
        list.render(into: &canvas, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: listHeight),
                    focused: true)
        if options.isEmpty {
            canvas.putFitted(Catalogue.noMatch(language), x: rect.x, y: rect.y, width: rect.width, element: .hint)
        }
        // The find line sits at the bottom of the menu.
        let y = rect.maxY - 1
        let prompt = Catalogue.findPrompt(language)
        let pw = canvas.put(finding ? prompt : "/ " + prompt, x: rect.x, y: y, element: .label, clip: rect)
        var field = find
        field.placeholder = Catalogue.findHint(language)
        field.render(into: &canvas, x: rect.x + pw, y: y, width: max(1, rect.width - pw), focused: finding)
    }
}

extension Rect {
    /// Shrunk by `d` cells on the left only.
    func insetLeft(_ d: Int) -> Rect { Rect(x: x + d, y: y, width: width - d, height: height) }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
