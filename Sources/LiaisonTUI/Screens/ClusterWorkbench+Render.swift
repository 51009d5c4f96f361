import LiaisonCore

/// Drawing the workbench: the list (proposals, then accepted clusters), one
/// cluster's opinions, the one-line prompt, or the suggestion editor.
extension ClusterWorkbench {
    func describe(_ c: Cluster, _ language: Language) -> String {
        let tail = c.suggestionID == nil ? "" : " · " + Catalogue.hasSuggestion(language)
        return Catalogue.clusterRow(c.name, c.memberCount, categoryName(c.category, language), c.community)(language) + tail
    }

    func describe(_ p: ClusterProposal, _ language: Language) -> String {
        Catalogue.clusterRow(p.suggestedName, p.members.count, categoryName(p.category, language), p.community)(language)
    }

    func categoryName(_ code: String, _ language: Language) -> String {
        categoryNames[code].map { $0(language) } ?? code
    }

    func render(into canvas: inout Canvas, rect: Rect, language: Language) {
        guard !rect.isEmpty else { return }
        if let editor {
            editor.render(into: &canvas, rect: rect, language: language)
            return
        }
        var area = rect
        if let prompt, rect.height > 2 {
            area.height -= 1
            let label: String
            if case .rename = prompt { label = Catalogue.clusterNewName(language) } else { label = Catalogue.splitNewName(language) }
            let w = DisplayWidth.of(label)
            canvas.putFitted(label, x: rect.x, y: rect.maxY - 1, width: w, element: .label)
            field.render(into: &canvas, x: rect.x + w, y: rect.maxY - 1, width: max(1, rect.width - w), focused: true)
        }
        if opened != nil { renderDetail(into: &canvas, rect: area, language: language) } else { renderList(into: &canvas, rect: area, language: language) }
    }

    /// One drawn line: text, style, and whether it is the selection.
    typealias Line = (text: String, element: ThemeElement, isSelected: Bool)

    private func renderList(into canvas: inout Canvas, rect: Rect, language: Language) {
        var lines: [Line] = [(Catalogue.proposalsHeading(language) + " (\(proposals.count))", .heading, false)]
        if proposals.isEmpty { lines.append(("  " + Catalogue.noProposals(language), .hint, false)) }
        for (i, p) in proposals.enumerated() {
            lines.append(((i == selected ? ">  " : "   ") + describe(p, language), i == selected ? .selected : .normal, i == selected))
        }
        lines.append(("", .normal, false))
        var heading = Catalogue.clustersHeading(language) + " (\(clusters.count))"
        if !markedClusters.isEmpty { heading += " · " + Catalogue.markedCount(markedClusters.count)(language) }
        lines.append((heading, .heading, false))
        for (j, c) in clusters.enumerated() {
            let i = proposals.count + j
            let mark = (i == selected ? ">" : " ") + (markedClusters.contains(c.id) ? "* " : "  ")
            lines.append((mark + describe(c, language), i == selected ? .selected : .normal, i == selected))
        }
        draw(lines, into: &canvas, rect: rect)
    }

    private func renderDetail(into canvas: inout Canvas, rect: Rect, language: Language) {
        var lines: [Line] = []
        switch opened {
        case .cluster?:
            if let c = openedCluster { lines.append((describe(c, language), .heading, false)) }
            lines.append((Catalogue.clusterMembersHeading(language), .label, false))
        case .proposal(let i)? where i < proposals.count:
            lines.append((describe(proposals[i], language), .heading, false))
            lines.append((Catalogue.proposalMembersHeading(language), .label, false))
        default: break
        }
        if !markedOpinions.isEmpty { lines[lines.count - 1].text += " · " + Catalogue.markedCount(markedOpinions.count)(language) }
        // The place is shown where it differs from the cluster's own.
        var home = openedCluster?.community ?? ""
        if case .proposal(let i)? = opened, i < proposals.count { home = proposals[i].community }
        for (i, m) in members.enumerated() {
            let mark = (i == memberSelected ? ">" : " ") + (markedOpinions.contains(m.opinionID) ? "* " : "  ")
            let place = m.community.isEmpty || m.community == home ? "" : "  [\(m.community)]"
            lines.append((mark + m.caseNumber + "  " + m.text + place, i == memberSelected ? .selected : .normal, i == memberSelected))
        }
        draw(lines, into: &canvas, rect: rect)
    }

    /// Draws `lines`, scrolled so the selected one stays in view.
    private func draw(_ lines: [Line], into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0 else { return }
        let at = lines.firstIndex { $0.isSelected } ?? 0
        let top = max(0, min(at - rect.height / 2, lines.count - rect.height))
        for (n, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            let y = rect.y + n
            if line.element == .selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), element: .selected) }
            canvas.putFitted(line.text, x: rect.x, y: y, width: rect.width, element: line.element)
        }
    }
}
