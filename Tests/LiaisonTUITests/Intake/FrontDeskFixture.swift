import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

/// A real station database in a temporary folder behind the front desk's data
/// source, with drafts kept in the store like the real executable does.
final class FrontDeskFixture: FrontDeskDataSource {
    let folder: URL
    let store: StationDatabase
    var station: StationDatabase? { store }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-intake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let reference = try ReferenceData.load(from: root.appendingPathComponent("Data"))
        store = try StationDatabase.create(path: folder.appendingPathComponent("s.db").path, stationName: "测试站", reference: reference)
        store.actor = "测试员"
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func homeSummary() throws -> HomeSummary {
        HomeSummary(stationName: store.station.name, stationKind: store.station.kind.label, openSessionTitle: nil,
                    caseCounts: [], overdueCount: 0, userName: store.actor)
    }
    func preference(_ key: String) -> String? { nil }
    func setPreference(_ key: String, _ value: String) {}
    func changeToken() -> Int64 { store.changeToken() }
    func saveDraft(_ key: String, _ text: String?) {
        let slot = store.actor + "/" + key   // as the executable's data source names slots
        if let text, !text.isEmpty { try? store.saveDraft(slot: slot, form: key, payload: text) } else { try? store.discardDraft(slot: slot) }
    }
    func draft(_ key: String) -> String? { (try? store.draft(slot: store.actor + "/" + key))??.payload }

    @discardableResult
    func representative(_ name: String) throws -> Representative {
        try store.addRepresentative(name: name, level: .county).representative
    }
}

/// Drives a screen like the shell: handle, then perform and reload when asked.
struct ScreenDriver<S: Screen> {
    var screen: S
    let data: FrontDeskDataSource
    private(set) var lastAction: Action = .handled
    private(set) var lastMessage: Bilingual?

    init(_ screen: S, _ data: FrontDeskDataSource) throws {
        self.screen = screen
        self.data = data
        try self.screen.reload(from: data)
    }

    mutating func send(_ events: Event...) throws {
        for e in events {
            lastAction = screen.handle(e)
            switch lastAction {
            case .perform:
                lastMessage = try screen.perform(with: data)
                try screen.reload(from: data)
            case .reload:
                try screen.reload(from: data)
            default: break
            }
        }
    }

    mutating func type(_ text: String) throws { try send(.text(text)) }

    func render(width: Int = 100, height: Int = 28, language: Language = .zh) -> String {
        var canvas = Canvas(width: width, height: height)
        screen.render(into: &canvas, area: canvas.bounds, language: language)
        return canvas.text
    }
}
