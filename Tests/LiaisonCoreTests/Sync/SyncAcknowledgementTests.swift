import Foundation
import Testing
@testable import LiaisonCore

@Suite("Sync: receipts, lost sticks and capture")
struct SyncAcknowledgementTests {
    @Test("a receipt tells the sender what arrived; the next export leaves it out")
    func acknowledgementRoundTrip() throws {
        let net = try SyncNetwork()
        let (station, north) = (net.station, net.north)
        _ = try north.intakeOne("码头栈桥松动")
        _ = try north.intakeOne("渡船班次太少")
        let pending = try north.pendingSyncChanges(for: station.station.id)
        #expect(pending == 2)
        let bundle = try north.exportSyncBundle()
        #expect(bundle.entryCount == 2 && bundle.signed)
        let result = try station.importSyncBundle(bundle.bundle)
        #expect(try north.pendingSyncChanges(for: station.station.id) == 2)
        let receipt = try north.acknowledgeSyncReceipt(result.receipt)
        #expect(receipt.have[north.station.id] == 2)
        #expect(try north.pendingSyncChanges(for: station.station.id) == 0)
        #expect(try north.exportSyncBundle().entryCount == 0)
        let peer = try #require(try north.syncPeers().first)
        #expect(peer.station.id == station.station.id && peer.lastAcknowledgedAt != nil && peer.hasKey)
        // The station's own next bundle also acknowledges: north learns it from the header.
        _ = try north.intakeOne("码头灯不亮")
        _ = try station.importSyncBundle(try north.exportSyncBundle().bundle)
        _ = try north.importSyncBundle(try station.exportSyncBundle(to: north.station.id).bundle)
        #expect(try north.pendingSyncChanges(for: station.station.id) == 0)
    }

    @Test("after a lost USB stick, exporting again carries everything not acknowledged")
    func lostStick() throws {
        let net = try SyncNetwork()
        let (station, north) = (net.station, net.north)
        _ = try north.intakeOne("码头栈桥松动")
        let lost = try north.exportSyncBundle(newOnly: true)
        #expect(lost.entryCount == 1)
        _ = try north.intakeOne("渡船班次太少")
        #expect(try north.exportSyncBundle(newOnly: true).entryCount == 1)
        let again = try north.exportSyncBundle()
        #expect(again.entryCount == 2)
        #expect(try station.importSyncBundle(again.bundle).outcome == .applied)
        #expect(try station.importSyncBundle(lost.bundle).outcome == .alreadyHad)
        try net.send(station, north)
        #expect(try station.syncedContentDump() == (try north.syncedContentDump()))
    }

    @Test("capture: one change-log entry per write transaction, none for rollbacks or local-only tables")
    func capture() throws {
        let net = try SyncNetwork()
        let north = net.north
        let start = try north.changeLogCount()
        _ = try north.intakeOne()
        #expect(try north.changeLogCount() == start + 1)
        // A failed intake (invalid phone) writes nothing and records nothing.
        #expect(throws: (any Error).self) { _ = try north.intakeOne(phone: "12") }
        try? north.db.write {
            _ = try north.db.execute("UPDATE station SET phone = '1' WHERE id = ?", north.station.id)
            throw SyncError.malformed
        }
        #expect(try north.changeLogCount() == start + 1)
        try north.saveDraft(slot: "intake", form: "intake", payload: "{}")
        #expect(try north.changeLogCount() == start + 1)
        // The recorded changeset holds the intake's rows, numbered from this outpost.
        let (seq, changeset) = try #require(try north.db.queryOne(
            "SELECT seq, changeset FROM change_log WHERE origin = ? ORDER BY seq DESC LIMIT 1", [.text(north.station.id)]) {
            ($0.int(0), $0.blob(1))
        })
        #expect(seq == 1)
        let tables = Set(try SyncChangeset.changes(in: Data(changeset)).map(\.table))
        #expect(tables.isSuperset(of: ["visitor", "visitor_personal", "cases", "case_event", "opinion", "case_counter"]))
        #expect(!tables.contains("draft") && !tables.contains("search_pending"))
        // An import is never nested in another write: it would be recorded as this outpost's own change.
        let bundle = try net.station.exportSyncBundle(to: north.station.id).bundle
        #expect(throws: SyncError.insideTransaction) { try north.db.write { _ = try north.importSyncBundle(bundle) } }
    }
}

@Suite("Sync: clock and ordering")
struct SyncClockTests {
    @Test("hybrid logical clock: monotonic, later than anything received, text sorts like the value")
    func clock() {
        var clock = HybridLogicalClock(node: "A")
        let t0 = Date(timeIntervalSince1970: 1_000)
        let a = clock.tick(now: t0)
        let b = clock.tick(now: t0)
        let c = clock.tick(now: t0.addingTimeInterval(-5))
        #expect(a < b && b < c)
        clock.receive(HLCTimestamp(millis: 9_000_000, counter: 7, node: "B"))
        let d = clock.tick(now: t0)
        #expect(d.millis == 9_000_000 && d.counter == 8 && d.node == "A")
        var rng = SplitMix64(seed: 8)
        let stamps = (0..<200).map { _ in
            HLCTimestamp(millis: UInt64.random(in: 0...3, using: &rng) * 999, counter: UInt32.random(in: 0...12, using: &rng),
                         node: ["A", "B"][Int.random(in: 0...1, using: &rng)])
        }
        #expect(stamps.sorted().map(\.description) == stamps.map(\.description).sorted())
        #expect(stamps.allSatisfy { HLCTimestamp($0.description) == $0 })
    }

    @Test("plan: duplicates skipped, gaps found, fresh entries in clock order")
    func plan() {
        func entry(_ origin: String, _ seq: Int, _ hlc: String) -> SyncEntry {
            SyncEntry(origin: origin, seq: seq, hlc: hlc, changeset: Data())
        }
        let entries = [entry("A", 3, "3"), entry("A", 4, "5"), entry("B", 1, "4"), entry("B", 2, "6")]
        let plan = SyncPlan(entries: entries, have: ["A": 3])
        #expect(plan.duplicates == 1 && !plan.isHeld)
        #expect(plan.fresh.map(\.hlc) == ["4", "5", "6"])
        let gap = SyncPlan(entries: entries, have: ["A": 1])
        #expect(gap.gaps == [SyncRange(origin: "A", first: 2, last: 2)])
        #expect(SyncPlan.isContiguous(entries))
        #expect(!SyncPlan.isContiguous([entry("A", 1, "1"), entry("A", 3, "3")]))
    }
}
