import Foundation

/// Setting up an outpost from its station: the outpost's database starts as a
/// copy of the station's, so both share one set of categories, departments and
/// keys from the first day, and each side already knows what the other holds.
extension StationDatabase {
    /// Adds an outpost, enrols it with a fresh shared key, and writes its
    /// ready-to-use database to `path` (which must not exist).
    @discardableResult
    public func provisionOutpost(name: String, path: String, district: String = "", phone: String = "") throws -> Station {
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupTargetExists(path: path) }
        let outpost = try addOutpost(name: name, district: district, phone: phone)
        let keyHex = Hex.encode(SecureRandom.bytes(32))
        let stamp = timestamp()
        try db.write {
            try db.execute("INSERT INTO sync_peer(station_id, key_hex, enrolled_at) VALUES (?, ?, ?)", outpost.id, keyHex, stamp)
            try db.execute("INSERT INTO sync_peer_ack(peer, origin, seq) SELECT ?, origin, MAX(seq) FROM change_log GROUP BY origin",
                           outpost.id)
        }
        try backup(to: path)
        let copy = try Database(path: path, create: false)
        try copy.configureForUse()
        try copy.write {
            try copy.execute("UPDATE meta SET value = ? WHERE key = 'station_id'", outpost.id)
            try copy.execute("UPDATE meta SET value = ? WHERE key = 'site_tag'", EntityKeyGenerator.newSiteTag())
            for table in ["sync_peer", "sync_peer_ack", "sync_peer_sent", "sync_held", "sync_review", "sync_superseded", "draft", "preference"] {
                try copy.execute("DELETE FROM \(table)")
            }
            try copy.execute("INSERT INTO sync_peer(station_id, key_hex, enrolled_at) VALUES (?, ?, ?)", station.id, keyHex, stamp)
            // The station holds everything the copy holds.
            try copy.execute("INSERT INTO sync_peer_ack(peer, origin, seq) SELECT ?, origin, MAX(seq) FROM change_log GROUP BY origin",
                             station.id)
        }
        return outpost
    }
}
