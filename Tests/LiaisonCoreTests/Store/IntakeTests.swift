import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LiaisonCore

@Suite("Intake: saving, similarity, minutes, receipts")
struct IntakeTests {
    @Test func oneTransactionForVisitorOpinionsAndCases() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let session = try store.openSession(kind: .nightChat, title: "代表夜聊", place: "联络站")
        let rep = try store.addRepresentative(name: "林晓燕", level: .provincial).representative
        try store.markPresent(sessionID: session.id, representativeID: rep.id)
        #expect(try store.markPresent(sessionID: session.id, representativeID: rep.id) == false)
        let receipt = try store.recordIntake(IntakeRequest(
            visitor: .init(name: "王小明", phone: "138 1234 5678", residentID: "11010519491231002x", community: "清溪社区", grid: "第3网格"),
            opinions: [.init(text: "三号楼路灯坏了", category: "livelihood", representativeID: rep.id),
                       .init(text: "希望建老年食堂", category: "publicProject", urgency: .urgent)],
            sessionID: session.id))
        #expect(receipt.entries.count == 2)
        #expect(Set(receipt.entries.map(\.caseRecord.number)).count == 2)
        #expect(try store.maskedPersonalData(visitorID: receipt.visitorID) == MaskedPersonalData(phone: "138****5678", residentID: "110***********002X"))
        // A returning visitor is recognised by phone, however it is written.
        #expect(try store.visitor(phone: "13812345678")?.id == receipt.visitorID)
        #expect(try store.cases(visitorID: receipt.visitorID).count == 2)
        let minutes = try store.minutes(sessionID: session.id)
        #expect(minutes.visitors == 1 && minutes.casesOpened == 2 && minutes.attendance.map(\.name) == ["林晓燕"])
        let md = minutes.markdown(.zh)
        #expect(md.contains("林晓燕") && md.contains("民生小事") && md.contains(receipt.entries[0].caseRecord.number))
    }

    @Test func invalidFieldWritesNothingAndNamesTheField() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        do {
            _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "李四", phone: "1381234"),
                                                     opinions: [.init(text: "路灯", category: "livelihood")]))
            Issue.record("should have refused the phone")
        } catch let e as IntakeFieldError {
            #expect(e.field == "phone")
        }
        do {
            _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "李四"),
                                                     opinions: [.init(text: "路灯", category: "livelihood"), .init(text: "  ", category: "other")]))
            Issue.record("should have refused the empty opinion")
        } catch let e as IntakeFieldError {
            #expect(e.field == "text" && e.opinionIndex == 1)
        }
        #expect(try store.overview().opinions == 0)
        #expect(try store.cases(CaseQuery()).isEmpty)
    }

    @Test func linkingToAnExistingCase() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let first = try store.intakeOne("清溪社区三号楼路灯坏了半个月")
        let receipt = try store.recordIntake(IntakeRequest(visitor: .init(name: "赵六", phone: "13900000000"),
                                                           opinions: [.init(text: "三号楼的路灯还是不亮", category: "livelihood", linkToCaseID: first.id)]))
        #expect(receipt.entries[0].linkedToExisting)
        #expect(receipt.entries[0].caseRecord.id == first.id)
        #expect(try store.opinions(caseID: first.id).count == 2)
        #expect(try store.followUpVisitors(caseID: first.id).count == 2)
        #expect(try store.check().ok)
    }

    @Test func similarOpenCasesRankByChineseSimilarity() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let lamp = try store.intakeOne("清溪社区三号楼门口的路灯坏了，晚上很黑")
        _ = try store.intakeOne("菜市场周边占道经营，早上交通拥堵", phone: "13900000001")
        _ = try store.intakeOne("希望社区建设老年食堂", category: "publicProject", phone: "13900000002")
        let finder = SimilarCaseFinder(candidates: try store.similarCaseCandidates())
        let hits = finder.similar(to: "三号楼路灯不亮", category: "livelihood")
        #expect(hits.first?.caseRecord.id == lamp.id)
        #expect(hits.count == 1)
        #expect(finder.similar(to: "养犬管理条例第十条").isEmpty)
    }

    @Test func categorySuggestionFromKeywordHints() {
        let suggester = CategorySuggester(categories: Fixtures.reference.categories)
        #expect(suggester.suggest(for: "小区路灯坏了")?.code == "livelihood")
        #expect(suggester.suggest(for: "对条例草案第五条的修改意见")?.code == "legislation")
        #expect(suggester.suggest(for: "希望新建幼儿园")?.code == "publicProject")
        #expect(suggester.suggest(for: "你好") == nil)
    }

    @Test func receiptCarriesCaseNumberReplyDateAndAReadableCode() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder, at: "2026-02-13T10:00:00.000+08:00")
        let receipt = try store.recordIntake(IntakeRequest(visitor: .init(name: "王小明"),
                                                           opinions: [.init(text: "路灯<坏了>&", category: "livelihood")]))
        let printer = ReceiptPrinter(stationName: store.station.name, stationPhone: store.station.phone, receipt: receipt)
        let text = printer.text(.zh)
        #expect(text.contains(receipt.entries[0].caseRecord.number) && text.contains("2026-03-05") && text.contains("0571-86001234"))
        let svg = printer.svg(.en)
        #expect(svg.contains("&lt;坏了&gt;&amp;"))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
    }
}
