/// A full, ordered dump of the synced tables (and the derived supervisors):
/// two stations that agree produce the same text.
extension StationDatabase {
    public func syncedContentDump() throws -> String {
        var lines: [String] = []
        try db.read {
            for table in Schema.syncedTables + ["case_supervisor"] {
                let columns = try SyncVersions.columns(db, table)
                let order = try SyncVersions.keyColumns(db, table)
                try db.forEach("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order.joined(separator: ", "))") { row in
                    lines.append(table + "|" + columns.indices.map { SyncChangeset.text(row.value($0)) }.joined(separator: "|"))
                    return true
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
