import Foundation
@testable import LiaisonCore

/// A temporary folder per test, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

enum Fixtures {
    /// The repository root, from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = root.appendingPathComponent("Data")
    static let reference: ReferenceData = try! ReferenceData.load(from: dataDirectory)

    /// A fresh station database in `folder`, with a settable clock.
    static func station(in folder: TemporaryFolder, name: String = "测试联络站", at date: String = "2026-03-02T10:00:00.000+08:00")
        -> (StationDatabase, TestClock) {
        let clock = TestClock(StationTime.parse(date)!)
        let store = try! StationDatabase.create(path: folder.path("station.db"), stationName: name, reference: reference,
                                                phone: "0571-86001234", now: clock.now)
        store.now = { clock.now }
        store.actor = "测试员"
        return (store, clock)
    }

    static func date(_ text: String) -> CivilDate { CivilDate(text)! }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    var now: Date
    init(_ now: Date) { self.now = now }
    func set(_ text: String) { now = StationTime.parse(text)! }
    func advance(days: Double) { now = now.addingTimeInterval(days * 86_400) }
}

extension StationDatabase {
    /// One visitor with one opinion; returns the new case.
    func intakeOne(_ text: String = "小区路灯坏了，晚上看不见路", category: String = "livelihood", phone: String = "13812345678") throws -> Case {
        let receipt = try recordIntake(IntakeRequest(visitor: .init(name: "王小明", phone: phone),
                                                     opinions: [.init(text: text, category: category)]))
        return receipt.entries[0].caseRecord
    }
}
