import Foundation
@testable import LiaisonCore

/// A station and two outposts provisioned from it, each with capture on and
/// one shared hand-moved clock (offsets per database keep their clocks apart).
final class SyncNetwork {
    let folder = TemporaryFolder()
    let clock: TestClock
    let station: StationDatabase
    let north: StationDatabase
    let south: StationDatabase

    init(prepare: (StationDatabase) throws -> Void = { _ in }) throws {
        let (station, clock) = Fixtures.station(in: folder)
        self.station = station
        self.clock = clock
        station.startSyncCapture()
        try prepare(station)
        try station.provisionOutpost(name: "北岛联络点", path: folder.path("north.db"))
        try station.provisionOutpost(name: "南山联络点", path: folder.path("south.db"))
        north = try SyncNetwork.open(folder.path("north.db"), clock: clock, actor: "北岛值班员")
        south = try SyncNetwork.open(folder.path("south.db"), clock: clock, actor: "南山值班员")
    }

    static func open(_ path: String, clock: TestClock, actor: String) throws -> StationDatabase {
        let store = try StationDatabase(path: path, reference: Fixtures.reference)
        store.now = { clock.now }
        store.actor = actor
        store.startSyncCapture()
        return store
    }

    /// One trip: export (all unacknowledged, or only new), import, receipt back.
    @discardableResult
    func send(_ from: StationDatabase, _ to: StationDatabase, newOnly: Bool = false, acknowledge: Bool = true) throws -> SyncImportResult {
        let bundle = try from.exportSyncBundle(to: to.station.id, newOnly: newOnly)
        clock.advance(days: 0.001)
        let result = try to.importSyncBundle(bundle.bundle)
        if acknowledge { try from.acknowledgeSyncReceipt(result.receipt) }
        return result
    }
}

extension StationDatabase {
    func changeLogCount() throws -> Int { try db.scalarInt("SELECT COUNT(*) FROM change_log") }

    /// A returning visitor files another opinion and leaves a new phone number.
    func returningVisitor(_ visitorID: String, phone: String, text: String) throws -> Case {
        try recordIntake(IntakeRequest(visitor: .init(name: "王小明", phone: phone), existingVisitorID: visitorID,
                                       opinions: [.init(text: text, category: "livelihood")])).entries[0].caseRecord
    }
}

/// The file's bytes once every connection is closed (WAL checkpointed).
func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}
