import LiaisonCore

/// Drawing the suggestions page: the list, or one suggestion with its
/// handling and follow-up calls; a prompt takes the bottom rows.
extension SuggestionBoard {
    func render(into canvas: inout Canvas, rect: Rect, language: Language) {
        guard !rect.isEmpty else { return }
        if let editor {
            editor.render(into: &canvas, rect: rect, language: language)
            return
        }
        var area = rect
        switch prompt {
        case .department(let list)? where rect.height > 6, .representative(let list, _)? where rect.height > 6:
            let h = min(list.items.count, max(1, rect.height / 2)) + 1
            area.height -= h
            let question = { if case .department? = prompt { return Catalogue.chooseDepartment }; return Catalogue.chooseRepresentative }()
            canvas.putFitted(question(language), x: rect.x, y: area.maxY, width: rect.width, element: .label)
            var l = list
            l.pageSize = h - 1
            l.render(into: &canvas, rect: Rect(x: rect.x + 2, y: area.maxY + 1, width: rect.width - 2, height: h - 1))
        case .answer?, .call?:
            area.height -= 1
            let label = { if case .answer? = prompt { return Catalogue.answerLabel(language) }; return Catalogue.callNoteLabel(language) }()
            let w = DisplayWidth.of(label)
            canvas.putFitted(label, x: rect.x, y: rect.maxY - 1, width: w, element: .label)
            field.render(into: &canvas, x: rect.x + w, y: rect.maxY - 1, width: max(1, rect.width - w), focused: true)
        default: break
        }
        if openID != nil, let s = current { renderDetail(s, into: &canvas, rect: area, language: language) }
        else { renderList(into: &canvas, rect: area, language: language) }
    }

    func summary(_ s: Suggestion, _ language: Language) -> String {
        var parts = ["[" + s.state.label(language) + "]", s.title]
        if let d = s.departmentID, let dept = departments.first(where: { $0.id == d }) { parts.append(dept.name) }
        if let r = s.rating { parts.append(r.label(language)) }
        return parts.joined(separator: " · ")
    }

    private func renderList(into canvas: inout Canvas, rect: Rect, language: Language) {
        canvas.putFitted(Catalogue.suggestionsHeading(language) + " (\(suggestions.count))", x: rect.x, y: rect.y,
                         width: rect.width, element: .heading)
        guard rect.height > 1 else { return }
        if suggestions.isEmpty {
            canvas.putFitted(Catalogue.noSuggestions(language), x: rect.x, y: rect.y + 1, width: rect.width, element: .hint)
            return
        }
        let list = SelectList(suggestions.map { " " + summary($0, language) }, selected: selected)
        list.render(into: &canvas, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
    }

    private func renderDetail(_ s: Suggestion, into canvas: inout Canvas, rect: Rect, language: Language) {
        var lines: [(String, ThemeElement)] = [(s.title, .heading)]
        let department = s.departmentID.flatMap { d in departments.first { $0.id == d }?.name } ?? "-"
        lines.append((Catalogue.suggestionState(language) + Catalogue.labelColon(language) + s.state.label(language) + "    "
                      + Catalogue.suggestionDepartment(language) + Catalogue.labelColon(language) + department + "    "
                      + Catalogue.suggestionRating(language) + Catalogue.labelColon(language) + (s.rating?.label(language) ?? "-"), .normal))
        lines.append((Catalogue.suggestionCluster(language) + Catalogue.labelColon(language) + (clusterNames[s.clusterID] ?? "-") + "    "
                      + Catalogue.suggestionRepresentativeLabel(language) + Catalogue.labelColon(language) + (s.representativeID.flatMap { representativeNames[$0] } ?? "-"),
                      .normal))
        // The text is long; the follow-ups matter more here, so it gets a few lines.
        let bodyLines = s.body.split(separator: "\n", omittingEmptySubsequences: true).prefix(4)
        for line in bodyLines { lines.append(("  " + line, .hint)) }
        if !s.answer.isEmpty { lines.append((Catalogue.suggestionAnswer(language) + Catalogue.labelColon(language) + s.answer, .accent)) }
        let pending = followUps.filter { $0.calledAt == nil }.count
        lines.append((followUps.isEmpty ? Catalogue.noFollowUps(language) : Catalogue.followUpsHeading(pending, followUps.count)(language),
                      .label))
        var y = rect.y
        for (text, element) in lines where y < rect.maxY {
            canvas.putFitted(text, x: rect.x, y: y, width: rect.width, element: element)
            y += 1
        }
        guard y < rect.maxY, !followUps.isEmpty else { return }
        let items = followUps.map { f -> String in
            let mark = (f.calledAt == nil ? Catalogue.pendingMark : Catalogue.calledMark)(language)
            return " [\(mark)] \(f.caseNumber)  \(f.visitorName(language))  \(f.maskedPhone)"
        }
        let list = SelectList(items, selected: followUpSelected)
        list.render(into: &canvas, rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y))
    }
}
