import LiaisonCore

/// The clusters page of F6: proposed groups of open opinions about one
/// underlying problem and the accepted clusters, in one list. A station head
/// accepts, opens, renames, splits, merges and trims them, and drafts a
/// representative's suggestion (闭会期间代表建议) from one — "one matter" to
/// "one kind of matter", every step one or two keys.
struct ClusterWorkbench: Sendable {
    /// A write prepared by `handle`, carried out by `perform`.
    enum Pending: Sendable, Equatable {
        case accept(opinionIDs: [String], name: String)
        case rename(id: String, name: String)
        case split(id: String, opinionIDs: [String], name: String)
        case merge(target: String, sources: [String])
        case remove(id: String, opinionIDs: [String])
        /// Reads the prefilled title and text, then opens the editor.
        case openDraft(clusterID: String)
        case draft(clusterID: String, title: String, body: String)
    }
    /// A one-line question under the list (the field holds the answer).
    enum Prompt: Sendable, Equatable { case rename(String), split(String) }
    enum Opened: Sendable, Equatable { case proposal(Int), cluster(String) }

    var proposals: [ClusterProposal] = []
    var clusters: [Cluster] = []
    var categoryNames: [String: Bilingual] = [:]
    /// Row in the list: proposals first, then accepted clusters.
    var selected = 0
    var markedClusters: Set<String> = []
    /// The proposal or cluster whose opinions are shown, if any.
    var opened: Opened?
    var members: [ClusterCandidate] = []
    var memberSelected = 0
    var markedOpinions: Set<String> = []
    var prompt: Prompt?
    var field = TextField(maxLength: FieldLimits.shortText)
    var editor: SuggestionEditor?
    var pending: Pending?
    /// Width of the page, for the editor's Up/Down over wrapped rows.
    var width = 80
    /// A cluster to select on the next reload (the one just accepted or split off).
    var focusClusterID: String?

    var rowCount: Int { proposals.count + clusters.count }
    var capturesText: Bool { prompt != nil || editor != nil }
    var selectedCluster: Cluster? {
        selected >= proposals.count && selected < rowCount ? clusters[selected - proposals.count] : nil
    }
    var openedCluster: Cluster? {
        guard case .cluster(let id)? = opened else { return nil }
        return clusters.first { $0.id == id }
    }

    mutating func reload(_ store: StationDatabase) throws {
        proposals = try store.proposeClusters()
        clusters = try store.clusters()
        categoryNames = Dictionary(store.categories.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        if let id = focusClusterID, let j = clusters.firstIndex(where: { $0.id == id }) { selected = proposals.count + j }
        focusClusterID = nil
        selected = max(0, min(selected, rowCount - 1))
        markedClusters.formIntersection(clusters.map(\.id))
        switch opened {
        case .cluster(let id)?:
            if clusters.contains(where: { $0.id == id }) { members = try store.clusterMembers(id: id) } else { close() }
        case .proposal(let i)?:
            if i < proposals.count { members = proposals[i].members } else { close() }
        case nil: members = []
        }
        markedOpinions.formIntersection(members.map(\.opinionID))
        memberSelected = max(0, min(memberSelected, members.count - 1))
    }

    mutating func close() {
        opened = nil
        members = []
        markedOpinions = []
        memberSelected = 0
    }

    /// `.ignored` leaves the key to the page (Tab, Esc on the list).
    mutating func handle(_ event: Event) -> Action {
        if editor != nil { return handleEditor(event) }
        if prompt != nil { return handlePrompt(event) }
        if opened != nil { return handleDetail(event) }
        switch event {
        case .key(.up): selected = max(0, selected - 1); return .handled
        case .key(.down): selected = min(max(0, rowCount - 1), selected + 1); return .handled
        case .key(.pageUp): selected = max(0, selected - 10); return .handled
        case .key(.pageDown): selected = min(max(0, rowCount - 1), selected + 10); return .handled
        case .key(.enter):
            guard rowCount > 0 else { return .handled }
            opened = selected < proposals.count ? .proposal(selected) : .cluster(clusters[selected - proposals.count].id)
            memberSelected = 0
            markedOpinions = []
            return .reload
        default: break
        }
        switch event.character {
        case " ":
            guard let c = selectedCluster else { return .handled }
            if markedClusters.remove(c.id) == nil { markedClusters.insert(c.id) }
            selected = min(rowCount - 1, selected + 1)
            return .handled
        case "a" where selected < proposals.count:
            let p = proposals[selected]
            pending = .accept(opinionIDs: p.opinionIDs, name: p.suggestedName)
            return .perform
        case "m":
            guard let target = selectedCluster else { return .message(Catalogue.markToMerge) }
            let sources = clusters.map(\.id).filter { markedClusters.contains($0) && $0 != target.id }
            guard !sources.isEmpty else { return .message(Catalogue.markToMerge) }
            pending = .merge(target: target.id, sources: sources)
            return .perform
        case "r":
            guard let c = selectedCluster else { return selected < proposals.count ? .message(Catalogue.onlyClusters) : .handled }
            startPrompt(.rename(c.id), text: c.name)
            return .handled
        case "s":
            return draft(selectedCluster)
        default: return .ignored
        }
    }

    private mutating func handleDetail(_ event: Event) -> Action {
        switch event {
        case .key(.escape): close(); return .handled
        case .key(.up): memberSelected = max(0, memberSelected - 1); return .handled
        case .key(.down): memberSelected = min(max(0, members.count - 1), memberSelected + 1); return .handled
        case .key(.pageUp): memberSelected = max(0, memberSelected - 10); return .handled
        case .key(.pageDown): memberSelected = min(max(0, members.count - 1), memberSelected + 10); return .handled
        default: break
        }
        let cluster = openedCluster
        switch event.character {
        case " ":
            guard memberSelected < members.count else { return .handled }
            let id = members[memberSelected].opinionID
            if markedOpinions.remove(id) == nil { markedOpinions.insert(id) }
            memberSelected = min(members.count - 1, memberSelected + 1)
            return .handled
        case "a":
            guard case .proposal(let i)? = opened, i < proposals.count else { return .handled }
            let ids = markedIDs.isEmpty ? proposals[i].opinionIDs : markedIDs
            pending = .accept(opinionIDs: ids, name: proposals[i].suggestedName)
            return .perform
        case "p":
            guard let cluster else { return .message(Catalogue.onlyClusters) }
            guard !markedOpinions.isEmpty else { return .message(Catalogue.markToSplit) }
            guard markedOpinions.count < members.count else { return .message(Catalogue.cannotSplitAll) }
            startPrompt(.split(cluster.id), text: String((cluster.name + Catalogue.splitSuffix.zh).prefix(FieldLimits.shortText)))
            return .handled
        case "x":
            guard let cluster else { return .message(Catalogue.onlyClusters) }
            let ids = markedIDs.isEmpty ? (memberSelected < members.count ? [members[memberSelected].opinionID] : []) : markedIDs
            guard !ids.isEmpty else { return .handled }
            pending = .remove(id: cluster.id, opinionIDs: ids)
            return .perform
        case "r":
            guard let cluster else { return .message(Catalogue.onlyClusters) }
            startPrompt(.rename(cluster.id), text: cluster.name)
            return .handled
        case "s":
            guard cluster != nil else { return .message(Catalogue.onlyClusters) }
            return draft(cluster)
        default: return .ignored
        }
    }

    /// Marked opinions in the order they are listed.
    var markedIDs: [String] { members.map(\.opinionID).filter { markedOpinions.contains($0) } }

    private mutating func draft(_ cluster: Cluster?) -> Action {
        guard let cluster else { return .message(Catalogue.onlyClusters) }
        guard cluster.suggestionID == nil else { return .message(ClusterError.alreadySuggested(cluster.name).message) }
        pending = .openDraft(clusterID: cluster.id)
        return .perform
    }

    private mutating func startPrompt(_ p: Prompt, text: String) {
        prompt = p
        field = TextField(text, maxLength: FieldLimits.shortText)
    }

    private mutating func handlePrompt(_ event: Event) -> Action {
        switch event {
        case .key(.escape): prompt = nil; return .handled
        case .key(.enter):
            switch prompt {
            case .rename(let id)?: pending = .rename(id: id, name: field.text)
            case .split(let id)?: pending = .split(id: id, opinionIDs: markedIDs, name: field.text)
            case nil: return .handled
            }
            return .perform
        default:
            field.handle(event)
            return .handled
        }
    }

    private mutating func handleEditor(_ event: Event) -> Action {
        guard var e = editor else { return .ignored }
        let outcome = e.handle(event)
        editor = e
        switch outcome {
        case .editing: return .handled
        case .cancelled: editor = nil; return .handled
        case .saved:
            pending = .draft(clusterID: e.clusterID, title: e.title.text, body: e.body.text)
            return .perform
        }
    }
}
