import Foundation
import Testing
@testable import LiaisonCore

/// Each role sees and may reveal only what it should, through the store with
/// the person signed in (`store.signedIn`): the queue, its count, the home
/// counts, search, and reveals in the case detail and the follow-up call list.
@Suite("Access: case scope and reveal by role")
struct CaseScopeTests {
    struct World {
        let store: StationDatabase
        let people: AccessPeople
        let mine: IntakeReceipt        // received by 张代表 (the representative user)
        let theirs: IntakeReceipt      // received by 陈代表
        let supervised: IntakeReceipt  // nobody's, then supervised by 张代表
        let replied: IntakeReceipt     // nobody's; resolved on site, awaiting its follow-up call
    }

    static func world(_ folder: TemporaryFolder) throws -> World {
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let mine = try store.intakeWithNumbers(phone: "13900000001", representativeID: people.rep.id, text: "我的路灯坏了")
        let theirs = try store.intakeWithNumbers(phone: "13900000002", representativeID: people.otherRep.id, text: "他的路灯坏了")
        let supervised = try store.intakeWithNumbers(phone: "13900000003", text: "督办的路灯坏了")
        try store.apply(.supervise(representativeID: people.rep.id), toCase: supervised.entries[0].caseRecord.id)
        let replied = try store.intakeWithNumbers(phone: "13900000004", text: "井盖松了")
        try store.apply(.resolveOnSite(answer: "已联系维修"), toCase: replied.entries[0].caseRecord.id)
        return World(store: store, people: people, mine: mine, theirs: theirs, supervised: supervised, replied: replied)
    }

    static func number(_ r: IntakeReceipt) -> String { r.entries[0].caseRecord.number }

    /// role → the cases (by which receipt) it lists.
    static let visible: [(User.Role, Set<String>)] = [
        (.admin, ["mine", "theirs", "supervised", "replied"]),
        (.receptionist, ["mine", "theirs", "supervised", "replied"]),
        (.representative, ["mine", "supervised"]),
    ]

    /// Another representative's card shows a representative user none of that one's opinions
    /// outside their own scope; their own card and an admin's view show them all.
    @Test func anotherRepresentativesSuggestionsFollowTheScope() throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        func legislation(_ rep: String, _ text: String) throws {
            _ = try w.store.recordIntake(IntakeRequest(visitor: .init(name: "钱老师", phone: "13900000009"),
                                                       opinions: [.init(text: text, category: "legislation", representativeID: rep)]))
        }
        try legislation(w.people.otherRep.id, "建议条例第五条写明噪声时段")
        try legislation(w.people.rep.id, "建议条例增加电梯维修资金规定")
        w.store.signedIn = w.people.user(.representative)
        #expect(try w.store.representativeQueue(representativeID: w.people.otherRep.id).lists.suggestions.isEmpty)
        #expect(try w.store.representativeQueue(representativeID: w.people.rep.id).lists.suggestions.map(\.text)
                == ["建议条例增加电梯维修资金规定"])
        w.store.signedIn = w.people.user(.admin)
        #expect(try w.store.representativeQueue(representativeID: w.people.otherRep.id).lists.suggestions.map(\.text)
                == ["建议条例第五条写明噪声时段"])
    }

    /// The intake form's similar-case hints follow the role too.
    @Test(arguments: visible)
    func similarCaseCandidatesFollowTheRole(_ role: User.Role, _ expected: Set<String>) throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        // Open cases only: "replied" was resolved on site, still open until its follow-up and rating.
        let names = ["mine": Self.number(w.mine), "theirs": Self.number(w.theirs),
                     "supervised": Self.number(w.supervised), "replied": Self.number(w.replied)]
        w.store.signedIn = w.people.user(role)
        let open = Set(try w.store.similarCaseCandidates().map(\.caseRecord.number))
        #expect(open == Set(expected.map { names[$0]! }), "\(role) candidates")
        let ids = [w.mine, w.theirs, w.supervised].map { $0.entries[0].caseRecord.id }
        let listed = Set(try w.store.similarCaseCandidates(caseIDs: ids).map(\.caseRecord.number))
        #expect(listed == Set(expected.subtracting(["replied"]).map { names[$0]! }), "\(role) candidates by id")
    }

    @Test(arguments: visible)
    func queueCountsAndSearchFollowTheRole(_ role: User.Role, _ expected: Set<String>) throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        let names = ["mine": Self.number(w.mine), "theirs": Self.number(w.theirs),
                     "supervised": Self.number(w.supervised), "replied": Self.number(w.replied)]
        let want = Set(expected.map { names[$0]! })
        w.store.signedIn = w.people.user(role)
        var q = CaseQuery()
        q.limit = 100
        #expect(Set(try w.store.cases(q).map(\.caseRecord.number)) == want, "\(role) queue")
        #expect(try w.store.caseCount(q) == want.count, "\(role) count")
        // Filters still narrow inside the scope.
        q.states = [.resolvedOnSite]
        #expect(Set(try w.store.cases(q).map(\.caseRecord.number)) == want.intersection([Self.number(w.replied)]))
        // The follow-up call list too.
        #expect(Set(try w.store.followUpWorklist().map(\.caseRecord.number)) == want.intersection([Self.number(w.replied)]))
        // Home counts: nil means "every case" (the overview's); else within the scope.
        if let scoped = try w.store.scopedCaseCounts() {
            #expect(role == .representative)
            #expect(scoped.byState.reduce(0) { $0 + $1.count } == want.count)
        } else {
            #expect(role != .representative)
        }
        // Search: opinions lead to cases; only those in scope are found.
        let hits = try w.store.scopedSearch(SearchQuery("路灯", kinds: [.opinion], limit: 20)).hits
        let found = Set(hits.compactMap(\.caseID))
        let lampCases = Set(["mine", "theirs", "supervised"].filter(expected.contains).map { names[$0]! })
        #expect(Set(try found.compactMap { try w.store.caseRecord(id: $0)?.number }) == lampCases, "\(role) search")
        // Explicit scope overrides the signed-in one (used by a representative's own queue on any desk).
        var explicit = CaseQuery()
        explicit.scope = .representative(w.people.otherRep.id)
        #expect(try w.store.cases(explicit).map(\.caseRecord.number) == [Self.number(w.theirs)])
    }

    @Test func aStationWithoutSignInSeesEverything() throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        #expect(w.store.caseScope == .all)
        #expect(try w.store.caseCount(CaseQuery()) == 4)
        w.store.signedIn = User(id: "nobody", name: "nobody", role: .representative)
        #expect(w.store.caseScope == CaseScope.none)
        #expect(try w.store.caseCount(CaseQuery()) == 0)
    }

    enum Place: String, CaseIterable { case detail, followUp }

    /// role, place, whose number (receipt name), allowed.
    static let reveals: [(User.Role, Place, String, Bool)] = [
        (.receptionist, .detail, "mine", false),
        (.receptionist, .detail, "replied", false),
        (.receptionist, .followUp, "replied", true),
        (.receptionist, .followUp, "mine", false),          // not awaiting a follow-up call
        (.representative, .detail, "mine", true),
        (.representative, .detail, "supervised", true),
        (.representative, .detail, "theirs", false),
        (.representative, .followUp, "replied", false),     // not their case
        (.admin, .detail, "theirs", true),
        (.admin, .followUp, "replied", true),
    ]

    @Test(arguments: reveals)
    func revealFollowsTheRoleAndThePlace(_ role: User.Role, _ place: Place, _ whose: String, _ allowed: Bool) throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        let receipt = ["mine": w.mine, "theirs": w.theirs, "supervised": w.supervised, "replied": w.replied][whose]!
        let caseID = receipt.entries[0].caseRecord.id
        w.store.signedIn = w.people.user(role)
        let before = try w.store.rawCount("audit_log")
        let phone: String?
        switch place {
        case .detail:
            phone = try? w.store.reveal(visitorID: receipt.visitorID, reason: "核实", by: w.people.user(role)).phone
        case .followUp:
            phone = try? w.store.revealPhoneForFollowUp(caseID: caseID, visitorID: receipt.visitorID)
        }
        #expect((phone != nil) == allowed, "\(role) \(place) \(whose)")
        if let phone { #expect(phone.hasPrefix("139") && !phone.contains("*")) }
        let entries = try w.store.auditLog(by: w.people.admin).filter { $0.action == "reveal" }
        #expect(try w.store.rawCount("audit_log") - before == (allowed ? 1 : 0))
        if allowed {
            #expect(entries.first?.actor == w.people.user(role).name)
            #expect(entries.first?.subject == "visitor:\(receipt.visitorID)")
            #expect(entries.first?.reason.isEmpty == false)
        }
    }

    @Test func theReceptionistIsToldWhereNumbersAreShown() throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        #expect(throws: AccessError.revealOnlyInFollowUp) {
            try w.store.reveal(visitorID: w.mine.visitorID, reason: "核实", by: w.people.receptionist)
        }
        w.store.signedIn = w.people.receptionist
        #expect(throws: AccessError.notAwaitingFollowUp) {
            try w.store.revealPhoneForFollowUp(caseID: w.mine.entries[0].caseRecord.id, visitorID: w.mine.visitorID)
        }
        // A visitor of another case cannot be revealed through a case that awaits its call.
        #expect(throws: AccessError.notAwaitingFollowUp) {
            try w.store.revealPhoneForFollowUp(caseID: w.replied.entries[0].caseRecord.id, visitorID: w.mine.visitorID)
        }
        // Nobody signed in on a station with users: refused.
        w.store.signedIn = nil
        #expect(throws: AccessError.signInRequired) {
            try w.store.revealPhoneForFollowUp(caseID: w.replied.entries[0].caseRecord.id, visitorID: w.replied.visitorID)
        }
    }

    @Test func auditPagesFilterByPersonVisitorAndCase() throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        for i in 0..<7 {
            _ = try w.store.reveal(visitorID: w.mine.visitorID, reason: "第\(i)次", by: w.people.representative)
        }
        _ = try w.store.reveal(visitorID: w.theirs.visitorID, reason: "抽查", by: w.people.admin)
        let all = try w.store.auditPage(AuditFilter(limit: 100), by: w.people.admin)
        #expect(all.total == all.entries.count && all.total >= 8)
        let byRep = try w.store.auditPage(AuditFilter(actor: "张代表", limit: 3), by: w.people.admin)
        #expect(byRep.total == 7 && byRep.entries.count == 3)
        #expect(byRep.entries.first?.reason == "第6次")   // newest first
        let lastPage = try w.store.auditPage(AuditFilter(actor: "张代表", limit: 3, offset: 6), by: w.people.admin)
        #expect(lastPage.entries.map(\.reason) == ["第0次"])
        let byVisitor = try w.store.auditPage(AuditFilter(visitorID: w.theirs.visitorID), by: w.people.admin)
        #expect(byVisitor.entries.map(\.actor) == ["站长"])
        let byCase = try w.store.auditPage(AuditFilter(caseID: w.mine.entries[0].caseRecord.id), by: w.people.admin)
        #expect(byCase.total == 7 && Set(byCase.entries.map(\.actor)) == ["张代表"])
        for role in [User.Role.receptionist, .representative] {
            #expect(throws: AccessError.notPermitted(.readAuditLog, role)) {
                try w.store.auditPage(AuditFilter(), by: w.people.user(role))
            }
        }
    }

    /// role, action, on whose case, allowed — through `applyAsSignedIn` (the F4 screen and `liaison case transition`).
    static let actions: [(User.Role, String, String, Bool)] = [
        (.receptionist, "triage", "theirs", true),
        (.representative, "note", "mine", true),
        (.representative, "note", "theirs", false),
        (.representative, "triage", "mine", false),
        (.representative, "supervise", "theirs", true),   // taking supervision makes it theirs
        (.admin, "note", "theirs", true),
    ]

    @Test(arguments: actions)
    func caseActionsFollowTheRoleAndTheScope(_ role: User.Role, _ name: String, _ whose: String, _ allowed: Bool) throws {
        let folder = TemporaryFolder()
        let w = try Self.world(folder)
        let caseID = (whose == "mine" ? w.mine : w.theirs).entries[0].caseRecord.id
        w.store.signedIn = w.people.user(role)
        let action: CaseAction
        switch name {
        case "triage": action = .triage(category: "livelihood", level: .township)
        case "supervise": action = .supervise(representativeID: w.people.rep.id)
        default: action = .note("已督促")
        }
        let before = try w.store.events(caseID: caseID).count
        let done = (try? w.store.applyAsSignedIn(action, toCase: caseID)) != nil
        #expect(done == allowed, "\(role) \(name) \(whose)")
        #expect(try w.store.events(caseID: caseID).count == before + (allowed ? 1 : 0))
    }

    /// The role's rules for case actions, as the CLI applies them.
    @Test func representativesNoteAndSuperviseOnlyThemselves() {
        let rep = User(id: "u", name: "张代表", role: .representative, representativeID: "R1")
        #expect(AccessPolicy.mayApply(.note("x"), rep))
        #expect(AccessPolicy.mayApply(.supervise(representativeID: "R1"), rep))
        #expect(!AccessPolicy.mayApply(.supervise(representativeID: "R2"), rep))
        #expect(!AccessPolicy.mayApply(.reply(text: "x"), rep))
        let desk = User(id: "d", name: "小李", role: .receptionist)
        #expect(AccessPolicy.mayApply(.reply(text: "x"), desk) && AccessPolicy.mayApply(.supervise(representativeID: "R2"), desk))
        #expect(AccessPolicy.revealRule(for: desk, at: .caseRecord) == .nobody)
        #expect(AccessPolicy.revealRule(for: desk, at: .followUpCall) == .anyVisitor)
        #expect(AccessPolicy.revealRule(for: rep, at: .followUpCall) == .visitorsOfOwnCases("R1"))
    }
}
