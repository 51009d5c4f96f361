import Foundation

/// Offline sync: capture, export, import and acknowledgement. See `SyncCapture`
/// (recording), `SyncApplier` (merging) and `SyncEnvelope` (the file).
extension StationDatabase {
    /// Starts recording this connection's writes into the change log.
    /// Idempotent; every connection that writes synced data must have it on.
    public func startSyncCapture() {
        guard syncCapture == nil else { return }
        db.writeObservers.append(SyncCapture(origin: station.id, now: { [weak self] in self?.now() ?? Date() }))
    }

    public var isCapturingChanges: Bool { syncCapture != nil }

    var syncCapture: SyncCapture? { db.writeObservers.lazy.compactMap { $0 as? SyncCapture }.first }

    /// The highest sequence held per origin (own changes included).
    public func syncHoldings() throws -> [String: Int] {
        var result: [String: Int] = [:]
        try db.forEach("SELECT origin, MAX(seq) FROM change_log GROUP BY origin") {
            result[$0.string(0)] = $0.int(1)
            return true
        }
        return result
    }

    func syncAcknowledged(peer: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        try db.forEach("SELECT origin, seq FROM sync_peer_ack WHERE peer = ?", [.text(peer)]) {
            result[$0.string(0)] = $0.int(1)
            return true
        }
        return result
    }

    /// Changes not known to be held by `peer`.
    public func pendingSyncChanges(for peer: String) throws -> Int {
        try db.scalarInt("""
            SELECT COUNT(*) FROM change_log c WHERE c.origin <> ?1
              AND c.seq > COALESCE((SELECT seq FROM sync_peer_ack a WHERE a.peer = ?1 AND a.origin = c.origin), 0)
            """, [.text(peer)])
    }

    // MARK: - Export

    /// A bundle of everything `peer` has not acknowledged: after a lost USB
    /// stick, exporting again carries the lost changes too. `newOnly` leaves out
    /// what earlier exports already carried (smaller daily files; the receiver
    /// holds one that arrives before its predecessor).
    public func exportSyncBundle(to peerReference: String? = nil, newOnly: Bool = false) throws -> SyncExportResult {
        let peer = try resolveSyncPeer(peerReference)
        let key = try syncKey(peer: peer.id)
        let entries = try db.query("""
            SELECT c.origin, c.seq, c.hlc, c.changeset FROM change_log c WHERE c.origin <> ?1
              AND c.seq > MAX(COALESCE((SELECT seq FROM sync_peer_ack a WHERE a.peer = ?1 AND a.origin = c.origin), 0),
                              CASE WHEN ?2 THEN COALESCE((SELECT seq FROM sync_peer_sent s WHERE s.peer = ?1 AND s.origin = c.origin), 0) ELSE 0 END)
            ORDER BY c.origin, c.seq
            """, [.text(peer.id), .integer(newOnly ? 1 : 0)]) {
            SyncEntry(origin: $0.string(0), seq: $0.int(1), hlc: $0.string(2), changeset: Data($0.blob(3)))
        }
        let bundle = SyncBundle(from: station.id, fromSite: keys.siteTag, fromName: station.name, to: peer.id,
                                schemaVersion: Schema.currentVersion, createdAt: timestamp(), have: try syncHoldings(), entries: entries)
        let sealed = SyncEnvelope.seal(try SyncEnvelope.encode(bundle), key: key)
        try db.write {
            try db.execute("UPDATE sync_peer SET last_export_at = ?, last_export_count = ? WHERE station_id = ?",
                           bundle.createdAt, entries.count, peer.id)
            for range in bundle.ranges {
                try db.execute("""
                    INSERT INTO sync_peer_sent(peer, origin, seq) VALUES (?, ?, ?)
                    ON CONFLICT(peer, origin) DO UPDATE SET seq = excluded.seq WHERE excluded.seq > sync_peer_sent.seq
                    """, peer.id, range.origin, range.last)
            }
        }
        return SyncExportResult(peer: peer, bundle: [UInt8](sealed), entryCount: entries.count, ranges: bundle.ranges, signed: key != nil)
    }

    // MARK: - Import

    /// Verifies a bundle completely (checksum, addressee, sender, HMAC, schema,
    /// numbering) before opening a write transaction, then applies all new
    /// changes in one transaction, or holds the bundle if an earlier one is missing.
    public func importSyncBundle(_ data: [UInt8]) throws -> SyncImportResult {
        // Inside an outer write the capture session is already recording: applied changes would pass as our own.
        guard !db.isInTransaction else { throw SyncError.insideTransaction }
        let (bundle, checksum) = try verifiedBundle(data)
        var result = try applyVerified(bundle, checksum: checksum, raw: data)
        if case .applied = result.outcome {
            let released = try releaseHeldBundles()
            if released > 0 {
                result = SyncImportResult(outcome: result.outcome, peer: result.peer, appliedEntries: result.appliedEntries,
                                          appliedChanges: result.appliedChanges, duplicates: result.duplicates,
                                          reviewItems: result.reviewItems, releasedBundles: released,
                                          receipt: try receipt(for: bundle.from))
            }
        }
        return result
    }

    func verifiedBundle(_ data: [UInt8]) throws -> (SyncBundle, String) {
        let opened = try SyncEnvelope.open(Data(data))
        let bundle = try SyncEnvelope.decode(SyncBundle.self, kind: SyncBundle.kindName, from: opened.payload)
        guard bundle.from != station.id else { throw SyncError.ownBundle }
        guard bundle.to == station.id else { throw SyncError.wrongStation(addressedTo: bundle.to) }
        guard try isSyncPeer(bundle.from) else { throw SyncError.unknownPeer(bundle.from) }
        try opened.authenticate(key: try syncKey(peer: bundle.from))
        guard bundle.schemaVersion == Schema.currentVersion else {
            throw SyncError.schemaMismatch(found: bundle.schemaVersion, supported: Schema.currentVersion)
        }
        guard SyncPlan.isContiguous(bundle.entries), bundle.entries.allSatisfy({ HLCTimestamp($0.hlc) != nil }) else {
            throw SyncError.malformed
        }
        return (bundle, opened.checksum)
    }

    private func applyVerified(_ bundle: SyncBundle, checksum: String, raw: [UInt8]) throws -> SyncImportResult {
        let plan = SyncPlan(entries: bundle.entries, have: try syncHoldings())
        func result(_ outcome: SyncImportResult.Outcome, _ applier: SyncApplier? = nil) throws -> SyncImportResult {
            SyncImportResult(outcome: outcome, peer: bundle.from, appliedEntries: applier == nil ? 0 : plan.fresh.count,
                             appliedChanges: applier?.changeCount ?? 0, duplicates: plan.duplicates,
                             reviewItems: applier?.reviewCount ?? 0, releasedBundles: 0, receipt: try receipt(for: bundle.from))
        }
        if plan.isHeld {
            try db.write {
                try db.execute("INSERT OR IGNORE INTO sync_held(checksum, peer, bundle, reason, held_at) VALUES (?, ?, ?, ?, ?)",
                               checksum, bundle.from, raw, plan.gaps.map { "\($0.origin):\($0.first)-\($0.last)" }.joined(separator: " "),
                               timestamp())
            }
            return try result(.held(missing: plan.gaps))
        }
        let acknowledged = try syncAcknowledged(peer: bundle.from)
        let ackAdvances = bundle.have.contains { $0.value > acknowledged[$0.key] ?? 0 }
        if plan.fresh.isEmpty && !ackAdvances { return try result(.alreadyHad) }
        let capture = syncCapture
        capture?.suspended = true
        defer { capture?.suspended = false }
        let applier = SyncApplier(store: self, stamp: timestamp())
        // A big bundle touches more pages than the default 2 MB cache holds: spilling mid-transaction doubles the writes.
        let cacheSize = try db.scalarInt("PRAGMA cache_size")
        try db.executeScript("PRAGMA cache_size = -65536")
        defer { try? db.executeScript("PRAGMA cache_size = \(cacheSize)") }
        do {
            try db.write {
                // References are checked at COMMIT: changes from several origins arrive in clock order, not key order.
                try db.executeScript("PRAGMA defer_foreign_keys = ON")
                var clock = HybridLogicalClock(node: station.id, last: try db.scalarString("SELECT value FROM sync_state WHERE key = 'hlc'")
                    .flatMap(HLCTimestamp.init).map { HLCTimestamp(millis: $0.millis, counter: $0.counter, node: station.id) })
                for entry in plan.fresh {
                    try applier.apply(entry)
                    try db.execute("INSERT INTO change_log(origin, seq, hlc, changeset, recorded_at) VALUES (?, ?, ?, ?, ?)",
                                   entry.origin, entry.seq, entry.hlc, [UInt8](entry.changeset), applier.stamp)
                    if let stamp = HLCTimestamp(entry.hlc) { clock.receive(stamp) }
                }
                try applier.finishCases()
                try db.execute("INSERT INTO sync_state(key, value) VALUES ('hlc', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               clock.last.description)
                try raiseAcknowledged(peer: bundle.from, to: bundle.have)
                if !plan.fresh.isEmpty {
                    try db.execute("UPDATE sync_peer SET last_import_at = ?, last_import_count = ? WHERE station_id = ?",
                                   applier.stamp, plan.fresh.count, bundle.from)
                }
                try db.execute("DELETE FROM sync_held WHERE checksum = ?", checksum)
            }
        } catch let error as SQLiteError where error.extendedCode == 787 {
            throw SyncError.brokenReferences(1)
        }
        return try result(plan.fresh.isEmpty ? .alreadyHad : .applied, applier)
    }

    /// Applies held bundles whose gap is now filled; returns how many.
    private func releaseHeldBundles() throws -> Int {
        var released = 0
        var progress = true
        while progress {
            progress = false
            let held = try db.query("SELECT checksum, bundle FROM sync_held ORDER BY held_at, checksum") { ($0.string(0), $0.blob(1)) }
            for (checksum, raw) in held {
                guard let (bundle, _) = try? verifiedBundle(raw) else { continue }
                let plan = SyncPlan(entries: bundle.entries, have: try syncHoldings())
                if plan.isHeld { continue }
                // A held bundle that fails stays held (and counted on the sync screen); the import that filled its gap stands.
                guard (try? applyVerified(bundle, checksum: checksum, raw: raw)) != nil else { continue }
                try db.write { try db.execute("DELETE FROM sync_held WHERE checksum = ?", checksum) }
                released += 1
                progress = true
            }
        }
        return released
    }

    private func raiseAcknowledged(peer: String, to have: [String: Int]) throws {
        for (origin, seq) in have {
            try db.execute("""
                INSERT INTO sync_peer_ack(peer, origin, seq) VALUES (?, ?, ?)
                ON CONFLICT(peer, origin) DO UPDATE SET seq = excluded.seq WHERE excluded.seq > sync_peer_ack.seq
                """, peer, origin, seq)
        }
    }

    // MARK: - Receipts

    /// The receipt for `peer`: what this station now holds, and what waits.
    public func receipt(for peer: String) throws -> [UInt8] {
        var held: [SyncRange] = []
        for raw in try db.query("SELECT bundle FROM sync_held WHERE peer = ?", [.text(peer)], { $0.blob(0) }) {
            if let (bundle, _) = try? verifiedBundle(raw) { held += bundle.ranges }
        }
        let receipt = SyncReceipt(from: station.id, to: peer, createdAt: timestamp(), have: try syncHoldings(), held: held)
        return [UInt8](SyncEnvelope.seal(try SyncEnvelope.encode(receipt), key: try syncKey(peer: peer)))
    }

    /// Reads a receipt from a peer: from now on export leaves out what it holds.
    @discardableResult
    public func acknowledgeSyncReceipt(_ data: [UInt8]) throws -> SyncReceipt {
        let opened = try SyncEnvelope.open(Data(data))
        let receipt = try SyncEnvelope.decode(SyncReceipt.self, kind: SyncReceipt.kindName, from: opened.payload)
        guard receipt.from != station.id else { throw SyncError.ownBundle }
        guard receipt.to == station.id else { throw SyncError.wrongStation(addressedTo: receipt.to) }
        guard try isSyncPeer(receipt.from) else { throw SyncError.unknownPeer(receipt.from) }
        try opened.authenticate(key: try syncKey(peer: receipt.from))
        try db.write {
            try raiseAcknowledged(peer: receipt.from, to: receipt.have)
            try db.execute("UPDATE sync_peer SET last_ack_at = ? WHERE station_id = ?", timestamp(), receipt.from)
        }
        return receipt
    }
}
