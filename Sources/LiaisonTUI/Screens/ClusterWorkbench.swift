import LiaisonCore

/// The clusters page of F6: proposed groups of open opinions about one
/// underlying problem, accepted with a key, and grown into a representative's
/// suggestion (闭会期间代表建议) with another — "one matter" to "one kind of matter".
struct ClusterWorkbench: Sendable {
    enum Pending: Sendable, Equatable { case accept(Int), suggest(String) }

    var proposals: [ClusterProposal] = []
    var clusters: [Cluster] = []
    var selected = 0
    var pending: Pending?

    /// Proposals first, then accepted clusters, in one list.
    var rowCount: Int { proposals.count + clusters.count }

    mutating func reload(_ store: StationDatabase) throws {
        proposals = try store.proposeClusters()
        clusters = try store.clusters()
        selected = max(0, min(selected, rowCount - 1))
    }

    /// Returns true when the key asks for a write.
    mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.up): selected = max(0, selected - 1); return false
        case .key(.down): selected = min(max(0, rowCount - 1), selected + 1); return false
        default: break
        }
        switch event.character {
        case "a" where selected < proposals.count:
            pending = .accept(selected)
            return true
        case "s" where selected >= proposals.count:
            let cluster = clusters[selected - proposals.count]
            guard cluster.suggestionID == nil else { return false }
            pending = .suggest(cluster.id)
            return true
        default: return false
        }
    }

    mutating func perform(_ store: StationDatabase) throws -> Bilingual? {
        guard let job = pending else { return nil }
        pending = nil
        switch job {
        case .accept(let index):
            let p = proposals[index]
            let cluster = try store.acceptCluster(opinionIDs: p.opinionIDs, name: p.suggestedName)
            return Catalogue.clusterAccepted(cluster.name, p.members.count)
        case .suggest(let id):
            guard let cluster = clusters.first(where: { $0.id == id }) else { return nil }
            let members = try store.clusterMembers(id: id)
            let body = members.prefix(20).map { "· " + $0.caseNumber + " " + $0.text }.joined(separator: "\n")
            let s = try store.createSuggestion(clusterID: id, title: cluster.name, body: body, representativeID: nil)
            return Catalogue.suggestionCreated(s.title)
        }
    }

    func render(into canvas: inout Canvas, rect: Rect, language: Language) {
        var y = rect.y
        canvas.putFitted(Catalogue.proposalsHeading(language) + " (\(proposals.count))", x: rect.x, y: y, width: rect.width, element: .heading)
        y += 1
        if proposals.isEmpty {
            canvas.putFitted(Catalogue.noProposals(language), x: rect.x, y: y, width: rect.width, element: .hint)
            y += 1
        }
        for (i, p) in proposals.enumerated() where y < rect.maxY - 4 {
            let element: ThemeElement = i == selected ? .selected : .normal
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), element: element)
            canvas.putFitted((i == selected ? ">" : " ") + Catalogue.clusterLine(p.suggestedName, p.members.count, p.community)(language),
                             x: rect.x, y: y, width: rect.width, element: element)
            y += 1
            if i == selected {
                for m in p.members.prefix(3) where y < rect.maxY - 4 {
                    canvas.putFitted("    " + m.caseNumber + " " + m.text, x: rect.x, y: y, width: rect.width, element: .hint)
                    y += 1
                }
            }
        }
        y += 1
        guard y < rect.maxY else { return }
        canvas.putFitted(Catalogue.clustersHeading(language) + " (\(clusters.count))", x: rect.x, y: y, width: rect.width, element: .heading)
        y += 1
        for (j, c) in clusters.enumerated() where y < rect.maxY {
            let i = proposals.count + j
            let element: ThemeElement = i == selected ? .selected : .normal
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), element: element)
            let tail = c.suggestionID == nil ? "" : " · " + Catalogue.hasSuggestion(language)
            canvas.putFitted((i == selected ? ">" : " ") + Catalogue.clusterLine(c.name, c.memberCount, c.community)(language) + tail,
                             x: rect.x, y: y, width: rect.width, element: element)
            y += 1
        }
    }
}
