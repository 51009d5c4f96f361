import Testing
@testable import LiaisonCore

@Suite("Workflow: state machine")
struct CaseStateMachineTests {
    static let sampleActions: [CaseAction] = [
        .triage(category: "livelihood", level: .township), .resolveOnSite(answer: "答"),
        .dispatch(departmentID: "d", deadline: nil, reason: ""), .reply(text: "r"), .feedback(note: ""),
        .rate(.satisfied, note: ""), .rate(.dissatisfied, note: ""), .merge(into: "x"),
    ]

    /// The lifecycle table of DESIGN.md, written out independently of the implementation.
    static func expected(_ action: CaseAction, from: CaseState) -> CaseState? {
        switch (action, from) {
        case (.triage, .registered): return .triaged
        case (.resolveOnSite, .registered), (.resolveOnSite, .triaged): return .resolvedOnSite
        case (.dispatch, .triaged), (.dispatch, .reopened): return .dispatched
        case (.reply, .dispatched): return .replied
        case (.feedback, .replied), (.feedback, .resolvedOnSite): return .fedBack
        case (.rate(.dissatisfied, _), .fedBack): return .reopened
        case (.rate, .fedBack): return .closed
        case (.merge, let s) where s != .closed && s != .merged: return .merged
        default: return nil
        }
    }

    @Test func everyStateAndTransitionAction() {
        var legal = 0, illegal = 0
        for state in CaseState.allCases {
            for action in Self.sampleActions {
                let want = Self.expected(action, from: state)
                do {
                    let got = try CaseStateMachine.target(of: action, from: state, paused: false)
                    #expect(got == want, "\(action.name) from \(state)")
                    #expect(want != nil, "\(action.name) from \(state) should be illegal")
                    legal += 1
                } catch let error as WorkflowError {
                    #expect(want == nil, "\(action.name) from \(state) should be legal")
                    if case .illegalTransition(_, _, let from) = error { #expect(from == state) } else { Issue.record("wrong error \(error)") }
                    illegal += 1
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
        }
        #expect(legal == 17)
        #expect(illegal == CaseState.allCases.count * Self.sampleActions.count - 17)
    }

    @Test func pauseOnlyWhileTheClockRuns() throws {
        #expect(try CaseStateMachine.target(of: .pause(reason: "r"), from: .dispatched, paused: false) == nil)
        #expect(throws: WorkflowError.alreadyPaused) { try CaseStateMachine.target(of: .pause(reason: "r"), from: .dispatched, paused: true) }
        #expect(throws: WorkflowError.clockNotRunning(.replied)) { try CaseStateMachine.target(of: .pause(reason: "r"), from: .replied, paused: false) }
        #expect(throws: WorkflowError.notPaused) { try CaseStateMachine.target(of: .resume(note: ""), from: .dispatched, paused: false) }
    }

    @Test func illegalMessageIsBilingual() {
        let e = WorkflowError.illegalTransition(action: "reply", label: CaseAction.reply(text: "").label, from: .registered)
        #expect(e.message.zh.contains("已登记"))
        #expect(e.message.en.contains("registered"))
    }
}
