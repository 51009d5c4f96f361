import LiaisonCore

/// Draws the intake form: visitor fields two to a row, the current opinion's
/// text and choices, each field's message, and the similar open cases.
struct IntakeFormView {
    let form: IntakeForm
    let similar: [SimilarCase]

    func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let colon = language == .zh ? "：" : ": "
        var y = area.y
        let half = area.width / 2
        // Visitor.
        var head = Catalogue.visitorHeading(language)
        if let name = form.returningName {
            let cases = form.returningCases.isEmpty ? Catalogue.noEarlierCases(language) : form.returningCases.joined(separator: " ")
            head += "  " + Catalogue.returningVisitor(name, cases)(language)
        }
        canvas.putFitted(head, x: area.x, y: y, width: area.width, element: form.returningName == nil ? .heading : .accent)
        y += 1
        let pairs: [(IntakeField, IntakeField)] = [(.name, .phone), (.residentID, .groupSize), (.community, .grid)]
        for (a, b) in pairs where y < area.maxY {
            field(a, into: &canvas, x: area.x, y: y, width: half - 1, language: language)
            field(b, into: &canvas, x: area.x + half, y: y, width: area.width - half, language: language)
            y += 1
        }
        message(for: IntakeField.allCases.filter(\.isVisitorField), into: &canvas, x: area.x, y: y, width: area.width,
                language: language)
        y += 1
        guard y < area.maxY else { return }
        // The opinion.
        var oh = Catalogue.opinionHeading(form.current + 1, form.opinions.count)(language)
        if let n = form.opinion.linkToCaseNumber { oh += "  " + Catalogue.linkedTo(n)(language) }
        canvas.putFitted(oh, x: area.x, y: y, width: area.width, element: form.opinion.linkToCaseID == nil ? .heading : .accent)
        y += 1
        let textRows = max(2, min(4, area.height - 12))
        let lw = labelWidth(language)
        canvas.putFitted(IntakeField.text.label(language), x: area.x, y: y, width: lw,
                         element: form.focus == .text ? .heading : .label)
        var area2 = form.opinion.text
        area2.layoutWidth = area.width - lw
        area2.render(into: &canvas, rect: Rect(x: area.x + lw, y: y, width: area.width - lw, height: min(textRows, area.maxY - y)),
                     focused: form.focus == .text)
        y += textRows
        let third = area.width / 3
        if y < area.maxY {
            field(.category, into: &canvas, x: area.x, y: y, width: third - 1, language: language)
            field(.level, into: &canvas, x: area.x + third, y: y, width: third - 1, language: language)
            field(.urgency, into: &canvas, x: area.x + 2 * third, y: y, width: area.width - 2 * third, language: language)
            y += 1
        }
        if y < area.maxY {
            field(.representative, into: &canvas, x: area.x, y: y, width: half - 1, language: language)
            field(.consultation, into: &canvas, x: area.x + half, y: y, width: area.width - half, language: language)
            y += 1
        }
        if y < area.maxY {
            field(.clause, into: &canvas, x: area.x, y: y, width: half - 1, language: language)
            field(.position, into: &canvas, x: area.x + half, y: y, width: area.width - half, language: language)
            y += 1
        }
        message(for: IntakeField.allCases.filter { !$0.isVisitorField }, into: &canvas, x: area.x, y: y, width: area.width,
                language: language)
        y += 1
        // Similar open cases, best first.
        let keysRow = area.maxY - 1
        if y < keysRow {
            canvas.putFitted(Catalogue.similarHeading(language), x: area.x, y: y, width: area.width, element: .heading)
            y += 1
        }
        if similar.isEmpty, y < keysRow {
            canvas.putFitted(Catalogue.noSimilar(language), x: area.x + 1, y: y, width: area.width - 1, element: .hint)
        }
        for s in similar where y < keysRow {
            let linked = s.caseRecord.id == form.opinion.linkToCaseID
            let pct = String(Int((s.score * 100).rounded())) + "%"
            canvas.putFitted((linked ? "* " : "  ") + s.caseRecord.number + "  " + pct + "  " + s.caseRecord.title,
                             x: area.x, y: y, width: area.width, element: linked ? .selected : .normal)
            y += 1
        }
        _ = colon
        canvas.putFitted(Catalogue.intakeKeys(language), x: area.x, y: keysRow, width: area.width, element: .hint)
    }

    private func labelWidth(_ language: Language) -> Int { language == .zh ? 9 : 15 }

    private func field(_ f: IntakeField, into canvas: inout Canvas, x: Int, y: Int, width: Int, language: Language) {
        let focused = form.focus == f
        let lw = min(labelWidth(language), max(1, width / 3))
        canvas.putFitted(f.label(language), x: x, y: y, width: lw, element: focused ? .heading : .label)
        let iw = max(1, width - lw)
        let ix = x + lw
        switch f {
        case .representative:
            var shown = form.opinion.representative
            if !focused, let name = form.opinion.representativeName { shown.text = name }
            let pickW = focused && form.opinion.representativeName != nil ? min(iw / 2, 14) : 0
            shown.render(into: &canvas, x: ix, y: y, width: iw - pickW, focused: focused)
            if pickW > 0, let name = form.opinion.representativeName {
                let cursor = canvas.cursor
                canvas.putFitted(Catalogue.representativePicked(name)(language), x: ix + iw - pickW, y: y, width: pickW,
                                 element: .accent)
                canvas.cursor = cursor
            }
        case .clause:
            form.opinion.clause.render(into: &canvas, x: ix, y: y, width: iw, focused: focused)
        default:
            if f.isChoice {
                canvas.putFitted("< " + choiceText(f, language) + " >", x: ix, y: y, width: iw,
                                 element: focused ? .fieldFocused : .field)
            } else if let t = form.visitor[f] {
                var shown = t
                if f == .name { shown.placeholder = Catalogue.anonymousHint(language) }
                shown.render(into: &canvas, x: ix, y: y, width: iw, focused: focused)
            }
        }
    }

    private func choiceText(_ f: IntakeField, _ language: Language) -> String {
        let o = form.opinion
        switch f {
        case .category:
            guard let code = o.category, let c = form.choices.categories.first(where: { $0.code == code }) else {
                return Catalogue.noChoice(language)
            }
            return c.name(language) + (o.chosenCategory == nil ? "（" + Catalogue.suggested(language) + "）" : "")
        case .level:
            if let l = o.level { return l.label(language) }
            let def = o.category.flatMap { code in form.choices.categories.first { $0.code == code } }?.defaultLevel
            return Catalogue.levelByCategory(language) + (def.map { "·" + $0.label(language) } ?? "")
        case .urgency: return o.urgency.label(language)
        case .consultation:
            return o.consultationID.flatMap { id in form.choices.consultations.first { $0.id == id }?.title }
                ?? Catalogue.noChoice(language)
        case .position: return o.position.label(language)
        default: return ""
        }
    }

    private func message(for fields: [IntakeField], into canvas: inout Canvas, x: Int, y: Int, width: Int, language: Language) {
        guard let f = fields.first(where: { form.errors[$0] != nil }), let m = form.errors[f] else { return }
        canvas.putFitted(f.label(language) + (language == .zh ? "：" : ": ") + m(language), x: x, y: y, width: width,
                         element: .error)
    }
}
