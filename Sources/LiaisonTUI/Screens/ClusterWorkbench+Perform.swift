import LiaisonCore

/// The workbench's writes. A prompt or the editor closes only when the write
/// succeeded: on a refused name the typed text is still there to correct.
extension ClusterWorkbench {
    mutating func perform(_ store: StationDatabase) throws -> Bilingual? {
        guard let job = pending else { return nil }
        pending = nil
        // Whoever signed in at the desk must be allowed to act on cases (as in F4, and liaison cluster).
        if let user = store.signedIn { try AccessPolicy.require(.actOnCases, user) }
        switch job {
        case let .accept(ids, name):
            let cluster = try store.acceptCluster(opinionIDs: ids, name: name)
            focusClusterID = cluster.id
            if case .proposal? = opened {
                // Accepted from its opinions: carry on with the new cluster.
                opened = .cluster(cluster.id)
                markedOpinions = []
                memberSelected = 0
            }
            return Catalogue.clusterAccepted(cluster.name, ids.count)
        case let .rename(id, name):
            try store.renameCluster(id: id, name: name)
            prompt = nil
            return Catalogue.clusterRenamed(try store.cluster(id: id)?.name ?? name)
        case let .split(id, ids, name):
            let cluster = try store.splitCluster(id: id, opinionIDs: ids, newName: name)
            prompt = nil
            markedOpinions = []
            return Catalogue.clusterSplit(cluster.name, ids.count)
        case let .merge(target, sources):
            try store.mergeClusters(sources, into: target)
            markedClusters = []
            return Catalogue.clustersMerged(sources.count, try store.cluster(id: target)?.name ?? "")
        case let .remove(id, ids):
            try store.removeFromCluster(id: id, opinionIDs: ids)
            markedOpinions = []
            // An emptied cluster has nothing left to say: give it up.
            if let c = try store.cluster(id: id), c.memberCount == 0, c.suggestionID == nil {
                try store.dissolveCluster(id: id)
                close()
            }
            return Catalogue.opinionsRemoved(ids.count)
        case .openDraft(let clusterID):
            let draft = try store.suggestionDraft(clusterID: clusterID)
            var e = SuggestionEditor(clusterID: clusterID, title: draft.title, body: draft.body)
            e.body.layoutWidth = max(10, width - 2)
            editor = e
            return nil
        case let .draft(clusterID, title, body):
            let s = try store.createSuggestion(clusterID: clusterID, title: title, body: body, representativeID: nil)
            editor = nil
            return Catalogue.suggestionDrafted(s.title)
        }
    }

    /// The key line for the current state.
    var hint: Bilingual {
        if editor != nil { return Catalogue.editorHint }
        if prompt != nil { return Catalogue.promptHint }
        switch opened {
        case .proposal?: return Catalogue.proposalDetailHint
        case .cluster?: return Catalogue.workbenchDetailHint
        case nil: return Catalogue.workbenchListHint
        }
    }

    var keyHelp: [KeyHelp] {
        [KeyHelp("↑ ↓  Enter", Catalogue.helpOpen), KeyHelp("a", Catalogue.helpAccept), KeyHelp("Space", Catalogue.helpMark),
         KeyHelp("m", Catalogue.helpMerge), KeyHelp("r", Catalogue.helpRename), KeyHelp("p", Catalogue.helpSplit),
         KeyHelp("x", Catalogue.helpRemove), KeyHelp("s", Catalogue.helpDraft), KeyHelp("Ctrl-S", Catalogue.helpSave)]
    }
}
