import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

/// A data source over a real station database in a temporary folder.
final class StationFixture: FrontDeskDataSource {
    let folder: URL
    let store: StationDatabase
    var station: StationDatabase? { store }

    init(cases: Int = 3) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let reference = try ReferenceData.load(from: root.appendingPathComponent("Data"))
        store = try StationDatabase.create(path: folder.appendingPathComponent("s.db").path, stationName: "测试站", reference: reference)
        store.actor = "测试员"
        for i in 0..<cases {
            _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "来访者\(i)", phone: String(format: "1380000%04d", i)),
                                                     opinions: [.init(text: "第\(i)号楼路灯坏了", category: "livelihood")]))
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func homeSummary() throws -> HomeSummary {
        HomeSummary(stationName: store.station.name, stationKind: store.station.kind.label, openSessionTitle: nil,
                    caseCounts: [], overdueCount: 0, userName: store.actor)
    }
    func preference(_ key: String) -> String? { nil }
    func setPreference(_ key: String, _ value: String) {}
    func changeToken() -> Int64 { store.changeToken() }
}

@Suite("Screens: case queue and the closed loop")
struct CaseQueueScreenTests {
    /// Feeds an event and, like the shell, performs and reloads when asked.
    func send(_ screen: inout CaseQueueScreen, _ event: Event, _ data: StationFixture) throws {
        switch screen.handle(event) {
        case .perform:
            _ = try screen.perform(with: data)
            try screen.reload(from: data)
        case .reload:
            try screen.reload(from: data)
        default: break
        }
    }

    func render(_ screen: CaseQueueScreen, _ language: Language = .zh) -> String {
        var canvas = Canvas(width: 120, height: 30)
        screen.render(into: &canvas, area: canvas.bounds, language: language)
        return canvas.text
    }

    @Test func everyActionFromTheScreenUpToCloseWithAReopen() throws {
        let data = try StationFixture()
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        #expect(render(screen).contains("显示 3 / 共 3 件"))
        try send(&screen, .key(.enter), data)
        let id = try #require(screen.detailID)
        let number = try data.store.caseRecord(id: id)!.number
        #expect(render(screen).contains(number))
        // t: triage, picking the first category (民生小事).
        try send(&screen, .text("t"), data); try send(&screen, .key(.enter), data)
        // d: dispatch to the first department; the deadline follows the SLA.
        try send(&screen, .text("d"), data); try send(&screen, .key(.down), data); try send(&screen, .key(.enter), data)
        #expect(try data.store.caseRecord(id: id)?.state == .dispatched)
        // p then text: awaiting the visitor pauses the clock; p again resumes.
        try send(&screen, .text("p"), data); try send(&screen, .text("等照片"), data); try send(&screen, .key(.enter), data)
        #expect(try data.store.history(caseID: id).isPaused)
        try send(&screen, .text("p"), data)
        #expect(try !data.store.history(caseID: id).isPaused)
        // y: the department's reply; b: told to the visitor; 3: 不满意 reopens.
        try send(&screen, .text("y"), data); try send(&screen, .text("已维修"), data); try send(&screen, .key(.ctrl("s")), data)
        try send(&screen, .text("b"), data); try send(&screen, .key(.enter), data)
        try send(&screen, .text("3"), data)
        #expect(try data.store.caseRecord(id: id)?.state == .reopened)
        #expect(render(screen).contains("案件状态") || render(screen).contains("重新办理"))
        // Round two ends 满意 → closed.
        try send(&screen, .text("d"), data); try send(&screen, .key(.enter), data)
        try send(&screen, .text("y"), data); try send(&screen, .text("更换灯具"), data); try send(&screen, .key(.enter), data)
        try send(&screen, .text("b"), data); try send(&screen, .key(.enter), data)
        try send(&screen, .text("1"), data)
        #expect(try data.store.caseRecord(id: id)?.state == .closed)
        let text = render(screen)
        #expect(text.contains("已反馈 → 已办结") && text.contains("满意"))
        #expect(try data.store.check().ok)
    }

    @Test func illegalActionIsRefusedWithAMessageAndWritesNothing() throws {
        let data = try StationFixture(cases: 1)
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        try send(&screen, .key(.enter), data)
        let id = try #require(screen.detailID)
        #expect(screen.handle(.text("1")) == .perform)
        #expect(throws: WorkflowError.self) { _ = try screen.perform(with: data) }
        #expect(try data.store.events(caseID: id).count == 1)
    }

    @Test func noteSuperviseAndMergeByNumber() throws {
        let data = try StationFixture(cases: 2)
        let rep = try data.store.addRepresentative(name: "林晓燕", level: .provincial).representative
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        let target = screen.rows[1].caseRecord
        try send(&screen, .key(.enter), data)
        let id = try #require(screen.detailID)
        try send(&screen, .text("n"), data); try send(&screen, .text("代表已电话了解"), data); try send(&screen, .key(.enter), data)
        try send(&screen, .text("v"), data); try send(&screen, .key(.enter), data)
        #expect(try data.store.history(caseID: id).supervisors == [rep.id])
        try send(&screen, .text("g"), data); try send(&screen, .text(target.number.lowercased()), data); try send(&screen, .key(.enter), data)
        #expect(try data.store.caseRecord(id: id)?.mergedInto == target.id)
    }

    @Test func filtersAndSearch() throws {
        let data = try StationFixture(cases: 5)
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        try send(&screen, .text("/"), data)
        try send(&screen, .text("第3号"), data)
        #expect(screen.total == 1)
        try send(&screen, .key(.escape), data)
        #expect(screen.total == 5)
        try send(&screen, .text("x"), data)
        #expect(screen.total == 0)
        #expect(render(screen, .en).contains("No cases match"))
    }

    @Test func followUpRevealIsAuditedAndOneKeyCloses() throws {
        let data = try StationFixture(cases: 1)
        let c = try data.store.cases(CaseQuery())[0].caseRecord
        try data.store.apply(.resolveOnSite(answer: "现场说明"), toCase: c.id)
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        try send(&screen, .text("f"), data)
        #expect(render(screen).contains("138****0000"))
        #expect(!render(screen).contains("13800000000"))
        try send(&screen, .key(.enter), data)
        #expect(render(screen).contains("13800000000"))
        #expect(try data.store.auditLog().first?.action == "reveal")
        try send(&screen, .text("2"), data)
        #expect(try data.store.caseRecord(id: c.id)?.state == .closed)
        #expect(screen.followUps.isEmpty)
    }

    @Test func largeQueueLoadsAWindowNotEverything() throws {
        let data = try StationFixture(cases: 0)
        try data.store.db.write {
            for i in 0..<700 {
                _ = try data.store.recordIntake(IntakeRequest(visitor: .init(name: "批量\(i)"),
                                                              opinions: [.init(text: "意见\(i)", category: "other")]))
            }
        }
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        #expect(screen.total == 700 && screen.rows.count == CaseQueueScreen.window)
        try send(&screen, .key(.end), data)
        #expect(screen.selected == 699)
        #expect(screen.selectedCase != nil)
        #expect(screen.rows.count <= CaseQueueScreen.window)
    }
}

@Suite("Screens: an admin reads who looked at a visitor's number")
struct CaseAuditViewTests {
    @Test func adminSeesTheRevealAndAReceptionistIsRefused() throws {
        let data = try StationFixture(cases: 1)
        let c = try data.store.cases(CaseQuery())[0].caseRecord
        try data.store.apply(.resolveOnSite(answer: "现场说明"), toCase: c.id)
        _ = try data.store.revealPhoneForFollowUp(caseID: c.id, visitorID: data.store.followUpVisitors(caseID: c.id)[0].visitorID)
        _ = try data.store.addUser(name: "前台小李", role: .receptionist)
        _ = try data.store.addUser(name: "站长老周", role: .admin)
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        _ = screen.handle(.key(.enter))
        try screen.reload(from: data)
        data.store.actor = "前台小李"
        #expect(screen.handle(.text("a")) == .perform)
        #expect(throws: AccessError.self) { _ = try screen.perform(with: data) }
        data.store.actor = "站长老周"
        #expect(screen.handle(.text("a")) == .perform)
        _ = try screen.perform(with: data)
        var canvas = Canvas(width: 120, height: 40)
        screen.render(into: &canvas, area: canvas.bounds, language: .zh)
        #expect(canvas.text.contains("个人信息查阅记录"))
        #expect(canvas.text.contains("测试员") && canvas.text.contains("回访"))
    }
}
