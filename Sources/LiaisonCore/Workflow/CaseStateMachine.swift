/// The closed-loop lifecycle of DESIGN.md as a pure function: which state an
/// action leads to from a given state, or why it may not be taken.
public enum CaseStateMachine {
    /// The state after `action`, or nil when the action records without a transition.
    public static func target(of action: CaseAction, from state: CaseState, paused: Bool) throws -> CaseState? {
        func illegal() -> WorkflowError { .illegalTransition(action: action.name, label: action.label, from: state) }
        switch action {
        case .triage:
            guard state == .registered else { throw illegal() }
            return .triaged
        case .resolveOnSite:
            guard state == .registered || state == .triaged else { throw illegal() }
            return .resolvedOnSite
        case .dispatch:
            guard state == .triaged || state == .reopened else { throw illegal() }
            return .dispatched
        case .reply:
            guard state == .dispatched else { throw illegal() }
            return .replied
        case .feedback:
            guard state == .replied || state == .resolvedOnSite else { throw illegal() }
            return .fedBack
        case .rate(let satisfaction, _):
            guard state == .fedBack else { throw illegal() }
            return satisfaction == .dissatisfied ? .reopened : .closed
        case .merge:
            guard state.isOpen else { throw illegal() }
            return .merged
        case .pause:
            guard state.awaitsAnswer else { throw WorkflowError.clockNotRunning(state) }
            guard !paused else { throw WorkflowError.alreadyPaused }
            return nil
        case .resume:
            guard paused else { throw WorkflowError.notPaused }
            return nil
        case .supervise, .unsupervise:
            guard state.isOpen else { throw illegal() }
            return nil
        case .note:
            return nil
        }
    }

    /// Every (from, action name) pair that is legal, for tests and help screens.
    public static let legalTransitions: [(from: CaseState, action: String, to: CaseState)] = [
        (.registered, "triage", .triaged),
        (.registered, "resolve", .resolvedOnSite),
        (.triaged, "resolve", .resolvedOnSite),
        (.triaged, "dispatch", .dispatched),
        (.reopened, "dispatch", .dispatched),
        (.dispatched, "reply", .replied),
        (.replied, "feedback", .fedBack),
        (.resolvedOnSite, "feedback", .fedBack),
        (.fedBack, "rate", .closed),
        (.fedBack, "rate", .reopened),
    ] + CaseState.allCases.filter(\.isOpen).map { ($0, "merge", CaseState.merged) }
}
