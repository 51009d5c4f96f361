import Foundation
@testable import LiaisonCore

/// A small March 2026 station, built by hand so every report figure can be
/// worked out on paper (see ReportFiguresTests for the arithmetic).
enum ReportFixture {
    struct Built {
        let store: StationDatabase
        let departments: [Department]
    }

    static func build(in folder: TemporaryFolder) throws -> Built {
        let (store, clock) = Fixtures.station(in: folder, at: "2026-02-27T09:00:00.000+08:00")
        func at(_ day: String, _ time: String = "10:00") { clock.set("2026-\(day)T\(time):00.000+08:00") }
        let r1 = try store.addRepresentative(name: "陈一", level: .county).representative
        let r2 = try store.addRepresentative(name: "林二", level: .township).representative
        _ = try store.addRepresentative(name: "周三", level: .township)
        let depts = try store.departments()
        let d1 = depts[0], d2 = depts[1]
        func intake(_ text: String, _ category: String = "livelihood", community: String, group: Int = 1, rep: String? = nil) throws -> Case {
            try store.recordIntake(IntakeRequest(visitor: .init(name: "群众", community: community, groupSize: group),
                                                 opinions: [.init(text: text, category: category, representativeID: rep)])).entries[0].caseRecord
        }
        // February: outside the period.
        let early = try store.openSession(kind: .daily, title: "二月接待", place: "站内")
        try store.markPresent(sessionID: early.id, representativeID: r1.id)
        _ = try intake("二月的意见", community: "幸福社区", rep: r1.id)

        at("03-02", "09:00")
        let s1 = try store.openSession(kind: .daily, title: "三月接待", place: "站内")
        try store.markPresent(sessionID: s1.id, representativeID: r1.id)
        at("03-02")
        let a = try intake("路灯坏了", community: "幸福社区", rep: r1.id)
        let b = try intake("楼道堆物", community: "和平社区", group: 3, rep: r1.id)
        try store.apply(.resolveOnSite(answer: "当场协调清理"), toCase: b.id)
        at("03-03")
        try store.apply(.triage(category: "livelihood", level: .township), toCase: a.id)
        try store.apply(.dispatch(departmentID: d1.id, deadline: nil, reason: ""), toCase: a.id)
        let c = try intake("垃圾清运不及时", community: "幸福社区")
        at("03-04")
        try store.apply(.triage(category: "livelihood", level: .township), toCase: c.id)
        try store.apply(.dispatch(departmentID: d1.id, deadline: nil, reason: ""), toCase: c.id)
        let d = try intake("建议增设公交站", "other", community: "幸福社区")
        at("03-05")
        let e = try intake("路灯还是不亮", community: "幸福社区")
        try store.apply(.reply(text: "已更换灯泡"), toCase: a.id)
        try store.apply(.merge(into: a.id), toCase: e.id)
        at("03-06")
        try store.apply(.feedback(note: "已告知"), toCase: a.id)
        try store.apply(.rate(.satisfied, note: ""), toCase: a.id)
        at("03-09")
        try store.apply(.feedback(note: "已告知"), toCase: b.id)
        try store.apply(.rate(.basicallySatisfied, note: ""), toCase: b.id)
        at("03-10", "09:00")
        let s2 = try store.openSession(kind: .nightChat, title: "夜谈", place: "社区")
        try store.markPresent(sessionID: s2.id, representativeID: r1.id)
        try store.markPresent(sessionID: s2.id, representativeID: r2.id)
        at("03-10")
        let h = try intake("停车位不足", community: "和平社区", rep: r2.id)
        try store.apply(.triage(category: "livelihood", level: .township), toCase: h.id)
        try store.apply(.dispatch(departmentID: d2.id, deadline: nil, reason: ""), toCase: h.id)
        at("03-11")
        try store.apply(.pause(reason: "等待群众提供车位照片"), toCase: h.id)
        at("03-12")
        try store.apply(.supervise(representativeID: r2.id), toCase: c.id)
        at("03-13")
        try store.apply(.resume(note: ""), toCase: h.id)
        at("03-20")
        try store.apply(.reply(text: "已安排清运"), toCase: c.id)
        at("03-23")
        try store.apply(.feedback(note: "已告知"), toCase: c.id)
        try store.apply(.rate(.dissatisfied, note: "仍不及时"), toCase: c.id)
        at("03-25")
        let cOpinion = try store.opinions(caseID: c.id)[0].id, dOpinion = try store.opinions(caseID: d.id)[0].id
        let cluster = try store.acceptCluster(opinionIDs: [cOpinion, dOpinion], name: "幸福社区环境")
        try store.createSuggestion(clusterID: cluster.id, title: "关于幸福社区环境的建议", representativeID: r1.id)
        at("03-26")
        try store.apply(.reply(text: "已增设车位"), toCase: h.id)
        // April: outside the period, must not change March's figures.
        at("04-02")
        try store.apply(.dispatch(departmentID: d2.id, deadline: nil, reason: ""), toCase: c.id)
        _ = try intake("四月的意见", community: "和平社区", rep: r2.id)
        return Built(store: store, departments: [d1, d2])
    }
}
