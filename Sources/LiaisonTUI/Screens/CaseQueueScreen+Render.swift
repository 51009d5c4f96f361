import LiaisonCore

/// Drawing the three views of F4.
extension CaseQueueScreen {
    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        switch mode {
        case .queue: renderQueue(into: &canvas, area: area, language: language)
        case .detail: renderDetail(into: &canvas, area: area, language: language)
        case .followUp: renderFollowUp(into: &canvas, area: area, language: language)
        }
    }

    static func element(for status: DeadlineStatus) -> ThemeElement {
        switch status {
        case .overdue: return .overdue
        case .dueSoon: return .accent
        case .paused: return .hint
        default: return .normal
        }
    }

    func renderQueue(into canvas: inout Canvas, area: Rect, language: Language) {
        var title = Catalogue.queueTitle(language)
        if let name = representativeName { title = Catalogue.myQueueTitle(language) + " · " + name }
        canvas.box(area, title: title)
        let inner = area.inset(1)
        guard inner.height >= 4, inner.width >= 20 else { return }
        // Filter line.
        let filter = (stateFilter.map { $0.label(language) } ?? Catalogue.filterAll(language))
            + (overdueOnly ? " · " + Catalogue.filterOverdue(language) : "")
        var x = inner.x
        x += canvas.put(Catalogue.filterLabel(language) + (language == .zh ? "：" : ": "), x: x, y: inner.y, element: .label, clip: inner)
        x += canvas.put(filter + "   ", x: x, y: inner.y, element: .accent, clip: inner)
        x += canvas.put((searching ? "" : "/ ") + Catalogue.searchLabel(language) + (language == .zh ? "：" : ": "),
                        x: x, y: inner.y, element: .label, clip: inner)
        search.render(into: &canvas, x: x, y: inner.y, width: max(1, min(24, inner.maxX - x - 1)), focused: searching)
        let counter = Catalogue.shownOf(min(total, rows.count), total)(language)
        canvas.putFitted(counter, x: inner.maxX - DisplayWidth.of(counter), y: inner.y, width: DisplayWidth.of(counter),
                         element: .hint, clip: inner)
        // Columns.
        let widths = Table(columns: columns(language, width: inner.width), rows: []).columnWidths(total: inner.width)
        drawRow(Self.headers(language), widths: widths, canvas: &canvas, x: inner.x, y: inner.y + 1, element: .heading, width: inner.width)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3)
        if rows.isEmpty {
            canvas.putFitted(Catalogue.noCases(language), x: body.x, y: body.y, width: body.width, element: .hint)
        }
        let first = max(0, min(selected - body.height / 2, total - body.height))
        rowCache.prepare(widths: widths + [categories.count, body.width], language: language)
        for r in 0..<body.height {
            let index = first + r
            let local = index - windowStart
            guard rows.indices.contains(local) else { continue }
            let s = rows[local]
            let line = rowCache.line(for: s) { fittedRow(s, widths: widths, language: language, width: body.width) }
            let element: ThemeElement = index == selected && !searching ? .selected : Self.element(for: s.status)
            canvas.put(line, x: body.x, y: body.y + r, element: element)   // padded to the row: no fill first
        }
        canvas.putFitted(Catalogue.legend(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }

    /// One queue row as `drawRow` lays it out: each cell cut and padded to its
    /// column, one space between columns, spaces to `width` (what its fill paints).
    func fittedRow(_ s: CaseSummary, widths: [Int], language: Language, width: Int) -> String {
        let c = s.caseRecord
        let cells = [s.status.symbol, c.number, c.title, c.state.label(language), categoryLabel(c.category, language),
                     s.departmentName ?? "-", s.dueDate?.description ?? "-", c.urgency == .normal ? "" : c.urgency.label(language)]
        var parts: [String] = []
        for (i, w) in widths.enumerated() where w > 0 {
            parts.append(DisplayWidth.fit(DisplaySanitizer.sanitize(i < cells.count ? cells[i] : ""), to: w))
        }
        // Each part is exactly its column's width, so the line's width is known without measuring.
        let used = widths.filter { $0 > 0 }.reduce(0, +) + max(0, parts.count - 1)
        return parts.joined(separator: " ") + String(repeating: " ", count: max(0, width - used))
    }

    /// The category's name from the station's own table (`Data/categories.tsv`), else its code.
    func categoryLabel(_ code: String, _ language: Language) -> String {
        categories[code]?.name(language) ?? code
    }

    static func headers(_ language: Language) -> [String] {
        ["", Catalogue.columnNumber(language), Catalogue.columnTitle(language), Catalogue.columnState(language),
         Catalogue.columnCategory(language), Catalogue.columnDepartment(language), Catalogue.columnDue(language),
         Catalogue.columnUrgency(language)]
    }

    func columns(_ language: Language, width: Int) -> [Table.Column] {
        // Narrow terminals drop the department first, then category.
        let wide = width >= 110
        return [Table.Column("", width: 1), Table.Column("", width: 14), Table.Column(""),
                Table.Column("", width: 8), Table.Column("", width: width >= 90 ? 8 : 0),
                Table.Column("", width: wide ? 20 : 0), Table.Column("", width: 10), Table.Column("", width: 4)]
    }

    func drawRow(_ cells: [String], widths: [Int], canvas: inout Canvas, x: Int, y: Int, element: ThemeElement, width: Int) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), element: element)
        var col = x
        for (i, w) in widths.enumerated() where w > 0 {
            canvas.putFitted(i < cells.count ? cells[i] : "", x: col, y: y, width: w, element: element)
            col += w + 1
        }
    }

    func renderDetail(into canvas: inout Canvas, area: Rect, language: Language) {
        canvas.box(area, title: detail.map { $0.record.number } ?? Catalogue.cases(language))
        let inner = area.inset(1)
        guard let detail, inner.height >= 3 else { return }
        let promptHeight = prompt == nil ? 0 : (prompt!.isChoice ? min(10, inner.height / 2) : 3)
        let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1 - promptHeight)
        var lines = detail.lines(language)
        if let audit = auditLines {
            lines.append(("", .normal))
            lines.append((Catalogue.auditHeading(language), .heading))
            lines += audit.isEmpty ? [(Catalogue.auditEmpty(language), .hint)] : audit.map { ("  " + $0, ThemeElement.normal) }
        }
        let start = min(detailScroll, max(0, lines.count - body.height))
        for (i, line) in lines.dropFirst(start).prefix(body.height).enumerated() {
            canvas.putFitted(line.0, x: body.x, y: body.y + i, width: body.width, element: line.1)
        }
        if let p = prompt {
            let top = body.maxY
            canvas.hline(x: inner.x, y: top, width: inner.width)
            if let list = p.list {
                canvas.putFitted(p.label(language) + " · " + choiceHint(p.kind)(language), x: inner.x, y: top + 1,
                                 width: inner.width, element: .heading)
                var l = list
                l.pageSize = max(1, promptHeight - 2)
                l.render(into: &canvas, rect: Rect(x: inner.x, y: top + 2, width: inner.width, height: promptHeight - 2))
            } else {
                canvas.putFitted(Catalogue.promptFor(p.label)(language), x: inner.x, y: top + 1, width: inner.width, element: .heading)
                p.field.render(into: &canvas, x: inner.x, y: top + 2, width: inner.width, focused: true)
            }
        }
        canvas.putFitted(Catalogue.actionsHint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
        reveal?.render(into: &canvas, area: inner, language: language)
    }

    func choiceHint(_ kind: CaseActionPrompt.Kind) -> Bilingual {
        switch kind {
        case .dispatch: return Catalogue.pickDepartment
        case .triage: return Catalogue.pickCategory
        default: return Catalogue.pickRepresentative
        }
    }

    func renderFollowUp(into canvas: inout Canvas, area: Rect, language: Language) {
        canvas.box(area, title: Catalogue.followUpTitle(language))
        let inner = area.inset(1)
        guard inner.height >= 3 else { return }
        if followUps.isEmpty {
            canvas.putFitted(Catalogue.noCases(language), x: inner.x, y: inner.y, width: inner.width, element: .hint)
        }
        let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        var y = body.y
        let first = max(0, min(followSelected - body.height / 4, followUps.count - 1))
        for (offset, item) in followUps.dropFirst(first).enumerated() {
            guard y < body.maxY else { break }
            let index = first + offset
            let element: ThemeElement = index == followSelected ? .selected : .normal
            canvas.fill(Rect(x: body.x, y: y, width: body.width, height: 1), element: element)
            canvas.putFitted(item.caseRecord.number + "  " + item.answeredAt.prefix(10) + "  " + item.caseRecord.title,
                             x: body.x, y: y, width: body.width, element: element)
            y += 1
            for v in item.visitors where y < body.maxY {
                let phone = revealed[v.visitorID].map { $0 + "  (" + Catalogue.phoneShown(language) + ")" } ?? v.maskedPhone
                canvas.putFitted("    " + v.name(language) + "  " + phone, x: body.x, y: y, width: body.width,
                                 element: revealed[v.visitorID] == nil ? .label : .accent)
                y += 1
            }
            if index == followSelected, y < body.maxY, !item.answer.isEmpty {
                canvas.putFitted("    " + item.answer.replacingOccurrences(of: "\n", with: " "), x: body.x, y: y, width: body.width, element: .hint)
                y += 1
            }
        }
        canvas.putFitted(Catalogue.followUpHint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }
}

/// Queue rows cut to their columns, kept between frames: moving the selection
/// redraws rows from this instead of measuring and cutting every cell again.
/// Keyed by the row's whole content, so a reload that brings a changed row
/// draws it anew; a new layout or language starts afresh.
final class QueueRowCache: @unchecked Sendable {
    private var widths: [Int] = []
    private var language: Language?
    private var lines: [CaseSummary: String] = [:]

    func prepare(widths: [Int], language: Language) {
        guard widths != self.widths || language != self.language || lines.count > 4_000 else { return }
        self.widths = widths
        self.language = language
        lines.removeAll(keepingCapacity: true)
    }

    func line(for row: CaseSummary, make: () -> String) -> String {
        if let line = lines[row] { return line }
        let line = make()
        lines[row] = line
        return line
    }
}
