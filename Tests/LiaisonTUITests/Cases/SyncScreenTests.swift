import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

@Suite("Screens: offline sync")
struct SyncScreenTests {
    func send(_ screen: inout SyncScreen, _ event: Event, _ data: FrontDeskDataSource) throws -> Bilingual? {
        switch screen.handle(event) {
        case .perform:
            let m = try screen.perform(with: data)
            try screen.reload(from: data)
            return m
        case .reload: try screen.reload(from: data)
        default: break
        }
        return nil
    }

    @Test func exportToAPathImportAtTheOutpostAndAcknowledge() throws {
        let station = try StationFixture(cases: 2)
        station.store.startSyncCapture()
        let outpostPath = station.folder.appendingPathComponent("outpost.db").path
        _ = try station.store.provisionOutpost(name: "青屿岛联络点", path: outpostPath)
        _ = try station.store.intakeOneForSync("码头路灯坏了")
        var screen = SyncScreen()
        try screen.reload(from: station)
        var canvas = Canvas(width: 110, height: 30)
        screen.render(into: &canvas, area: canvas.bounds, language: .zh)
        #expect(canvas.text.contains("青屿岛联络点"))
        // e: export for the selected peer to a typed path.
        _ = try send(&screen, .text("e"), station)
        let bundle = station.folder.appendingPathComponent("stick.liaison").path
        screen.path = TextField(bundle)
        _ = try send(&screen, .key(.enter), station)
        #expect(FileManager.default.fileExists(atPath: bundle))
        // At the outpost: i imports it and writes the receipt beside it.
        let outpost = try OutpostSource(path: outpostPath)
        var there = SyncScreen()
        try there.reload(from: outpost)
        _ = try send(&there, .text("i"), outpost)
        there.path = TextField(bundle)
        let imported = try #require(try send(&there, .key(.enter), outpost))
        #expect(imported.en.contains("Receipt written"))
        #expect(try outpost.store.cases(CaseQuery()).contains { $0.caseRecord.title.contains("码头路灯") })
        // Back at the station: a imports the receipt.
        _ = try send(&screen, .text("a"), station)
        screen.path = TextField(bundle + ".receipt")
        #expect(try send(&screen, .key(.enter), station) == Catalogue.syncAcknowledged)
    }

    @Test func aMissingFileIsAClearError() throws {
        let station = try StationFixture(cases: 0)
        var screen = SyncScreen()
        try screen.reload(from: station)
        _ = screen.handle(.text("i"))
        screen.path = TextField("/nonexistent/bundle.liaison")
        #expect(screen.handle(.key(.enter)) == .perform)
        #expect(throws: SyncFileMissing.self) { _ = try screen.perform(with: station) }
    }
}

/// The outpost's own database as a desk would open it.
final class OutpostSource: FrontDeskDataSource {
    let store: StationDatabase
    var station: StationDatabase? { store }
    init(path: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        store = try StationDatabase(path: path, reference: try ReferenceData.load(from: root.appendingPathComponent("Data")))
        store.startSyncCapture()
    }
    func homeSummary() throws -> HomeSummary {
        HomeSummary(stationName: store.station.name, stationKind: store.station.kind.label, openSessionTitle: nil,
                    caseCounts: [], overdueCount: 0, userName: "")
    }
    func preference(_ key: String) -> String? { nil }
    func setPreference(_ key: String, _ value: String) {}
    func changeToken() -> Int64 { 0 }
}

extension StationDatabase {
    func intakeOneForSync(_ text: String) throws -> Case {
        try recordIntake(IntakeRequest(visitor: .init(name: "王小明"), opinions: [.init(text: text, category: "livelihood")]))
            .entries[0].caseRecord
    }
}
