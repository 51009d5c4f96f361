import Foundation
import Testing
@testable import LiaisonCore

@Suite("Sync: convergence of a station and two outposts")
struct SyncConvergenceTests {
    @Test("interleaved offline edits, several orders, duplicates and a held-back gap: all three agree")
    func threeWayConvergence() throws {
        var shared: Case!
        var visitorID = ""
        let net = try SyncNetwork { station in
            let receipt = try station.recordIntake(IntakeRequest(visitor: .init(name: "王小明", phone: "13812345678"),
                                                                 opinions: [.init(text: "桥头路灯坏了", category: "livelihood")]))
            shared = receipt.entries[0].caseRecord
            visitorID = receipt.visitorID
        }
        let (station, north, south, clock) = (net.station, net.north, net.south, net.clock)
        let department = try #require(try station.departments().first)

        // Day 1, all offline: the same case is worked on in two places, new cases everywhere.
        clock.advance(days: 1)
        try north.apply(.triage(category: "livelihood", level: .station), toCase: shared.id)
        try south.apply(.note("南山也收到同样反映"), toCase: shared.id)
        let northCase = try north.intakeOne("码头栈桥松动", phone: "13900000001")
        let southCase = try south.intakeOne("山路塌方需要清理", phone: "13900000002")
        try station.apply(.note("站里已电话联系群众"), toCase: shared.id)
        clock.advance(days: 0.01)
        _ = try north.returningVisitor(visitorID, phone: "13911111111", text: "又来反映路灯")
        clock.advance(days: 0.01)
        _ = try south.returningVisitor(visitorID, phone: "13922222222", text: "路灯还是不亮")

        // North's first stick arrives; imported twice: the second changes nothing.
        let monday = try north.exportSyncBundle(to: station.station.id, newOnly: true)
        let first = try station.importSyncBundle(monday.bundle)
        #expect(first.outcome == .applied)
        let afterFirst = try station.syncedContentDump()
        let again = try station.importSyncBundle(monday.bundle)
        #expect(again.outcome == .alreadyHad)
        #expect(try station.syncedContentDump() == afterFirst)

        // Day 2: more edits; north sends two daily sticks, the later one arrives first.
        clock.advance(days: 1)
        try north.apply(.dispatch(departmentID: department.id, deadline: nil, reason: ""), toCase: shared.id)
        let tuesday = try north.exportSyncBundle(to: station.station.id, newOnly: true)
        clock.advance(days: 0.01)
        try north.apply(.note("已督促住建部门"), toCase: northCase.id)
        let wednesday = try north.exportSyncBundle(to: station.station.id, newOnly: true)
        #expect(wednesday.entryCount == 1)
        let before = try station.syncedContentDump()
        let held = try station.importSyncBundle(wednesday.bundle)
        guard case .held(let missing) = held.outcome else { Issue.record("expected held, got \(held.outcome)"); return }
        #expect(missing.first?.origin == north.station.id)
        #expect(held.message.en.contains("held"))
        #expect(try station.syncedContentDump() == before)
        #expect(try station.syncPeers().first { $0.station.id == north.station.id }?.heldBundles == 1)
        let filled = try station.importSyncBundle(tuesday.bundle)
        #expect(filled.outcome == .applied)
        #expect(filled.releasedBundles == 1)
        #expect(try station.syncPeers().first { $0.station.id == north.station.id }?.heldBundles == 0)
        try north.acknowledgeSyncReceipt(filled.receipt)

        // South and the station swap; the station relays to north; south edits the shared case again.
        try net.send(south, station)
        try net.send(station, north)
        try south.apply(.note("南山补充材料"), toCase: shared.id)
        try net.send(station, south)
        try net.send(south, station)
        // A duplicate of an old stick turns up late: nothing changes.
        let lateDuplicate = try station.importSyncBundle(tuesday.bundle)
        #expect(lateDuplicate.outcome == .alreadyHad)
        try net.send(station, north)
        try net.send(station, south)
        try net.send(north, station)
        try net.send(station, south)

        let dumps = try [station, north, south].map { try $0.syncedContentDump() }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0] == dumps[2])
        #expect(dumps[0].contains(northCase.id) && dumps[0].contains(southCase.id))
        // The shared case: every event from every place, one agreed order, projection from the fold.
        for store in [station, north, south] {
            let events = try store.events(caseID: shared.id)
            #expect(events.map(\.sequence) == Array(1...events.count))
            #expect(events.count == 6)
            #expect(try store.caseRecord(id: shared.id)?.state == .dispatched)
            let report = try store.check()
            #expect(report.ok, "\(report.problems.map(\.en))")
            #expect(try store.syncReviewList().isEmpty)
            #expect(try store.pendingSyncChanges(for: store === station ? north.station.id : station.station.id) == 0)
        }
        // The visitor's phone: the later writer (south) wins everywhere; the loser is kept.
        for store in [station, north, south] {
            #expect(try store.revealPersonalData(visitorID: visitorID, reason: "核对同步").phone == "13922222222")
        }
        #expect(try north.supersededValueCount() > 0)
    }

    @Test("concurrent transitions on one case converge and are put on the review list")
    func concurrentTransitions() throws {
        var shared: Case!
        let net = try SyncNetwork { station in
            shared = try station.intakeOne("水管爆裂")
        }
        let (station, north, south, clock) = (net.station, net.north, net.south, net.clock)
        clock.advance(days: 1)
        try north.apply(.resolveOnSite(answer: "当场联系物业处理"), toCase: shared.id)
        clock.advance(days: 0.01)
        try south.apply(.triage(category: "livelihood", level: .station), toCase: shared.id)
        try net.send(south, station)
        try net.send(north, station)
        try net.send(station, north)
        try net.send(station, south)
        let dumps = try [station, north, south].map { try $0.syncedContentDump() }
        #expect(dumps[0] == dumps[1] && dumps[0] == dumps[2])
        for store in [station, north, south] {
            let review = try store.syncReviewList()
            #expect(review.contains { $0.table == "cases" && $0.key == shared.id })
            #expect(try store.events(caseID: shared.id).count == 3)
        }
    }

    @Test("clusters: rows removed at one place, a name changed at two: the later name wins, all agree")
    func clusters() throws {
        let net = try SyncNetwork()
        let (station, north, clock) = (net.station, net.north, net.clock)
        let opinions = try ["码头路灯不亮", "码头附近路灯坏了", "码头灯光太暗"].map { text in
            try north.recordIntake(IntakeRequest(visitor: .init(name: "李四"), opinions: [.init(text: text, category: "livelihood")]))
                .entries[0].opinionID
        }
        try net.send(north, station)
        let cluster = try station.acceptCluster(opinionIDs: opinions, name: "码头照明")
        try net.send(station, north)
        clock.advance(days: 0.1)
        try north.renameCluster(id: cluster.id, name: "码头路灯（北岛）")
        clock.advance(days: 0.1)
        try station.renameCluster(id: cluster.id, name: "码头路灯")
        try station.removeFromCluster(id: cluster.id, opinionIDs: [opinions[2]])
        try net.send(north, station)
        try net.send(station, north)
        #expect(try north.syncedContentDump() == (try station.syncedContentDump()))
        #expect(try north.cluster(id: cluster.id)?.name == "码头路灯")
        #expect(try north.clusterMembers(id: cluster.id).count == 2)
        #expect(try station.supersededValueCount() > 0)
    }
}
