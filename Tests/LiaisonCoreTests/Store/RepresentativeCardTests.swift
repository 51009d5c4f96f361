import Foundation
import Testing
@testable import LiaisonCore

/// The card a scan shows counts the representative's open and overdue cases
/// from index entries; the numbers must be the queue's own.
@Suite("Store: a scanned representative's card")
struct RepresentativeCardTests {
    @Test func countsMatchTheRepresentativesQueue() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        let wang = try store.addRepresentative(name: "王代表", level: .county).representative
        let li = try store.addRepresentative(name: "李代表", level: .township).representative
        let dept = try store.departments()[0]
        var mine: [Case] = []
        for i in 0..<9 {
            let receipt = try store.recordIntake(IntakeRequest(
                visitor: .init(name: "来访者\(i)", phone: "1390000100\(i)"),
                opinions: [.init(text: "第\(i)件：路灯坏了", category: "livelihood", representativeID: i % 3 == 2 ? li.id : wang.id),
                           .init(text: "第\(i)件的补充", category: "livelihood", representativeID: wang.id)]))
            mine.append(receipt.entries[0].caseRecord)
        }
        // Closed, resolved on site, paused, dispatched and left to go overdue, supervised by Li.
        try store.apply(.resolveOnSite(answer: "当场答复"), toCase: mine[0].id)
        try store.apply(.triage(category: "livelihood", level: .township), toCase: mine[1].id)
        try store.apply(.dispatch(departmentID: dept.id, deadline: nil, reason: ""), toCase: mine[1].id)
        try store.apply(.pause(reason: "等材料"), toCase: mine[2].id)
        try store.apply(.supervise(representativeID: li.id), toCase: mine[3].id)
        try store.apply(.merge(into: mine[5].id), toCase: mine[4].id)
        clock.advance(days: 45)
        for rep in [wang, li] {
            var q = CaseQuery()
            q.representativeID = rep.id
            q.openOnly = true
            q.limit = 1000
            let open = try store.cases(q)
            let card = try store.resolveRepresentative(scanned: store.representativeCode(rep).description)
            #expect(card.representative == rep)
            #expect(card.openCases == open.count, "\(rep.name)")
            #expect(card.overdueCases == open.filter { $0.status == .overdue }.count, "\(rep.name)")
            #expect(card.stationName == store.station.name)
            #expect(card.code == store.representativeCode(rep))
            let viaRecord = try store.card(for: rep)
            #expect(viaRecord.openCases == card.openCases && viaRecord.overdueCases == card.overdueCases
                    && viaRecord.payload == card.payload && viaRecord.stationName == card.stationName)
        }
        let wangCard = try store.resolveRepresentative(scanned: "rep:" + wang.code.lowercased())
        #expect(wangCard.openCases > 0 && wangCard.overdueCases > 0)
        #expect(throws: StoreError.self) { try store.resolveRepresentative(scanned: PersonalCode.generate(.representative).description) }
    }

    /// The count's shape (opinions' cases, then supervised cases without an opinion): a case
    /// by opinion and by supervision counts once, so do two opinions on one case; closed and
    /// merged cases do not count; a paused case is open but never overdue.
    @Test func aCaseByOpinionAndBySupervisionCountsOnce() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        let zhao = try store.addRepresentative(name: "赵代表", level: .township).representative
        let qian = try store.addRepresentative(name: "钱代表", level: .township).representative
        func intake(_ text: String, by rep: Representative, phone: String, link: String? = nil) throws -> Case {
            try store.recordIntake(IntakeRequest(visitor: .init(name: "来访者", phone: phone),
                opinions: [.init(text: text, category: "livelihood", representativeID: rep.id, linkToCaseID: link)])).entries[0].caseRecord
        }
        let both = try intake("路灯坏了", by: zhao, phone: "13900002001")
        _ = try intake("路灯还是坏的", by: zhao, phone: "13900002002", link: both.id)
        try store.apply(.supervise(representativeID: zhao.id), toCase: both.id)
        let supervisedOnly = try intake("井盖缺失", by: qian, phone: "13900002003")
        try store.apply(.supervise(representativeID: zhao.id), toCase: supervisedOnly.id)
        let closed = try intake("噪音扰民", by: zhao, phone: "13900002004")
        try store.apply(.resolveOnSite(answer: "当场答复"), toCase: closed.id)
        try store.apply(.feedback(note: "已告知"), toCase: closed.id)
        try store.apply(.rate(.satisfied, note: ""), toCase: closed.id)
        let merged = try intake("路灯不亮", by: zhao, phone: "13900002005")
        try store.apply(.supervise(representativeID: zhao.id), toCase: merged.id)
        try store.apply(.merge(into: both.id), toCase: merged.id)
        let paused = try intake("绿化带被占", by: zhao, phone: "13900002006")
        try store.apply(.pause(reason: "等材料"), toCase: paused.id)

        let fresh = try store.resolveRepresentative(scanned: store.representativeCode(zhao).description)
        #expect(fresh.openCases == 3)
        #expect(fresh.overdueCases == 0)
        clock.advance(days: 45)
        let late = try store.resolveRepresentative(scanned: store.representativeCode(zhao).description)
        #expect(late.openCases == 3)
        #expect(late.overdueCases == 2)
        // The queue (a different query) agrees.
        var q = CaseQuery()
        q.representativeID = zhao.id
        q.openOnly = true
        q.limit = 1000
        let open = try store.cases(q)
        #expect(Set(open.map(\.caseRecord.id)) == [both.id, supervisedOnly.id, paused.id])
        #expect(late.overdueCases == open.filter { $0.status == .overdue }.count)
        let qianCard = try store.card(for: qian)
        #expect(qianCard.openCases == 1 && qianCard.overdueCases == 1)
    }

    /// A file from before migration "card" gets its indexes on open; the card counts the same.
    @Test func anExistingFileGetsTheCardIndexesOnOpen() throws {
        let folder = TemporaryFolder()
        let path: String
        let rep: Representative
        let before: (Int, Int)
        let (store, clock) = Fixtures.station(in: folder)
        do {
            rep = try store.addRepresentative(name: "孙代表", level: .county).representative
            for i in 0..<3 {
                _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "来访者\(i)", phone: "1390000300\(i)"),
                    opinions: [.init(text: "第\(i)件", category: "livelihood", representativeID: rep.id)]))
            }
            clock.advance(days: 45)
            let card = try store.card(for: rep)
            before = (card.openCases, card.overdueCases)
            path = store.path
            try store.db.executeScript("""
                DROP INDEX case_supervisor_representative_case; DROP INDEX cases_open_recent; DROP INDEX representative_choice;
                DROP INDEX representative_scan; DROP INDEX station_card;
                PRAGMA user_version = \(Schema.migrations.firstIndex(of: Schema.card)!);
                """)
        }
        let reopened = try StationDatabase(path: path, reference: Fixtures.reference)
        reopened.now = { clock.now }
        let indexes = Set(try reopened.db.query("SELECT name FROM sqlite_master WHERE type = 'index'") { $0.string(0) })
        #expect(indexes.isSuperset(of: ["case_supervisor_representative_case", "cases_open_recent", "representative_choice",
                                        "opinion_representative_case", "cases_open_card", "representative_scan", "station_card"]))
        #expect(try reopened.db.scalarInt("PRAGMA user_version") == Schema.currentVersion)
        let card = try reopened.card(for: rep)
        #expect(before == (3, 3) && card.openCases == before.0 && card.overdueCases == before.1)
        #expect(try reopened.representativeChoices().map(\.id) == [rep.id])
        #expect(try reopened.similarCaseCandidates().count == 3)
        #expect(try reopened.check().ok)
    }
}
