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
        let leftWidth = max(30, min(inner.width / 2, (lines?.width ?? 28) + 2))
        let detailLines: [(String, ThemeElement)] = [
            (r.name + " · " + r.level.label(language), .heading),
            (Catalogue.columnStation(language) + sep + card.stationName, .normal),
            (Catalogue.districtLabel(language) + sep + r.district + " · " + r.group, .normal),
            (Catalogue.openCasesLabel(language) + sep + "\(card.openCases)"
                + (card.overdueCases > 0 ? "（\(Catalogue.overdueLabel(language)) \(card.overdueCases)）" : ""),
             card.overdueCases > 0 ? .overdue : .accent),
            (Catalogue.codeLabel(language) + sep + card.code.description, .label)]
        // The code is drawn only when all of it fits: a cut QR code reads as nothing.
        // It takes the left column; the details then head the right one.
        let qrFits = lines.map { $0.height <= inner.height - 1 && $0.width <= leftWidth } ?? false
        var y = inner.y
        if let lines, qrFits {
            for row in lines.rows {
                var x = inner.x
                for cell in row {
                    let element: ThemeElement = lines.ascii ? (cell.isDark ? .codeDark : .code) : .code
                    canvas.put(cell.text, x: x, y: y, element: element)
                    x += cell.width
                }
                y += 1
            }
        } else {
            for (text, element) in detailLines where y < inner.maxY - 1 {
                canvas.putFitted(text, x: inner.x, y: y, width: leftWidth, element: element)
                y += 1
            }
        }
        var rightTop = inner.y
        if qrFits {
            for (text, element) in detailLines {
                canvas.putFitted(text, x: inner.x + leftWidth + 1, y: rightTop, width: inner.width - leftWidth - 1, element: element)
                rightTop += 1
            }
            rightTop += 1
        }
        let right = Rect(x: inner.x + leftWidth + 1, y: rightTop, width: inner.width - leftWidth - 1,
                         height: inner.maxY - 1 - rightTop)
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
