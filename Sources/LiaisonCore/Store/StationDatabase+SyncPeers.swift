import Foundation

/// Sync peers, their keys, and the read API for the sync screen.
extension StationDatabase {
    func isSyncPeer(_ id: String) throws -> Bool {
        try db.scalarInt("SELECT COUNT(*) FROM sync_peer WHERE station_id = ?", [.text(id)]) > 0
    }

    /// The shared HMAC key enrolled for a peer, if any.
    func syncKey(peer: String) throws -> [UInt8]? {
        try db.scalarString("SELECT key_hex FROM sync_peer WHERE station_id = ?", [.text(peer)]).flatMap(Hex.decode)
    }

    /// A station by id, code or name (any station row, enrolled or not).
    func findStation(_ reference: String) throws -> Station? {
        let text = reference.trimmingCharacters(in: .whitespaces)
        return try db.queryOne("""
            SELECT id, code, kind, name, parent_id, district, address, phone, base_url, case_prefix
            FROM station WHERE id = ?1 OR code = upper(?1) OR name = ?1 ORDER BY id = ?1 DESC LIMIT 1
            """, [.text(text)]) { Self.station(from: $0) }
    }

    /// The peer to export to: the named one, else the only one, else this outpost's station.
    func resolveSyncPeer(_ reference: String?) throws -> Station {
        let peers = try syncPeers()
        if let reference {
            guard let found = try findStation(reference), found.id != station.id else { throw SyncError.notOurOutpost(reference) }
            guard peers.contains(where: { $0.station.id == found.id }) else { throw SyncError.unknownPeer(found.name) }
            return found
        }
        guard !peers.isEmpty else { throw SyncError.noPeer }
        if peers.count == 1 { return peers[0].station }
        if let parent = station.parentID, let match = peers.first(where: { $0.station.id == parent }) { return match.station }
        throw SyncError.choosePeer(peers.map(\.station.name))
    }

    /// Enrols a known station as a peer, with a shared key (hex, 16+ bytes) for
    /// HMAC signatures, or replaces its key. A new peer gets everything on first export.
    @discardableResult
    public func enrolSyncPeer(_ reference: String, keyHex: String?) throws -> Station {
        guard let peer = try findStation(reference), peer.id != station.id else { throw SyncError.notOurOutpost(reference) }
        var key: String?
        if let keyHex {
            guard let bytes = Hex.decode(keyHex.trimmingCharacters(in: .whitespaces).lowercased()), bytes.count >= 16 else {
                throw SyncError.badKey
            }
            key = Hex.encode(bytes)
        }
        try db.write {
            try db.execute("""
                INSERT INTO sync_peer(station_id, key_hex, enrolled_at) VALUES (?, ?, ?)
                ON CONFLICT(station_id) DO UPDATE SET key_hex = excluded.key_hex
                """, peer.id, key, timestamp())
        }
        return peer
    }

    /// Peers with the last exchange each way and what is pending.
    public func syncPeers() throws -> [SyncPeerStatus] {
        let rows = try db.query("""
            SELECT p.station_id, p.key_hex IS NOT NULL, p.last_export_at, p.last_export_count, p.last_import_at,
                   p.last_import_count, p.last_ack_at, (SELECT COUNT(*) FROM sync_held h WHERE h.peer = p.station_id)
            FROM sync_peer p ORDER BY p.enrolled_at, p.station_id
            """) { r in (r.string(0), r.bool(1), r.optionalString(2), r.int(3), r.optionalString(4), r.int(5), r.optionalString(6), r.int(7)) }
        return try rows.compactMap { r in
            guard let peer = try Self.loadStation(db, id: r.0) else { return nil }
            return SyncPeerStatus(station: peer, hasKey: r.1, lastExportAt: r.2, lastExportCount: r.3, lastImportAt: r.4,
                                  lastImportCount: r.5, lastAcknowledgedAt: r.6, pendingChanges: try pendingSyncChanges(for: r.0),
                                  heldBundles: r.7)
        }
    }

    /// What sync could not merge, newest first (open items only unless `all`).
    public func syncReviewList(all: Bool = false) throws -> [SyncReviewItem] {
        try db.query("""
            SELECT id, origin, seq, tbl, pk, operation, reason, at FROM sync_review
            WHERE ?1 OR resolved_at IS NULL ORDER BY id DESC
            """, [.integer(all ? 1 : 0)]) {
            SyncReviewItem(id: $0.int(0), origin: $0.string(1), seq: $0.int(2), table: $0.string(3), key: $0.string(4),
                           operation: $0.string(5), reason: $0.string(6), at: $0.string(7))
        }
    }

    /// Marks a review item as dealt with (it stays in the list with `all`).
    public func resolveSyncReview(id: Int) throws {
        try db.write { try db.execute("UPDATE sync_review SET resolved_at = ? WHERE id = ?", timestamp(), id) }
    }

    /// How many values lost to a later writer (kept in `sync_superseded`).
    public func supersededValueCount() throws -> Int {
        try db.scalarInt("SELECT COUNT(*) FROM sync_superseded")
    }
}
