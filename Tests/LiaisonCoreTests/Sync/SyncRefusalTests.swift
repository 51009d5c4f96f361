import Foundation
import Testing
@testable import LiaisonCore

@Suite("Sync: refused bundles leave the database byte-for-byte unchanged")
struct SyncRefusalTests {
    /// Builds a station with north provisioned, north with offline edits, and
    /// north's bundle for the station; returns the folder (databases closed).
    static func prepare() throws -> (TemporaryFolder, [UInt8], [UInt8]) {
        let net = try SyncNetwork()
        _ = try net.north.intakeOne("码头栈桥松动", phone: "13900000001")
        _ = try net.south.intakeOne("山路塌方", phone: "13900000002")
        let bundle = try net.north.exportSyncBundle(to: net.station.station.id).bundle
        let southBundle = try net.south.exportSyncBundle(to: net.station.station.id).bundle
        return (net.folder, bundle, southBundle)
    }

    /// Opens the station, expects `error` from importing `data`, closes it, and
    /// compares the file with its bytes before.
    static func expectRefused(_ data: [UInt8], at path: String, _ check: (Error) -> Bool) throws {
        let before = try fileBytes(path)
        do {
            let store = try SyncNetwork.open(path, clock: TestClock(Date()), actor: "测试")
            do {
                _ = try store.importSyncBundle(data)
                Issue.record("the bundle was accepted")
            } catch {
                #expect(check(error), "unexpected error \(error)")
            }
        }
        #expect(try fileBytes(path) == before)
    }

    @Test("truncated, altered, wrong-station, forged and unsigned bundles are refused")
    func refusals() throws {
        let (folder, bundle, southBundle) = try Self.prepare()
        let stationPath = folder.path("station.db")
        // Truncated anywhere: in the payload, or in the header lines.
        try Self.expectRefused(Array(bundle.dropLast(25)), at: stationPath) { ($0 as? SyncError) == .damaged }
        try Self.expectRefused(Array(bundle.prefix(40)), at: stationPath) { ($0 as? SyncError) == .notSyncFile }
        // One byte altered in the middle of the payload.
        var altered = bundle
        altered[altered.count / 2] ^= 0x01
        try Self.expectRefused(altered, at: stationPath) { ($0 as? SyncError) == .damaged }
        // Forged: payload changed and checksum recomputed, but without the shared key.
        let opened = try SyncEnvelope.open(Data(bundle))
        let forgedPayload = Data(String(decoding: opened.payload, as: UTF8.self).replacingOccurrences(of: "北岛联络点", with: "假冒联络点").utf8)
        #expect(forgedPayload != opened.payload)
        let forged = [UInt8](SyncEnvelope.seal(forgedPayload, key: SecureRandom.bytes(32)))
        try Self.expectRefused(forged, at: stationPath) { ($0 as? SyncError) == .forged }
        let unsigned = [UInt8](SyncEnvelope.seal(opened.payload, key: nil))
        try Self.expectRefused(unsigned, at: stationPath) { ($0 as? SyncError) == .unsigned }
        // Wrong station: north's bundle is for the station, not for south.
        let southPath = folder.path("south.db")
        try Self.expectRefused(bundle, at: southPath) {
            if case .wrongStation = $0 as? SyncError { return true } else { return false }
        }
        // A station's own bundle fed back to it.
        try Self.expectRefused(southBundle, at: southPath) { ($0 as? SyncError) == .ownBundle }
        // The genuine bundle still imports afterwards.
        let store = try SyncNetwork.open(stationPath, clock: TestClock(Date()), actor: "测试")
        #expect(try store.importSyncBundle(bundle).outcome == .applied)
    }

    @Test("a bundle from a station that is not enrolled is refused")
    func unknownSender() throws {
        let folder = TemporaryFolder()
        let (other, _) = Fixtures.station(in: folder, name: "别处联络站")
        other.startSyncCapture()
        let net = try SyncNetwork()
        // The other station knows the north outpost's id only by enrolling a copy of its row.
        try other.db.write {
            try other.db.execute("""
                INSERT INTO station(id, code, kind, name, created_at, updated_at) VALUES (?, 'XX', 'station', '北岛', '', '')
                """, net.north.station.id)
        }
        try other.enrolSyncPeer(net.north.station.id, keyHex: nil)
        let stray = try other.exportSyncBundle(to: net.north.station.id).bundle
        #expect(throws: SyncError.unknownPeer(other.station.id)) { try net.north.importSyncBundle(stray) }
    }

    @Test("receipts are checked like bundles")
    func receiptChecks() throws {
        let net = try SyncNetwork()
        _ = try net.north.intakeOne()
        let result = try net.station.importSyncBundle(try net.north.exportSyncBundle().bundle)
        #expect(throws: SyncError.wrongStation(addressedTo: net.north.station.id)) { try net.south.acknowledgeSyncReceipt(result.receipt) }
        var altered = result.receipt
        altered[altered.count - 3] ^= 0x20
        #expect(throws: SyncError.damaged) { try net.north.acknowledgeSyncReceipt(altered) }
        #expect(throws: SyncError.wrongKind(expected: SyncReceipt.kindName)) {
            try net.north.acknowledgeSyncReceipt(try net.station.exportSyncBundle(to: net.north.station.id).bundle)
        }
    }
}
