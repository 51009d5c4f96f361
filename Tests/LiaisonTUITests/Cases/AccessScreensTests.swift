import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

/// The screens follow the signed-in person's role: the F4 queue lists a
/// representative's own cases, the case detail's reveal dialog asks why and is
/// refused to a receptionist, and the audit log opens for the admin only.
@Suite("Screens: access by role (queue, reveal dialog, audit log)")
struct AccessScreensTests {
    struct People {
        let admin: User
        let receptionist: User
        let representative: User
        let repID: String
    }

    /// Three cases (no representative), one more received by 张代表, and one user of each role (cheap credentials).
    static func people(_ data: StationFixture) throws -> People {
        let login = LoginService(store: data.store, policy: LoginPolicy(iterations: 1_000))
        let admin = try login.createFirstAdmin(name: "站长", secret: "admin-pass-2026")
        let receptionist = try login.addUser(name: "小李", role: .receptionist, secret: "246810", by: admin)
        let rep = try data.store.addRepresentative(name: "张代表", level: .county).representative
        let representative = try login.addUser(name: "张代表", role: .representative,
                                               representativeCode: PersonalCode(kind: .representative, identifier: rep.code).description,
                                               secret: "135790", by: admin)
        _ = try data.store.recordIntake(IntakeRequest(visitor: .init(name: "钱七", phone: "13900004444"),
                                                      opinions: [.init(text: "代表收到的意见", category: "livelihood",
                                                                       representativeID: rep.id)]))
        return People(admin: admin, receptionist: receptionist, representative: representative, repID: rep.id)
    }

    func send(_ screen: inout some Screen, _ event: Event, _ data: StationFixture) throws {
        switch screen.handle(event) {
        case .perform:
            _ = try screen.perform(with: data)
            try screen.reload(from: data)
        case .reload:
            try screen.reload(from: data)
        default: break
        }
    }

    func type(_ screen: inout some Screen, _ text: String, _ data: StationFixture) throws {
        for c in text { try send(&screen, .text(String(c)), data) }
    }

    func render(_ screen: some Screen, _ language: Language = .zh) -> String {
        var canvas = Canvas(width: 120, height: 30)
        screen.render(into: &canvas, area: canvas.bounds, language: language)
        return canvas.text
    }

    /// role → how many cases the F4 queue lists (3 plain + 1 received by 张代表).
    static let queueRows: [(User.Role, Int)] = [(.admin, 4), (.receptionist, 4), (.representative, 1)]

    @Test(arguments: queueRows)
    func theQueueListsWhatTheRoleSees(_ role: User.Role, _ rows: Int) throws {
        let data = try StationFixture(cases: 3)
        let p = try Self.people(data)
        data.store.signedIn = [User.Role.admin: p.admin, .receptionist: p.receptionist, .representative: p.representative][role]
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        #expect(screen.total == rows)
        #expect(render(screen).contains("代表收到的意见"))
        #expect(render(screen).contains("第0号楼路灯坏了") == (role != .representative))
    }

    @Test func theRevealDialogAsksWhyAndTheStoreDecides() throws {
        let data = try StationFixture(cases: 1)
        let p = try Self.people(data)
        let caseID = try data.store.cases(CaseQuery()).first { $0.caseRecord.title.contains("第0号楼") }!.caseRecord.id
        data.store.signedIn = p.admin
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        screen.openDetail(caseID)
        try screen.reload(from: data)
        try send(&screen, .text("r"), data)
        #expect(screen.reveal != nil && screen.capturesText)
        #expect(render(screen).contains("查看完整号码"))
        // No reason: nothing revealed, nothing written.
        let before = try data.store.auditLog(by: p.admin).count
        try send(&screen, .key(.enter), data)
        #expect(screen.reveal?.shown == nil)
        #expect(render(screen).contains("须写明理由"))
        try type(&screen, "核实来访者身份", data)
        try send(&screen, .key(.enter), data)
        #expect(screen.reveal?.shown?.numbers.phone == "13800000000")
        #expect(render(screen).contains("13800000000"))
        let log = try data.store.auditLog(by: p.admin)
        #expect(log.count == before + 1 && log[0].actor == "站长" && log[0].reason == "核实来访者身份")
        // Any key closes it; the detail shows the masked number again.
        try send(&screen, .text("x"), data)
        #expect(screen.reveal == nil)
        #expect(!render(screen).contains("13800000000"))

        // A receptionist is refused in the detail, with where numbers are shown.
        data.store.signedIn = p.receptionist
        try send(&screen, .text("r"), data)
        try type(&screen, "回访", data)
        #expect(screen.handle(.key(.enter)) == .perform)
        #expect(throws: AccessError.revealOnlyInFollowUp) { _ = try screen.perform(with: data) }
        #expect(try data.store.auditLog(by: p.admin).count == before + 1)
    }

    @Test func theAdminReadsTheAuditLogFilteredAndPaged() throws {
        let data = try StationFixture(cases: 1)
        let p = try Self.people(data)
        let visitor = try #require(try data.store.visitor(phone: "13800000000"))
        for i in 0..<55 { _ = try data.store.reveal(visitorID: visitor.id, reason: "第\(i)次核对", by: p.admin) }
        let repVisitor = try #require(try data.store.visitor(phone: "13900004444"))
        _ = try data.store.reveal(visitorID: repVisitor.id, reason: "代表回访", by: p.representative)
        data.store.signedIn = p.admin
        var screen = AuditLogScreen()
        try screen.reload(from: data)
        #expect(screen.refused == nil)
        #expect(screen.entries.count == AuditLogScreen.pageSize)
        let first = render(screen)
        #expect(first.contains("审计日志") && first.contains("张代表") && first.contains("代表回访"))
        #expect(first.contains("查看号码") && first.contains("139****4444"), "what: the visitor, masked")
        #expect(!first.contains("13900004444"))
        // Next page: the rest, oldest last.
        try send(&screen, .text("]"), data)
        #expect(screen.page == 1)
        #expect(screen.entries.last?.action == "user-add" || screen.entries.contains { $0.reason == "第0次核对" })
        // By person.
        try send(&screen, .text("p"), data)
        #expect(screen.capturesText)
        try type(&screen, "张代表", data)
        try send(&screen, .key(.enter), data)
        #expect(screen.total == 1 && screen.entries.map(\.reason) == ["代表回访"])
        // By visitor's phone, then by case number.
        try send(&screen, .text("x"), data)
        try send(&screen, .text("v"), data)
        try type(&screen, "13800000000", data)
        try send(&screen, .key(.enter), data)
        #expect(screen.total == 55)
        try send(&screen, .text("x"), data)
        let number = try data.store.cases(CaseQuery()).first { $0.caseRecord.title.contains("代表收到") }!.caseRecord.number
        try send(&screen, .text("c"), data)
        try type(&screen, number, data)
        try send(&screen, .key(.enter), data)
        #expect(screen.entries.map(\.reason) == ["代表回访"])
        #expect(render(screen, .en).contains("Audit log"))
    }

    @Test(arguments: [User.Role.receptionist, .representative])
    func othersAreRefusedInBothLanguages(_ role: User.Role) throws {
        let data = try StationFixture(cases: 1)
        let p = try Self.people(data)
        let visitor = try #require(try data.store.visitor(phone: "13800000000"))
        _ = try data.store.reveal(visitorID: visitor.id, reason: "抽查", by: p.admin)
        data.store.signedIn = role == .receptionist ? p.receptionist : p.representative
        var screen = AuditLogScreen()
        try screen.reload(from: data)
        #expect(screen.refused != nil && screen.entries.isEmpty)
        let zh = render(screen, .zh), en = render(screen, .en)
        #expect(zh.contains("无权查看审计日志") && zh.contains("只有站点管理员"))
        #expect(en.contains("may not read the audit log") && en.contains("Only the station admin"))
        #expect(!zh.contains("抽查") && !en.contains("抽查"))
    }

    @Test func homeKeyAOpensTheAuditLogAndEscClosesIt() throws {
        let data = try StationFixture(cases: 1)
        let p = try Self.people(data)
        data.store.signedIn = p.admin
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var app = AppModel(configuration: FrontDeskConfiguration(language: .zh, themesDirectory: root.appendingPathComponent("Themes")),
                           data: data)
        app.handle(.text("a"), data: data)
        #expect(app.auditLog != nil)
        #expect(app.render(width: 100, height: 30).text.contains("审计日志"))
        #expect(app.render(width: 100, height: 30).text.contains("user-add") || app.render(width: 100, height: 30).text.contains("添加用户"))
        app.handle(.key(.escape), data: data)
        #expect(app.auditLog == nil)
        #expect(app.current == .home)
    }
}
