import LiaisonCore

/// A representative's card: details and the QR code on the left, their cases
/// and the four lists on the right.
struct RepresentativeCardView {
    let card: RepresentativeCard
    let queue: RepresentativeQueue
    let list: Int

    func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let r = card.representative
        canvas.box(area, title: Catalogue.cardHeading(language) + " · " + r.name)
        let inner = area.inset(1)
        guard inner.height >= 4 else { return }
        let sep = language == .zh ? "：" : ": "
        let code = try? QRCode.encode(text: card.payload, ecc: .medium)
        let lines = code.map { QRRenderer.terminalLines($0, ascii: canvas.isASCII) }
        let leftWidth = max(34, min(inner.width / 2, (lines?.width ?? 30) + 2))
        var y = inner.y
        for (text, element) in [(r.name, ThemeElement.heading), (r.level.label(language), .normal),
                                (Catalogue.columnStation(language) + sep + card.stationName, .normal),
                                (Catalogue.districtLabel(language) + sep + r.district, .normal),
                                (Catalogue.columnGroup(language) + sep + r.group, .normal),
                                (Catalogue.openCasesLabel(language) + sep + "\(card.openCases)"
                                    + (card.overdueCases > 0 ? "（\(Catalogue.overdueLabel(language)) \(card.overdueCases)）" : ""),
                                 card.overdueCases > 0 ? .overdue : .accent),
                                (Catalogue.codeLabel(language) + sep + card.code.description, .label)] where y < inner.maxY {
            canvas.putFitted(text, x: inner.x, y: y, width: leftWidth, element: element)
            y += 1
        }
        // The code is drawn only when all of it fits: a cut QR code reads as nothing.
        if let lines, y + lines.height <= inner.maxY, lines.width <= leftWidth {
            for row in lines.rows {
                var x = inner.x
                for cell in row {
                    let element: ThemeElement = lines.ascii ? (cell.isDark ? .codeDark : .code) : .code
                    canvas.put(cell.text, x: x, y: y, element: element)
                    x += cell.width
                }
                y += 1
            }
        }
        let right = Rect(x: inner.x + leftWidth + 1, y: inner.y, width: inner.width - leftWidth - 1, height: inner.height - 1)
        renderLists(into: &canvas, rect: right, language: language)
        canvas.putFitted(Catalogue.representativeHint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }

    func renderLists(into canvas: inout Canvas, rect: Rect, language: Language) {
        guard rect.width > 10, rect.height > 2 else { return }
        var y = rect.y
        canvas.putFitted(Catalogue.myCasesHeading(language), x: rect.x, y: y, width: rect.width, element: .heading)
        y += 1
        let casesHeight = min(queue.cases.count, max(3, (rect.height - 4) / 2))
        for s in queue.cases.prefix(casesHeight) {
            canvas.putFitted(s.status.symbol + " " + s.caseRecord.number + " " + s.caseRecord.title, x: rect.x, y: y,
                             width: rect.width, element: CaseQueueScreen.element(for: s.status))
            y += 1
        }
        y += 1
        guard y < rect.maxY else { return }
        let titles = [Catalogue.workList, Catalogue.problemList, Catalogue.suggestionList, Catalogue.resultList]
        let lists = queue.lists
        let counts = [lists.work.count, lists.problems.count, lists.suggestions.count, lists.results.count]
        canvas.putFitted(Catalogue.fourListsHeading(language) + " · " + titles[list](language) + " · " + Catalogue.items(counts[list])(language),
                         x: rect.x, y: y, width: rect.width, element: .heading)
        y += 1
        let rows: [String]
        switch list {
        case 0: rows = lists.work.map { $0.startsAt.prefix(10) + " " + $0.kind.label(language) + " · " + $0.place }
        case 1: rows = lists.problems.map { $0.status.symbol + " " + $0.caseRecord.number + " " + $0.caseRecord.title }
        case 2: rows = lists.suggestions.map { $0.createdAt.prefix(10) + " " + ($0.clause.isEmpty ? "" : $0.clause + " ") + $0.text }
        default: rows = lists.results.map { $0.caseRecord.number + " " + $0.caseRecord.title }
        }
        for text in rows.prefix(max(0, rect.maxY - y)) {
            canvas.putFitted(text, x: rect.x, y: y, width: rect.width)
            y += 1
        }
    }
}
