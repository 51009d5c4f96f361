import LiaisonCore

/// Keys of the detail and follow-up views: each action of the lifecycle in one
/// or two keys, written through `perform(with:)`.
extension CaseQueueScreen {
    mutating func handleDetail(_ event: Event) -> Action {
        guard let detail else {
            if event == .key(.escape) { mode = .queue; return .reload }
            return .handled
        }
        let id = detail.record.id
        if var r = reveal {
            switch r.handle(event) {
            case .editing: reveal = r; return .handled
            case .closed: reveal = nil; return .handled
            case .submitted:
                reveal = r
                pending = .revealNumbers(visitorID: r.chosen?.visitorID ?? "", reason: r.reason.text)
                return .perform
            }
        }
        if var p = prompt {
            switch p.handle(event) {
            case .editing: prompt = p; return .handled
            case .cancelled: prompt = nil; return .handled
            case .submitted:
                prompt = p
                if p.kind == .merge {
                    pending = .merge(caseID: id, intoNumber: p.field.text.trimmingSpaces.uppercased())
                    return .perform
                }
                guard let action = action(from: p, detail: detail) else { return .handled }
                pending = .actions(caseID: id, [action])
                return .perform
            }
        }
        switch event {
        case .key(.escape): mode = .queue; return .reload
        case .key(.pageDown), .key(.down): detailScroll += event == .key(.down) ? 1 : 10; return .handled
        case .key(.pageUp), .key(.up): detailScroll = max(0, detailScroll - (event == .key(.up) ? 1 : 10)); return .handled
        default: break
        }
        guard let c = event.character else { return .ignored }
        func ask(_ kind: CaseActionPrompt.Kind) -> Action {
            prompt = CaseActionPrompt(kind: kind, choices: choices[kind] ?? [])
            return .handled
        }
        switch c {
        case "t": return ask(.triage)
        case "d": return ask(.dispatch)
        case "o": return ask(.resolve)
        case "y": return ask(.reply)
        case "b": return ask(.feedback)
        case "g": return ask(.merge)
        case "n": return ask(.note)
        case "v":
            // The list of representatives is read on the reload this asks for.
            if choices[.supervise] == nil { prompt = CaseActionPrompt(kind: .supervise); return .reload }
            return ask(.supervise)
        case "a":
            pending = .audit(caseID: id)
            return .perform
        case "r":
            var seen = Set<String>()
            let choices = detail.opinions.filter { seen.insert($0.opinion.visitorID).inserted }.map {
                RevealDialog.Choice(visitorID: $0.opinion.visitorID, label: $0.visitorName.zh + "  " + $0.maskedPhone)
            }
            guard !choices.isEmpty else { return .handled }
            reveal = RevealDialog(choices: choices)
            return .handled
        case "p":
            if detail.history.isPaused {
                pending = .actions(caseID: id, [.resume(note: "")])
                return .perform
            }
            return ask(.pause)
        case "1", "2", "3", "4":
            let s: [Character: Satisfaction] = ["1": .satisfied, "2": .basicallySatisfied, "3": .dissatisfied, "4": .noAnswer]
            pending = .actions(caseID: id, [.rate(s[c]!, note: "")])
            return .perform
        default: return .ignored
        }
    }

    /// The lifecycle action a filled prompt stands for.
    func action(from p: CaseActionPrompt, detail: CaseDetail) -> CaseAction? {
        let text = p.field.text
        switch p.kind {
        case .triage:
            guard let code = p.chosenID else { return nil }
            return .triage(category: code, level: detail.record.category == code ? detail.record.handlingLevel
                           : (categories[code]?.defaultLevel ?? detail.record.handlingLevel))
        case .dispatch:
            guard let dept = p.chosenID else { return nil }
            return .dispatch(departmentID: dept, deadline: nil, reason: "")
        case .resolve: return .resolveOnSite(answer: text)
        case .reply: return .reply(text: text)
        case .feedback: return .feedback(note: text)
        case .pause: return .pause(reason: text)
        case .note: return .note(text)
        case .merge: return nil // resolved by number in perform
        case .supervise:
            guard let rep = p.chosenID else { return nil }
            return detail.history.supervisors.contains(rep) ? .unsupervise(representativeID: rep) : .supervise(representativeID: rep)
        }
    }

    mutating func handleFollowUp(_ event: Event) -> Action {
        switch event {
        case .key(.escape): mode = .queue; return .reload
        default: break
        }
        var list = SelectList(followUps.map(\.caseRecord.number), selected: followSelected)
        if list.handle(event) { followSelected = list.selected; return .handled }
        guard followUps.indices.contains(followSelected) else { return .ignored }
        let item = followUps[followSelected]
        switch event {
        case .key(.enter):
            guard let visitor = item.visitors.first(where: { revealed[$0.visitorID] == nil }) else { return .handled }
            pending = .reveal(caseID: item.caseRecord.id, visitorID: visitor.visitorID)
            return .perform
        default:
            switch event.character {
            case "b":
                pending = .actions(caseID: item.caseRecord.id, [.feedback(note: "")])
                return .perform
            case "1", "2", "3", "4":
                // Told and rated in one go: the call is the feedback.
                let s: [Character: Satisfaction] = ["1": .satisfied, "2": .basicallySatisfied, "3": .dissatisfied, "4": .noAnswer]
                pending = .actions(caseID: item.caseRecord.id, [.feedback(note: ""), .rate(s[event.character!]!, note: "")])
                return .perform
            case "e":
                openDetail(item.caseRecord.id)
                return .reload
            default: return .ignored
            }
        }
    }
}
