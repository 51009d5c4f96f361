import Foundation
import Testing
@testable import LiaisonCore

@Suite("Insight: clusters and suggestions")
struct ClusterTests {
    let folder = TemporaryFolder()

    static let lamp = [
        "幸福路与和平街路口的路灯坏了，晚上一片漆黑",
        "幸福路口路灯不亮已经一个星期了",
        "和平街幸福路路口的路灯晚上不亮，老人走路容易摔倒",
        "反映幸福路路口路灯坏了，希望尽快修好",
        "幸福路路灯坏了好几天，晚上出门很不安全",
        "路口的路灯不亮，幸福路这边晚上很黑",
        "幸福路和平街交叉口路灯损坏，请维修",
        "晚上幸福路路口没有灯光，路灯坏了没人修",
        "幸福路口的路灯一直不亮，孩子放学回家害怕",
        "请修一下幸福路路口的路灯，坏了很久了",
    ]
    static let unrelated = [
        "小区垃圾桶满了没人清运，气味很大",
        "广场舞音响声音太大，影响休息",
        "菜市场门口乱停车，堵住消防通道",
        "老旧小区加装电梯的补贴怎么申请",
        "社区养老食堂饭菜价格偏高",
    ]

    func seeded() throws -> (StationDatabase, [String], [String]) {
        let (store, clock) = Fixtures.station(in: folder)
        var lampIDs: [String] = [], otherIDs: [String] = []
        for (i, text) in Self.lamp.enumerated() {
            clock.advance(days: 0.1)
            lampIDs.append(try store.insightIntake(text, name: "居民\(i)", community: "幸福社区").entries[0].opinionID)
        }
        for (i, text) in Self.unrelated.enumerated() {
            clock.advance(days: 0.1)
            otherIDs.append(try store.insightIntake(text, name: "群众\(i)", community: "幸福社区").entries[0].opinionID)
        }
        // The same wording in another category, or from another community, is another problem.
        otherIDs.append(try store.insightIntake("幸福路口的路灯坏了", category: "other", name: "外人", community: "幸福社区").entries[0].opinionID)
        otherIDs.append(try store.insightIntake("幸福路口的路灯坏了，晚上看不见", name: "邻村", community: "和平社区").entries[0].opinionID)
        return (store, lampIDs, otherIDs)
    }

    @Test("ten complaints about one street lamp form one proposal; unrelated ones stay out")
    func proposal() throws {
        let (store, lampIDs, otherIDs) = try seeded()
        let proposals = try store.proposeClusters()
        let lamp = try #require(proposals.first)
        #expect(Set(lamp.opinionIDs) == Set(lampIDs))
        for p in proposals { #expect(Set(p.opinionIDs).isDisjoint(with: otherIDs)) }
        #expect(lamp.community == "幸福社区")
        #expect(lamp.suggestedName.contains("路灯"))
        #expect(lamp.category == "livelihood")
    }

    @Test("accept, split, merge, rename; accepted opinions are no longer proposed")
    func workbench() throws {
        let (store, lampIDs, _) = try seeded()
        let proposal = try #require(try store.proposeClusters().first)
        let cluster = try store.acceptCluster(opinionIDs: proposal.opinionIDs, name: proposal.suggestedName)
        #expect(cluster.memberCount == 10)
        #expect(try store.proposeClusters().allSatisfy { Set($0.opinionIDs).isDisjoint(with: lampIDs) })
        let part = try store.splitCluster(id: cluster.id, opinionIDs: Array(lampIDs.prefix(3)), newName: "和平街一侧")
        #expect(try store.cluster(id: cluster.id)?.memberCount == 7)
        #expect(part.memberCount == 3)
        #expect(throws: ClusterError.notMembers) { try store.splitCluster(id: part.id, opinionIDs: [lampIDs[5]], newName: "x") }
        try store.mergeClusters([part.id], into: cluster.id)
        #expect(try store.cluster(id: cluster.id)?.memberCount == 10)
        #expect(try store.cluster(id: part.id)?.status == .merged)
        try store.renameCluster(id: cluster.id, name: "幸福路口路灯")
        #expect(try store.clusters().map(\.name) == ["幸福路口路灯"])
        #expect(throws: ValidationError.self) { try store.renameCluster(id: cluster.id, name: "  ") }
    }

    @Test("a suggestion's answer notes every member case and lists every visitor for a call")
    func suggestionFanOut() throws {
        let (store, lampIDs, _) = try seeded()
        let rep = try store.addRepresentative(name: "单田芳", level: .county).representative
        let cluster = try store.acceptCluster(opinionIDs: lampIDs, name: "幸福路口路灯")
        var s = try store.createSuggestion(clusterID: cluster.id, title: "关于修复幸福路口路灯的建议", representativeID: rep.id)
        #expect(s.state == .drafted)
        #expect(throws: ClusterError.self) { try store.apply(.answer("已修复"), toSuggestion: s.id) }
        #expect(throws: ClusterError.alreadySuggested("幸福路口路灯")) {
            try store.createSuggestion(clusterID: cluster.id, title: "再来一次", representativeID: nil)
        }
        let department = try #require(try store.departments().first)
        s = try store.apply(.submit(departmentID: department.id), toSuggestion: s.id)
        #expect(s.state == .submitted)
        s = try store.apply(.answer("路灯已于本周更换"), toSuggestion: s.id)
        #expect(s.state == .answered)
        let calls = try store.suggestionFollowUps()
        #expect(calls.count == 10)
        #expect(Set(calls.map(\.caseID)) == Set(try lampIDs.map { try store.opinion(id: $0)!.caseID }))
        for id in lampIDs {
            let caseID = try store.opinion(id: id)!.caseID
            #expect(try store.events(caseID: caseID).contains { $0.kind == .note && $0.note.contains("路灯已于本周更换") })
        }
        try store.recordSuggestionFollowUpCall(id: calls[0].id, note: "已电话告知，群众满意")
        #expect(try store.suggestionFollowUps().count == 9)
        s = try store.apply(.rate(.dissatisfied, note: "只修了一盏"), toSuggestion: s.id)
        #expect(s.state == .submitted)
        s = try store.apply(.answer("其余路灯也已更换"), toSuggestion: s.id)
        s = try store.apply(.rate(.satisfied, note: ""), toSuggestion: s.id)
        #expect(s.state == .closed)
        #expect(s.rating == .satisfied)
    }

    @Test("similarity: shared wording scores above unrelated text")
    func similarity() {
        let a = TextSimilarity.grams("幸福路口的路灯坏了"), b = TextSimilarity.grams("幸福路口路灯不亮"), c = TextSimilarity.grams("垃圾清运不及时")
        #expect(TextSimilarity.jaccard(a, b) > 0.3)
        #expect(TextSimilarity.dice(a, b) > TextSimilarity.jaccard(a, b))
        #expect(TextSimilarity.jaccard(a, c) == 0)
    }
}
