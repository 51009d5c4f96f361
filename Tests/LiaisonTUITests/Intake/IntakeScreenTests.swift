import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

@Suite("Screens: intake, receipt, drafts, sessions, consultations")
struct IntakeScreenTests {
    func tab(_ d: inout ScreenDriver<IntakeScreen>, _ n: Int) throws {
        for _ in 0..<n { try d.send(.key(.tab)) }
    }

    @Test func visitorWithTwoOpinionsSavesInOneGoAndShowsTheReceipt() throws {
        let f = try FrontDeskFixture()
        let rep = try f.representative("周海燕")
        let session = try f.store.openSession(kind: .nightChat, title: "夜聊", place: "本站")
        var d = try ScreenDriver(IntakeScreen(), f)
        try d.type("孙立群"); try tab(&d, 1)
        try d.type("13700001111"); try tab(&d, 5)
        try d.type("小区垃圾分类点太少，垃圾乱堆")
        #expect(d.render().contains("民生小事（建议）"))
        try tab(&d, 4)
        try d.type("周")
        #expect(d.screen.form.opinion.representativeID == rep.id)
        try d.send(.key(.ctrl("n")))
        try d.type("希望增加公交线路到医院")
        try d.send(.key(.ctrl("s")))
        #expect(d.screen.mode == .receipt)
        let screen = d.render()
        let receipt = try #require(d.screen.receipt)
        #expect(receipt.printer.receipt.entries.count == 2)
        for e in receipt.printer.receipt.entries { #expect(screen.contains(e.caseRecord.number)) }
        #expect(screen.contains(Masking.phone("13700001111")))
        #expect(!screen.contains("13700001111"), "the full phone is never shown once saved")
        #expect(screen.contains("▀") || screen.contains("█"), "QR drawn")
        let opinions = try f.store.minutes(sessionID: session.id).opinions
        #expect(opinions.count == 2)
        #expect(try f.store.drafts().isEmpty)
        // w writes the receipt as text and SVG beside the database.
        try d.send(.text("w"))
        let files = try FileManager.default.contentsOfDirectory(atPath: f.folder.appendingPathComponent("receipts").path)
        #expect(files.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".svg") }.count == 2)
        // Enter starts the next visitor on a blank form.
        try d.send(.key(.enter))
        #expect(d.screen.mode == .form)
        #expect(d.screen.form.isPristine)
    }

    @Test func storeRefusalLandsOnTheFieldAndKeepsInput() throws {
        let f = try FrontDeskFixture()
        var d = try ScreenDriver(IntakeScreen(), f)
        try d.type(String(repeating: "长", count: FieldLimits.name))   // at the limit: accepted by the field
        try tab(&d, 6)
        try d.type("路灯坏了")
        try d.send(.key(.ctrl("s")))
        #expect(d.screen.mode == .receipt)

        var e = try ScreenDriver(IntakeScreen(), f)
        try tab(&e, 1)
        try e.type("12345")
        try e.send(.key(.ctrl("s")))
        #expect(e.screen.mode == .form)
        #expect(e.screen.form.focus == .phone)
        #expect(e.render().contains("电话："))
        #expect(e.screen.form.text(.phone) == "12345")
    }

    @Test func returningVisitorIsRecognisedByPhoneWithEarlierCases() throws {
        let f = try FrontDeskFixture()
        let first = try f.store.recordIntake(IntakeRequest(visitor: .init(name: "吴春梅", phone: "13600002222"),
                                                           opinions: [.init(text: "路灯坏了", category: "livelihood")]))
        var d = try ScreenDriver(IntakeScreen(), f)
        try tab(&d, 1)
        try d.type("136 0000 2222")
        try tab(&d, 1)
        #expect(d.screen.form.existingVisitorID == first.visitorID)
        let screen = d.render()
        #expect(screen.contains("回访群众：吴春梅"))
        #expect(screen.contains(first.entries[0].caseRecord.number))
        try tab(&d, 4)
        try d.type("垃圾清运不及时")
        try d.send(.key(.ctrl("s")))
        #expect(try f.store.cases(visitorID: first.visitorID).count == 2)
    }

    @Test func similarOpenCasesRankAndOneKeyLinks() throws {
        let f = try FrontDeskFixture()
        let near = try f.store.recordIntake(IntakeRequest(visitor: .init(), opinions: [
            .init(text: "幸福小区三号楼门口的路灯坏了半个月，晚上出行很不方便", category: "livelihood")]))
        let far = try f.store.recordIntake(IntakeRequest(visitor: .init(), opinions: [
            .init(text: "菜市场周边占道经营，早上交通拥堵", category: "livelihood")]))
        var d = try ScreenDriver(IntakeScreen(), f)
        try tab(&d, 6)
        try d.type("幸福小区门口路灯坏了，晚上出行不方便")
        let ranked = d.screen.similar.map { $0.caseRecord.id }
        #expect(ranked.first == near.entries[0].caseRecord.id)
        #expect(!ranked.contains(far.entries[0].caseRecord.id) || ranked.firstIndex(of: far.entries[0].caseRecord.id)! > 0)
        try d.send(.key(.ctrl("l")))
        #expect(d.screen.form.opinion.linkToCaseID == near.entries[0].caseRecord.id)
        #expect(d.render().contains(Catalogue.linkedTo(near.entries[0].caseRecord.number).zh))
        try d.send(.key(.ctrl("s")))
        let entry = try #require(d.screen.receipt?.printer.receipt.entries.first)
        #expect(entry.linkedToExisting)
        #expect(entry.caseRecord.id == near.entries[0].caseRecord.id)
    }

    /// Opening the form reads neither the representatives nor the similar-case candidates
    /// (a province has 87,000 and thousands): the picker's list comes with its field, the
    /// candidates with the opinion text; this desk's saved cases join them for the next
    /// form, and another desk's write makes the next form read them again.
    @Test func representativesAndCandidatesAreReadWhenTheFormNeedsThem() throws {
        let f = try FrontDeskFixture()
        let rep = try f.representative("冯晓东")
        var d = try ScreenDriver(IntakeScreen(), f)
        #expect(d.screen.form.choices.representatives.isEmpty)
        try tab(&d, 6)
        #expect(d.screen.form.focus == .text)
        try d.type("幸福小区三号楼门口的路灯坏了半个月")
        #expect(d.screen.similar.isEmpty)
        try tab(&d, 4)
        #expect(d.screen.form.focus == .representative)
        #expect(d.screen.form.choices.representatives.map(\.id) == [rep.id])
        try d.type("冯")
        #expect(d.screen.form.opinion.representativeID == rep.id)
        try d.send(.key(.ctrl("s")))
        let first = try #require(d.screen.receipt?.printer.receipt.entries.first?.caseRecord)
        try d.send(.key(.enter))
        try tab(&d, 6)
        try d.type("幸福小区门口路灯坏了，晚上出行不方便")
        #expect(d.screen.similar.first?.caseRecord.id == first.id, "this desk's new case is a candidate at once")
        // Another desk (another connection to the same file) registers a case.
        let other = try StationDatabase(path: f.store.path, reference: f.store.reference)
        let theirs = try other.recordIntake(IntakeRequest(visitor: .init(), opinions: [
            .init(text: "菜市场周边占道经营，早上交通拥堵严重", category: "livelihood")])).entries[0].caseRecord
        try d.send(.key(.ctrl("s")))
        try d.send(.key(.enter))
        try tab(&d, 6)
        try d.type("菜市场周边占道经营交通拥堵")
        #expect(d.screen.similar.first?.caseRecord.id == theirs.id, "another desk's case after its write")
    }

    @Test func everyChangeIsKeptAsADraftAndOfferedBackOnTheNextStart() throws {
        let f = try FrontDeskFixture()
        var d = try ScreenDriver(IntakeScreen(), f)
        try d.type("郑国强")
        try tab(&d, 6)
        try d.type("健身器材")
        // Kept already — no quit, no signal: as if the process were killed now.
        let kept = try #require(f.draft(IntakeScreen.draftKey))
        #expect(IntakeDraft.decode(kept)?.form(choices: .init()).opinion.text.text == "健身器材")
        try d.type("老化")
        #expect(IntakeDraft.decode(try #require(f.draft(IntakeScreen.draftKey)))?.form(choices: .init()).opinion.text.text == "健身器材老化")

        var next = try ScreenDriver(IntakeScreen(), f)
        #expect(next.screen.mode == .offer)
        #expect(next.render().contains("恢复草稿"))
        #expect(next.render().contains("郑国强"))
        try next.send(.key(.enter))
        #expect(next.screen.mode == .form)
        #expect(next.screen.form.text(.name) == "郑国强")
        #expect(next.screen.form.focus == .text)
        #expect(next.screen.form.opinion.text.text == "健身器材老化")
        try next.send(.key(.ctrl("s")))
        #expect(next.screen.mode == .receipt)
        #expect(f.draft(IntakeScreen.draftKey) == nil)

        // n discards a kept draft.
        var third = try ScreenDriver(IntakeScreen(), f)
        #expect(third.screen.mode == .form)
        try third.type("x")
        var fourth = try ScreenDriver(IntakeScreen(), f)
        #expect(fourth.screen.mode == .offer)
        try fourth.send(.text("n"))
        #expect(f.draft(IntakeScreen.draftKey) == nil)
    }

    @Test func sessionOpenMarkPresentOfficialCloseAndMinutes() throws {
        let f = try FrontDeskFixture()
        let rep = try f.representative("钱文华")
        var d = try ScreenDriver(SessionScreen(), f)
        try d.send(.text("n"))
        try d.type("十二月夜聊")
        try d.send(.key(.ctrl("s")))
        let open = try #require(try f.store.openSession())
        #expect(open.title == "十二月夜聊")
        #expect(open.kind == .nightChat)
        try d.send(.text("p"))
        #expect(d.render().contains("钱文华"))
        try d.send(.key(.enter))
        #expect(try f.store.attendance(sessionID: open.id).map(\.representativeID) == [rep.id])
        try d.send(.text("o"))
        try d.type("李局长"); try d.send(.key(.tab)); try d.type("区住建局副局长"); try d.send(.key(.enter))
        #expect(try f.store.attendance(sessionID: open.id).count == 2)
        #expect(d.render().contains("李局长"))
        _ = try f.store.recordIntake(IntakeRequest(visitor: .init(), opinions: [.init(text: "路灯坏了", category: "livelihood")],
                                                   sessionID: open.id))
        try d.send(.text("c"))
        try d.send(.text("y"))
        #expect(try f.store.openSession() == nil)
        #expect(d.screen.mode == .minutes)
        #expect(d.render().contains("接待活动纪要"))
        #expect(d.screen.minutesText.contains("钱文华"))
        #expect(d.screen.minutesText.contains("意见 1 条"))
        #expect(d.screen.minutesPath.text.hasPrefix(f.folder.path))
        try d.send(.key(.ctrl("s")))
        let written = try String(contentsOfFile: d.screen.minutesPath.text, encoding: .utf8)
        #expect(written == d.screen.minutesText)
    }

    @Test func sessionAtAnOutdoorPointOrBackAtTheStation() throws {
        let f = try FrontDeskFixture()
        var d = try ScreenDriver(SessionScreen(), f)
        try d.send(.text("n"))
        try d.send(.key(.backTab))          // kind
        try d.send(.key(.right))
        #expect(d.render().contains(ReceptionSession.Kind.allCases[ReceptionSession.Kind.allCases.firstIndex(of: .nightChat)! + 1].label.zh))
        try d.send(.key(.tab), .key(.tab))  // place
        try d.send(.key(.ctrl("u")))
        try d.type("村口大榕树下")
        try d.send(.key(.ctrl("s")))
        let outdoor = try #require(try f.store.openSession())
        #expect(outdoor.place == "村口大榕树下")
        #expect(outdoor.stationID == f.store.station.id)
        #expect(d.render().contains("村口大榕树下"))
        // A second session is refused while one is open.
        try d.send(.text("n"))
        #expect(d.lastAction == .error(Catalogue.sessionAlreadyOpen))
    }

    @Test func consultationTallyAndExports() throws {
        let f = try FrontDeskFixture()
        let c = try f.store.addConsultation(kind: .legislation, title: "物业管理条例（草案）", issuer: "市人大常委会",
                                            clauseCount: 30, deadline: CivilDate(dayNumber: f.store.today.dayNumber + 10))
        for (clause, position, text) in [("第3条", Opinion.Position.support, "赞成，物业费要公开"),
                                         ("第3条", .amend, "建议写明公示期限, 至少\"30\"天"),
                                         ("第12条", .oppose, "反对收取停车管理费")] {
            _ = try f.store.recordIntake(IntakeRequest(visitor: .init(name: "群众"), opinions: [
                .init(text: text, category: "legislation", consultationID: c.id, clause: clause, position: position)]))
        }
        let csv = try f.store.exportConsultation(id: c.id, format: .csv)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 4)
        #expect(csv.contains("\"建议写明公示期限, 至少\"\"30\"\"天\""))
        let md = try f.store.exportConsultation(id: c.id, format: .md)
        #expect(md.contains("| 第3条 | 1 | 0 | 1 | 0 |"))
        #expect(md.contains("| 第12条 | 0 | 1 | 0 | 0 |"))

        var d = try ScreenDriver(SessionScreen(), f)
        try d.send(.text("r"))
        let screen = d.render()
        #expect(screen.contains("物业管理条例"))
        #expect(screen.contains("意见 3 条"))
        try d.send(.text("e"))
        let exported = try FileManager.default.contentsOfDirectory(atPath: f.folder.path).filter { $0.hasPrefix("consultation-") }
        #expect(Set(exported.map { ($0 as NSString).pathExtension }) == ["csv", "md"])
    }
}
