import LiaisonCore

/// The small form a case action needs: a line of text (reply, note, reason,
/// case number) or a choice from a list (department, category, representative).
struct CaseActionPrompt: Sendable, Equatable {
    enum Kind: String, Sendable, Equatable {
        case triage, dispatch, resolve, reply, feedback, pause, merge, note, supervise
    }

    let kind: Kind
    var field = TextField()
    /// For choices: the ids behind the list's items.
    var ids: [String] = []
    var list: SelectList?

    var isChoice: Bool { list != nil }

    init(kind: Kind, choices: [(id: String, label: String)] = []) {
        self.kind = kind
        if !choices.isEmpty {
            ids = choices.map(\.id)
            list = SelectList(choices.map(\.label))
        }
    }

    var label: Bilingual {
        switch kind {
        case .triage: return CaseAction.triage(category: "", level: .station).label
        case .dispatch: return CaseAction.dispatch(departmentID: "", deadline: nil, reason: "").label
        case .resolve: return CaseAction.resolveOnSite(answer: "").label
        case .reply: return CaseAction.reply(text: "").label
        case .feedback: return CaseAction.feedback(note: "").label
        case .pause: return CaseAction.pause(reason: "").label
        case .merge: return Catalogue.mergeInto
        case .note: return CaseAction.note("").label
        case .supervise: return CaseAction.supervise(representativeID: "").label
        }
    }

    enum Outcome: Equatable { case editing, cancelled, submitted }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape): return .cancelled
        case .key(.enter), .key(.ctrl("s")): return .submitted
        default:
            if var l = list {
                _ = l.handle(event)
                list = l
            } else {
                _ = field.handle(event)
            }
            return .editing
        }
    }

    var chosenID: String? {
        guard let list, !ids.isEmpty else { return nil }
        return ids[list.selected]
    }
}
