import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

/// The F6 workbench and suggestions pages driven by key events, on a real
/// station file: ten complaints about one street lamp (and three from the next
/// community) go from proposal to a suggestion whose answer is rated and whose
/// follow-up calls appear.
@Suite("Screens: cluster workbench and suggestions by keys")
struct ClusterWorkbenchKeysTests {
    static let lamp = [
        "幸福路与和平街路口的路灯坏了，晚上一片漆黑", "幸福路口路灯不亮已经一个星期了",
        "和平街幸福路路口的路灯晚上不亮，老人走路容易摔倒", "反映幸福路路口路灯坏了，希望尽快修好",
        "幸福路路灯坏了好几天，晚上出门很不安全", "路口的路灯不亮，幸福路这边晚上很黑",
        "幸福路和平街交叉口路灯损坏，请维修", "晚上幸福路路口没有灯光，路灯坏了没人修",
        "幸福路口的路灯一直不亮，孩子放学回家害怕", "请修一下幸福路路口的路灯，坏了很久了",
    ]
    static let nextDoor = ["幸福路口路灯坏了，晚上看不见", "幸福路口的路灯不亮，晚上很黑", "幸福路路口路灯坏了好几天"]

    /// Ten lamp complaints from 幸福社区, three from 和平社区, one unrelated.
    func seeded() throws -> FrontDeskFixture {
        let data = try FrontDeskFixture()
        var n = 0
        func intake(_ text: String, _ name: String, _ community: String, _ category: String = "livelihood") throws {
            n += 1
            let visitor = IntakeRequest.VisitorFields(name: name, phone: String(format: "1390000%04d", n), community: community)
            _ = try data.store.recordIntake(IntakeRequest(visitor: visitor, opinions: [.init(text: text, category: category)]))
        }
        for (i, t) in Self.lamp.enumerated() { try intake(t, "居民\(i)", "幸福社区") }
        for (i, t) in Self.nextDoor.enumerated() { try intake(t, "邻居\(i)", "和平社区") }
        try intake("希望社区建老年食堂", "居民X", "幸福社区", "publicProject")
        return data
    }

    func toWorkbench(_ data: FrontDeskFixture) throws -> ScreenDriver<ReportsScreen> {
        var d = try ScreenDriver(ReportsScreen(), data)
        try d.send(.key(.tab), .key(.tab))
        #expect(d.screen.page == 2)
        return d
    }

    @Test("accept, open, merge, rename (refused empty name keeps the prompt), split, remove")
    func workbenchKeys() throws {
        let data = try seeded()
        var d = try toWorkbench(data)
        let wb = { d.screen.workbench }
        #expect(wb().proposals.map(\.members.count) == [10, 3])
        #expect(d.render(width: 120).contains("幸福社区"))

        // a on the first proposal; the new cluster is selected at once.
        try d.type("a")
        #expect(d.lastMessage?.zh.contains("已确认聚类") == true)
        #expect(wb().clusters.count == 1 && wb().selectedCluster?.memberCount == 10)
        // Enter on the remaining proposal shows its opinions; a there accepts it.
        try d.send(.key(.up), .key(.enter))
        #expect(d.render(width: 120).contains("建议聚类的意见"))
        try d.type("a")
        #expect(wb().openedCluster?.memberCount == 3)
        try d.send(.key(.escape))
        #expect(wb().opened == nil && wb().clusters.count == 2 && wb().proposals.isEmpty)

        // Space marks the small cluster, m on the big one merges it in.
        let big = try #require(wb().clusters.first { $0.memberCount == 10 }).id
        #expect(wb().selectedCluster?.memberCount == 3)
        try d.type(" ")
        #expect(wb().markedClusters.count == 1)
        try d.send(.key(.up))
        #expect(wb().selectedCluster?.id == big)
        try d.type("m")
        #expect(try data.store.cluster(id: big)?.memberCount == 13)
        #expect(try data.store.clusters().count == 1)

        // r: an emptied name is refused and the prompt stays; a Chinese name is taken.
        try d.type("r")
        #expect(d.screen.capturesText)
        try d.send(.key(.ctrl("u")))
        #expect(throws: (any Error).self) { try d.send(.key(.enter)) }
        #expect(wb().prompt != nil)
        try d.type("幸福路口路灯维修")
        try d.send(.key(.enter))
        #expect(try data.store.cluster(id: big)?.name == "幸福路口路灯维修")
        #expect(wb().prompt == nil && !d.screen.capturesText)

        // Open it; mark the three from 和平社区 (listed last) and split them out.
        try d.send(.key(.enter))
        #expect(wb().members.count == 13)
        #expect(d.render(width: 120).contains("p 拆出标记的"))
        try d.type("p")
        #expect(d.lastAction == .message(Catalogue.markToSplit))
        for member in wb().members {
            if member.community == "和平社区" { try d.type(" ") } else { try d.send(.key(.down)) }
        }
        #expect(wb().markedIDs.count == 3)
        try d.type("p")
        #expect(wb().field.text == "幸福路口路灯维修（拆分）")
        try d.send(.key(.ctrl("u")))
        try d.type("和平社区路灯")
        try d.send(.key(.enter))
        let split = try #require(try data.store.clusters().first { $0.name == "和平社区路灯" })
        #expect(try Set(data.store.clusterMembers(id: split.id).map(\.community)) == ["和平社区"])
        #expect(wb().members.count == 10 && wb().markedOpinions.isEmpty)

        // x takes the selected opinion out; it becomes a candidate again.
        try d.send(.key(.pageUp))
        let removed = wb().members[0].opinionID
        try d.type("x")
        #expect(wb().members.count == 9)
        #expect(try data.store.clusterCandidates().contains { $0.opinionID == removed })
        try d.send(.key(.escape))
        #expect(d.render(width: 120, language: .en).contains("Accepted clusters (2)"))
    }

    @Test("s drafts an editable suggestion; the suggestions page submits, answers, records a call, rates")
    func suggestionKeys() throws {
        let data = try seeded()
        var d = try toWorkbench(data)
        try d.type("a")
        let cluster = try #require(d.screen.workbench.selectedCluster)
        // s opens the editor prefilled from the cluster; ? is typed, not help.
        try d.type("s")
        let editor = try #require(d.screen.workbench.editor)
        #expect(editor.title.text == cluster.name)
        let first = try #require(try data.store.clusterMembers(id: cluster.id).first)
        #expect(editor.body.text.contains("10人次") && editor.body.text.contains(first.caseNumber + " " + first.text))
        #expect(d.screen.capturesText)
        #expect(d.render(width: 120).contains("起草代表建议"))
        try d.type("的建议")
        try d.send(.key(.tab))
        try d.type("\n请尽快更换灯具？")
        try d.send(.key(.ctrl("s")))
        #expect(d.lastMessage?.zh.contains("已起草代表建议") == true)
        let s = try #require(try data.store.suggestions().first)
        #expect(s.title == cluster.name + "的建议")
        #expect(s.body.hasSuffix("请尽快更换灯具？") && s.state == .drafted)
        #expect(d.screen.workbench.editor == nil)
        // A second s on the same cluster says it already has one.
        try d.type("s")
        #expect(d.lastAction == .message(ClusterError.alreadySuggested(cluster.name).message))

        // Tab: the suggestions page.
        try d.send(.key(.tab))
        #expect(d.screen.page == 3)
        #expect(d.render(width: 120).contains("[起草中] · " + s.title))
        // y before it is submitted is refused, plainly.
        try d.type("y")
        if case .error(let text) = d.lastAction { #expect(text.zh.contains("不能登记答复")) } else { Issue.record("\(d.lastAction)") }
        // e rewrites the draft; v names the representative who puts it forward.
        let rep = try data.representative("王小明")
        try d.type("e")
        #expect(d.screen.board.editor?.title.text == s.title && d.screen.capturesText)
        try d.type("（修改稿）")
        try d.send(.key(.ctrl("s")))
        #expect(try data.store.suggestion(id: s.id)?.title == s.title + "（修改稿）")
        try d.type("v")
        #expect(d.render(width: 120).contains("由哪位代表提出"))
        try d.send(.key(.enter))
        #expect(try data.store.suggestion(id: s.id)?.representativeID == rep.id)
        #expect(d.lastMessage?.zh.contains("王小明") == true)
        // d: choose the second department, Enter.
        let departments = try data.store.departments()
        try d.type("d")
        try d.send(.key(.down), .key(.enter))
        #expect(try data.store.suggestion(id: s.id)?.departmentID == departments[1].id)
        // Submitted, it can no longer be rewritten.
        try d.type("e")
        #expect(d.lastAction == .error(ClusterError.suggestionNotDraft(s.title + "（修改稿）").message))
        // y: the answer; every visitor behind it goes on the follow-up list.
        try d.type("y")
        try d.type("已更换全部路灯")
        try d.send(.key(.enter))
        #expect(d.lastMessage?.zh.contains("10 位群众进入回访清单") == true)
        // Enter: the detail with the calls; c records one.
        try d.send(.key(.enter))
        var text = d.render(width: 120)
        #expect(text.contains("回访清单：10 位群众，待回访 10"))
        #expect(text.contains("已更换全部路灯") && text.contains(departments[1].name) && text.contains("提出代表：王小明"))
        #expect(!text.contains("1390000"), "phone numbers are masked")
        try d.send(.key(.down))
        try d.type("c")
        try d.type("已电话告知")
        try d.send(.key(.enter))
        #expect(try data.store.suggestionFollowUps(suggestionID: s.id).count == 9)
        #expect(d.render(width: 120).contains("待回访 9"))
        // 3 不满意 sends it back; answered again, 1 满意 closes it.
        try d.type("3")
        #expect(try data.store.suggestion(id: s.id)?.state == .submitted)
        try d.type("y")
        try d.type("复查后已修好")
        try d.send(.key(.enter))
        try d.type("1")
        let closed = try #require(try data.store.suggestion(id: s.id))
        #expect(closed.state == .closed && closed.rating == .satisfied)
        text = d.render(width: 120, language: .en)
        #expect(text.contains("closed") && text.contains("satisfied"))
        try d.send(.key(.escape))
        #expect(d.screen.board.openID == nil)
        #expect(d.render(width: 120).contains("[已办结]"))
    }

    @Test("a representative signed in at the desk may look but not change clusters or suggestions")
    func signedInRepresentative() throws {
        let data = try seeded()
        let login = LoginService(store: data.store, policy: LoginPolicy(iterations: 1_000))
        let admin = try login.createFirstAdmin(name: "站长", secret: "admin-pass-2026")
        let rep = try data.representative("张代表")
        let user = try login.addUser(name: "张代表", role: .representative,
                                     representativeCode: PersonalCode(kind: .representative, identifier: rep.code).description,
                                     secret: "135790", by: admin)
        data.store.signedIn = user
        var d = try toWorkbench(data)
        #expect(d.screen.workbench.proposals.count == 2)
        #expect(throws: (any Error).self) { try d.type("a") }
        #expect(try data.store.clusters().isEmpty)
        data.store.signedIn = admin
        try d.type("a")
        #expect(try data.store.clusters().count == 1)
    }

    @Test("every page draws at 80x24 with its key line")
    func smallTerminal() throws {
        let data = try seeded()
        var d = try toWorkbench(data)
        // Each page's key line fits whole at 80 columns, in both languages.
        func fits(_ hint: Bilingual) {
            #expect(d.render(width: 80, height: 24).contains(hint.zh))
            #expect(d.render(width: 80, height: 24, language: .en).contains(hint.en))
        }
        fits(Catalogue.workbenchListHint)
        try d.send(.key(.enter))
        fits(Catalogue.proposalDetailHint)
        try d.type("a")
        fits(Catalogue.workbenchDetailHint)
        try d.send(.key(.escape), .key(.tab))
        #expect(d.render(width: 80, height: 24).contains("代表建议（闭会期间） (0)"))
        fits(Catalogue.suggestionsHint)
        // Esc on a list page leaves F6 (the shell goes back).
        try d.send(.key(.escape))
        #expect(d.lastAction == .ignored)
    }
}
