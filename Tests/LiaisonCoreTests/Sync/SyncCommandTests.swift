import Foundation
import Testing
@testable import LiaisonCore

@Suite("Sync: the liaison sync command")
struct SyncCommandTests {
    @Test("outpost, export, import with receipt, ack, status, and a tampered file refused with exit 1")
    func roundTripThroughTheBinary() throws {
        let folder = TemporaryFolder()
        let stationPath = folder.path("station.db"), northPath = folder.path("north.db")
        do {
            let (station, _) = Fixtures.station(in: folder)
            station.startSyncCapture()
            _ = try station.intakeOne("站里的意见")
        }
        let made = try LiaisonBinary.run(["sync", "outpost", "北岛联络点", northPath, "--db", stationPath, "--lang", "en"])
        #expect(made.status == 0, "\(made.err)")
        do {
            let north = try SyncNetwork.open(northPath, clock: TestClock(Date()), actor: "北岛值班员")
            _ = try north.intakeOne("码头栈桥松动")
        }
        let bundle = folder.path("north-to-station.bundle")
        let export = try LiaisonBinary.run(["sync", "export", bundle, "--db", northPath, "--lang", "en"])
        #expect(export.status == 0 && export.out.contains("Exported 1 transactions"), "\(export.out) \(export.err)")

        var tampered = try Data(contentsOf: URL(fileURLWithPath: bundle))
        tampered[tampered.count - 10] ^= 0x04
        let tamperedPath = folder.path("tampered.bundle")
        try tampered.write(to: URL(fileURLWithPath: tamperedPath))
        let before = try fileBytes(stationPath)
        let refused = try LiaisonBinary.run(["sync", "import", tamperedPath, "--db", stationPath, "--lang", "en"])
        #expect(refused.status == 1 && refused.err.contains("checksum"))
        #expect(try fileBytes(stationPath) == before)

        let imported = try LiaisonBinary.run(["sync", "import", bundle, "--db", stationPath, "--lang", "en"])
        #expect(imported.status == 0 && imported.out.contains("Imported 1 transactions"), "\(imported.out) \(imported.err)")
        let ack = try LiaisonBinary.run(["sync", "ack", bundle + ".receipt", "--db", northPath, "--lang", "en"])
        #expect(ack.status == 0, "\(ack.err)")
        let status = try LiaisonBinary.run(["sync", "status", "--db", northPath, "--lang", "en"])
        #expect(status.out.contains("0 pending") && !status.out.contains("last receipt never"), "\(status.out)")
        let usage = try LiaisonBinary.run(["sync", "export", "--db", northPath])
        #expect(usage.status == 2)

        let station = try StationDatabase(path: stationPath, reference: Fixtures.reference)
        let north = try StationDatabase(path: northPath, reference: Fixtures.reference)
        #expect(try station.cases(CaseQuery()).count == 2)
        #expect(try north.syncedContentDump() == (try station.syncedContentDump()))
    }
}
