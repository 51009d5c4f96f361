import Foundation
import LiaisonCore
@testable import LiaisonTUI
import Testing

/// Golden snapshots of whole frames, compared exactly. To re-record after a
/// deliberate change: `LIAISON_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`,
/// then review the diff of Tests/LiaisonTUITests/Snapshots/ before committing.
@Suite("Snapshots")
struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["LIAISON_RECORD_SNAPSHOTS"] == "1"

    func check(_ canvas: Canvas, name: String) throws {
        let url = Self.directory.appendingPathComponent(name + ".txt")
        let actual = canvas.text + "\n"
        if Self.recording || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            if !Self.recording { Issue.record("recorded new snapshot \(name); review and commit it") }
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "snapshot \(name) differs")
    }

    @Test("home screen", arguments: [(Language.zh, 80, 24), (.zh, 120, 40), (.en, 80, 24), (.en, 120, 40)])
    func home(language: Language, width: Int, height: Int) throws {
        let app = AppModel(configuration: makeConfiguration(language), data: DemoDataSource())
        try check(app.render(width: width, height: height), name: "home-\(language.rawValue)-\(width)x\(height)")
    }

    @Test("home screen, ASCII borders, no session today")
    func homeASCII() throws {
        let app = AppModel(configuration: makeConfiguration(.zh, ascii: true), data: DemoDataSource(session: nil))
        try check(app.render(width: 80, height: 24), name: "home-zh-80x24-ascii")
    }

    @Test("home screen at 60×20 (narrow layout)")
    func homeNarrow() throws {
        let app = AppModel(configuration: makeConfiguration(.zh), data: DemoDataSource())
        try check(app.render(width: 60, height: 20), name: "home-zh-60x20")
    }
}
