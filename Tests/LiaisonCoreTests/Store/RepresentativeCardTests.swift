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
}
