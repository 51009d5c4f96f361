import LiaisonCore

/// F4: the case queue (三色督办, overdue first), a case's detail with every
/// action of the closed loop, and the follow-up call worklist (回访) — the one
/// place a visitor's phone number is shown in full, each reveal recorded.
public struct CaseQueueScreen: Screen {
    enum Mode: Sendable, Equatable { case queue, detail, followUp }

    /// What `perform(with:)` is to write.
    enum PendingWrite: Sendable, Equatable {
        /// One or more actions, written in one transaction (a call told and rated at once).
        case actions(caseID: String, [CaseAction])
        case merge(caseID: String, intoNumber: String)
        case reveal(caseID: String, visitorID: String)
        /// An admin asks who looked at this case's visitors' numbers, and why.
        case audit(caseID: String)
        /// A visitor's full numbers from the case detail, with a stated reason (role-checked, audited).
        case revealNumbers(visitorID: String, reason: String)
    }

    public var destination: Destination { .cases }
    var mode: Mode = .queue
    /// Set for a representative's own queue (cases received and supervised).
    let representativeID: String?
    var representativeName: String?

    // Queue: a window of rows around the selection, so 100,000 cases scroll smoothly. A few
    // screens' worth: every row loaded is a model built while the receptionist waits.
    static let window = 120
    var stateFilter: CaseState?
    var overdueOnly = false
    var searching = false
    var search = TextField()
    var rows: [CaseSummary] = []
    /// Rows cut to the columns once, kept between frames (see `QueueRowCache`).
    let rowCache = QueueRowCache()
    var windowStart = 0
    var total = 0
    var selected = 0
    var visibleRows = 20

    // Detail.
    var detailID: String?
    var detail: CaseDetail?
    var detailScroll = 0
    var prompt: CaseActionPrompt?
    var choices: [CaseActionPrompt.Kind: [(id: String, label: String)]] = [:]
    var categories: [String: LiaisonCore.Category] = [:]
    var pending: PendingWrite?

    // Follow-up worklist.
    var followUps: [FollowUpItem] = []
    var followSelected = 0
    var revealed: [String: String] = [:]
    /// Audit entries for the open case's visitors, once an admin asked.
    var auditLines: [String]?
    /// The reveal dialog over the case detail (`r`).
    var reveal: RevealDialog?

    public init(representativeID: String? = nil) {
        self.representativeID = representativeID
    }

    public var capturesText: Bool { searching || (prompt.map { !$0.isChoice } ?? false) || (reveal?.isTyping ?? false) }

    public var keyHelp: [KeyHelp] {
        [KeyHelp("↑ ↓  j k  PgUp PgDn", Catalogue.helpMove), KeyHelp("Enter", Catalogue.helpOpen),
         KeyHelp("/", Catalogue.helpSearch), KeyHelp("s", Catalogue.helpFilterState), KeyHelp("x", Catalogue.helpFilterOverdue),
         KeyHelp("f", Catalogue.helpFollowUp), KeyHelp("t d o y b 1-4 p g n v", Catalogue.helpCaseActions),
         KeyHelp("a", Catalogue.helpAudit), KeyHelp("r", RevealDialog.keyLabel),
         KeyHelp("Esc", Catalogue.helpBack)]
    }

    var query: CaseQuery {
        var q = CaseQuery()
        if let s = stateFilter { q.states = [s] } else { q.openOnly = true }
        q.overdueOnly = overdueOnly
        q.representativeID = representativeID
        q.text = search.text
        q.offset = windowStart
        q.limit = Self.window
        return q
    }

    // MARK: Data

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        if let id = representativeID, representativeName == nil { representativeName = try store.representative(id: id)?.name }
        var q = query
        total = try store.caseCount(q)
        selected = max(0, min(selected, total - 1))
        // Keep the selection inside the loaded window.
        if selected < windowStart || selected >= windowStart + Self.window - 20 {
            windowStart = max(0, selected - Self.window / 3)
            q.offset = windowStart
        }
        rows = try store.cases(q)
        if mode == .detail, let id = detailID { detail = try CaseDetail.load(caseID: id, store: store) }
        if mode == .followUp {
            followUps = try store.followUpWorklist()
            followSelected = max(0, min(followSelected, followUps.count - 1))
        }
        if choices.isEmpty {
            choices[.dispatch] = try store.departments().map { ($0.id, $0.name + ($0.kind.isEmpty ? "" : "（\($0.kind)）")) }
            choices[.triage] = store.categories.map { ($0.code, $0.name.zh + " / " + $0.name.en + " · \($0.slaDays)") }
            categories = Dictionary(uniqueKeysWithValues: store.categories.map { ($0.code, $0) })
        }
        // A province has 87,000 representatives: read them when supervision is asked for, not when F4 opens.
        if prompt?.kind == .supervise, choices[.supervise] == nil {
            let list = try store.representatives().map { ($0.id, $0.name + " · " + $0.level.label.zh) }
            choices[.supervise] = list
            prompt = CaseActionPrompt(kind: .supervise, choices: list)
        }
    }

    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? {
        guard let store = data.station else { return Catalogue.noStore }
        guard let write = pending else { return nil }
        pending = nil
        switch write {
        case let .actions(caseID, actions):
            let history = try store.db.write {
                var last = try store.history(caseID: caseID)
                for action in actions { last = try store.applyAsSignedIn(action, toCase: caseID) }
                return last
            }
            prompt = nil
            return Catalogue.stateNow(history.state)
        case let .merge(caseID, number):
            guard let target = try store.caseRecord(number: number) else { throw WorkflowError.unknownCase(number) }
            let history = try store.applyAsSignedIn(.merge(into: target.id), toCase: caseID)
            prompt = nil
            return Catalogue.stateNow(history.state)
        case let .reveal(caseID, visitorID):
            revealed[visitorID] = try store.revealPhoneForFollowUp(caseID: caseID, visitorID: visitorID)
            return nil
        case .audit(let caseID):
            // Only a station admin may read the audit log; the store checks the role again.
            guard let user = try store.user(named: store.actor) else { throw AccessError.notPermitted(.readAuditLog, .receptionist) }
            var lines: [String] = []
            for v in try store.followUpVisitors(caseID: caseID) {
                for e in try store.auditLog(by: user, subject: "visitor:" + v.visitorID) {
                    lines.append(e.at.prefix(16).replacingOccurrences(of: "T", with: " ") + "  " + e.actor + "  " + e.action + "  " + e.reason)
                }
            }
            auditLines = lines
            return nil
        case let .revealNumbers(visitorID, reason):
            // The store decides who may (AccessPolicy.revealRule) and records the reason first.
            guard let user = try store.actingUser() ?? store.user(named: store.actor) else { throw AccessError.signInRequired }
            let numbers = try store.reveal(visitorID: visitorID, reason: reason, by: user)
            let name = reveal?.chosen?.label ?? ""
            reveal?.shown = (name, numbers)
            return nil
        }
    }

    var selectedCase: CaseSummary? {
        let i = selected - windowStart
        return rows.indices.contains(i) ? rows[i] : nil
    }

    // MARK: Events

    public mutating func handle(_ event: Event) -> Action {
        switch mode {
        case .queue: return handleQueue(event)
        case .detail: return handleDetail(event)
        case .followUp: return handleFollowUp(event)
        }
    }

    mutating func handleQueue(_ event: Event) -> Action {
        if searching {
            switch event {
            case .key(.escape): searching = false; search = TextField(); selected = 0; return .reload
            case .key(.enter): searching = false; return .handled
            default:
                if search.handle(event) { selected = 0; windowStart = 0; return .reload }
                return .ignored
            }
        }
        if let moved = movement(event) {
            selected = moved
            let inWindow = selected >= windowStart && selected < windowStart + rows.count
            return inWindow ? .handled : .reload
        }
        switch event {
        case .key(.enter):
            guard let row = selectedCase else { return .handled }
            openDetail(row.caseRecord.id)
            return .reload
        default:
            switch event.character {
            case "/": searching = true; return .handled
            case "x": overdueOnly.toggle(); selected = 0; windowStart = 0; return .reload
            case "s":
                let all = CaseState.allCases
                if let s = stateFilter, let i = all.firstIndex(of: s) { stateFilter = i + 1 < all.count ? all[i + 1] : nil }
                else { stateFilter = all.first }
                selected = 0; windowStart = 0
                return .reload
            case "f": mode = .followUp; return .reload
            case "r": return .reload
            default: return .ignored
            }
        }
    }

    /// Where a movement key takes the selection among `total` cases — the keys
    /// of `SelectList`, without building a list of `total` items per keystroke.
    /// Nil for any other key.
    func movement(_ event: Event) -> Int? {
        let page = max(1, visibleRows)
        let target: Int
        switch event {
        case .key(.up): target = selected - 1
        case .key(.down): target = selected + 1
        case .key(.pageUp): target = selected - page
        case .key(.pageDown): target = selected + page
        case .key(.home): target = 0
        case .key(.end): target = total - 1
        default:
            switch event.character {
            case "k": target = selected - 1
            case "j": target = selected + 1
            default: return nil
            }
        }
        return total == 0 ? 0 : max(0, min(target, total - 1))
    }

    mutating func openDetail(_ id: String) {
        detailID = id
        detail = nil
        auditLines = nil
        detailScroll = 0
        prompt = nil
        reveal = nil
        mode = .detail
    }
}
