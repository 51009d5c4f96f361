import LiaisonCore

/// The suggestions page of F6: every representative's suggestion with its
/// state, and its own handling — submit to a department (d), record the
/// answer (y), the representative's rating (1 满意 2 基本满意 3 不满意 4 未表态) —
/// and, opened, the follow-up calls the answer fanned out to every visitor
/// behind it (c records one). While drafted, e rewrites it and v names the
/// representative who puts it forward. Keys follow the case screen (F4).
struct SuggestionBoard: Sendable {
    enum Pending: Sendable, Equatable {
        case act(id: String, SuggestionAction)
        case call(followUpID: String, note: String)
        case edit(id: String, title: String, body: String)
        /// Reads the station's representatives, then offers them.
        case chooseRepresentative
        case represent(id: String, representativeID: String)
    }
    enum Prompt: Sendable, Equatable {
        case department(SelectList)
        case answer(String)
        case call(String)
        case representative(SelectList, ids: [String])
    }

    var suggestions: [Suggestion] = []
    var departments: [Department] = []
    var clusterNames: [String: String] = [:]
    var representativeNames: [String: String] = [:]
    var editor: SuggestionEditor?
    var selected = 0
    var openID: String?
    var followUps: [SuggestionFollowUp] = []
    var followUpSelected = 0
    var prompt: Prompt?
    var field = TextField(maxLength: FieldLimits.note)
    var pending: Pending?

    var capturesText: Bool {
        if editor != nil { return true }
        switch prompt {
        case .answer?, .call?: return true
        default: return false
        }
    }
    var current: Suggestion? {
        if let openID { return suggestions.first { $0.id == openID } }
        return selected < suggestions.count ? suggestions[selected] : nil
    }

    mutating func reload(_ store: StationDatabase) throws {
        suggestions = try store.suggestions()
        departments = try store.departments()
        clusterNames = [:]
        for s in suggestions {
            clusterNames[s.clusterID] = try store.cluster(id: s.clusterID)?.name
            if let r = s.representativeID { representativeNames[r] = try store.representative(id: r)?.name }
        }
        selected = max(0, min(selected, suggestions.count - 1))
        if let id = openID, !suggestions.contains(where: { $0.id == id }) { openID = nil }
        followUps = try openID.map { try store.suggestionFollowUps(pendingOnly: false, suggestionID: $0) } ?? []
        followUpSelected = max(0, min(followUpSelected, followUps.count - 1))
    }

    mutating func handle(_ event: Event) -> Action {
        if editor != nil { return handleEditor(event) }
        if prompt != nil { return handlePrompt(event) }
        switch event {
        case .key(.escape):
            guard openID != nil else { return .ignored }
            openID = nil
            return .reload
        case .key(.enter):
            guard openID == nil, let s = current else { return .handled }
            openID = s.id
            followUpSelected = 0
            return .reload
        case .key(.up):
            if openID == nil { selected = max(0, selected - 1) } else { followUpSelected = max(0, followUpSelected - 1) }
            return .handled
        case .key(.down):
            if openID == nil { selected = min(max(0, suggestions.count - 1), selected + 1) }
            else { followUpSelected = min(max(0, followUps.count - 1), followUpSelected + 1) }
            return .handled
        default: break
        }
        guard let s = current, let c = event.character else { return .ignored }
        switch c {
        case "d":
            if let refused = refusal(.submit(departmentID: ""), s) { return .error(refused) }
            guard !departments.isEmpty else { return .error(Catalogue.noDepartments) }
            var list = SelectList(departments.map(\.name))
            if let d = s.departmentID, let i = departments.firstIndex(where: { $0.id == d }) { list.select(i) }
            prompt = .department(list)
            return .handled
        case "y":
            if let refused = refusal(.answer(""), s) { return .error(refused) }
            prompt = .answer(s.id)
            field = TextField(maxLength: FieldLimits.note)
            return .handled
        case "1", "2", "3", "4":
            let rating = [Satisfaction.satisfied, .basicallySatisfied, .dissatisfied, .noAnswer][Int(String(c))! - 1]
            if let refused = refusal(.rate(rating, note: ""), s) { return .error(refused) }
            pending = .act(id: s.id, .rate(rating, note: ""))
            return .perform
        case "e", "v":
            guard s.state == .drafted else { return .error(ClusterError.suggestionNotDraft(s.title).message) }
            if c == "v" { pending = .chooseRepresentative; return .perform }
            editor = SuggestionEditor(clusterID: s.clusterID, title: s.title, body: s.body, suggestionID: s.id)
            return .handled
        case "c":
            guard openID != nil, followUpSelected < followUps.count, followUps[followUpSelected].calledAt == nil else { return .handled }
            prompt = .call(followUps[followUpSelected].id)
            field = TextField(maxLength: FieldLimits.note)
            return .handled
        default: return .ignored
        }
    }

    /// Why `action` cannot be taken now, said before anything is typed for it.
    private func refusal(_ action: SuggestionAction, _ s: Suggestion) -> Bilingual? {
        action.target(from: s.state) == nil ? ClusterError.illegalSuggestionAction(action: action.label, state: s.state).message : nil
    }

    private mutating func handlePrompt(_ event: Event) -> Action {
        guard let p = prompt else { return .ignored }
        if event == .key(.escape) { prompt = nil; return .handled }
        switch p {
        case .department(var list):
            if event == .key(.enter) {
                guard let s = current, list.selected < departments.count else { prompt = nil; return .handled }
                pending = .act(id: s.id, .submit(departmentID: departments[list.selected].id))
                return .perform
            }
            list.handle(event)
            prompt = .department(list)
        case .answer(let id):
            if event == .key(.enter) || event == .key(.ctrl("s")) {
                pending = .act(id: id, .answer(field.text))
                return .perform
            }
            field.handle(event)
        case .call(let id):
            if event == .key(.enter) || event == .key(.ctrl("s")) {
                pending = .call(followUpID: id, note: field.text)
                return .perform
            }
            field.handle(event)
        case .representative(var list, let ids):
            if event == .key(.enter) {
                guard let s = current, list.selected < ids.count else { prompt = nil; return .handled }
                pending = .represent(id: s.id, representativeID: ids[list.selected])
                return .perform
            }
            list.handle(event)
            prompt = .representative(list, ids: ids)
        }
        return .handled
    }

    private mutating func handleEditor(_ event: Event) -> Action {
        guard var e = editor else { return .ignored }
        let outcome = e.handle(event)
        editor = e
        switch outcome {
        case .editing: return .handled
        case .cancelled: editor = nil; return .handled
        case .saved:
            guard let id = e.suggestionID else { editor = nil; return .handled }
            pending = .edit(id: id, title: e.title.text, body: e.body.text)
            return .perform
        }
    }

    /// Carries out the prepared step; a refused one keeps the prompt and its text.
    mutating func perform(_ store: StationDatabase) throws -> Bilingual? {
        guard let job = pending else { return nil }
        pending = nil
        if let user = store.signedIn { try AccessPolicy.require(.actOnCases, user) }
        switch job {
        case let .act(id, action):
            let s = try store.apply(action, toSuggestion: id)
            prompt = nil
            if case .answer = action {
                return Catalogue.followUpsCreated(try store.suggestionFollowUps(suggestionID: id).count)
            }
            return Catalogue.suggestionMoved(s.title, s.state.label)
        case let .call(id, note):
            try store.recordSuggestionFollowUpCall(id: id, note: note)
            prompt = nil
            return Catalogue.callRecorded
        case let .edit(id, title, body):
            let s = try store.updateSuggestion(id: id, title: title, body: body)
            editor = nil
            return Catalogue.suggestionSaved(s.title)
        case .chooseRepresentative:
            let reps = try store.representatives()
            guard !reps.isEmpty else { return Catalogue.noRepresentatives }
            var list = SelectList(reps.map(\.name))
            if let r = current?.representativeID, let i = reps.firstIndex(where: { $0.id == r }) { list.select(i) }
            prompt = .representative(list, ids: reps.map(\.id))
            return nil
        case let .represent(id, rep):
            let s = try store.updateSuggestion(id: id, representativeID: rep)
            prompt = nil
            return Catalogue.suggestionRepresentative(s.title, try store.representative(id: rep)?.name ?? "")
        }
    }

    var hint: Bilingual {
        if editor != nil { return Catalogue.editorHint }
        if prompt != nil { return Catalogue.promptHint }
        return openID == nil ? Catalogue.suggestionsHint : Catalogue.suggestionDetailHint
    }

    var keyHelp: [KeyHelp] {
        [KeyHelp("↑ ↓  Enter", Catalogue.helpOpen), KeyHelp("d", Catalogue.helpSubmit), KeyHelp("y", Catalogue.helpAnswer),
         KeyHelp("1 2 3 4", Catalogue.helpRate), KeyHelp("c", Catalogue.helpCall), KeyHelp("e", Catalogue.helpEditDraft),
         KeyHelp("v", Catalogue.helpRepresentative)]
    }
}
