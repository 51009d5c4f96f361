import Foundation

/// Applies foreign changesets inside the import transaction, change by change:
/// append-only rows are added once; mutable columns take the last writer by
/// hybrid logical clock (the loser is kept in `sync_superseded`); what cannot
/// be merged (a constraint) goes to `sync_review`. Cases touched are then put in
/// one agreed event order and their projection is folded again from events.
final class SyncApplier {
    let store: StationDatabase
    let stamp: String
    private(set) var touchedCases: Set<String> = []
    private(set) var changeCount = 0
    private(set) var reviewCount = 0
    private var shapes: [String: [String]] = [:]
    private var temporarySeq = 1_000_000_000

    var db: Database { store.db }

    init(store: StationDatabase, stamp: String) {
        self.store = store
        self.stamp = stamp
    }

    func apply(_ entry: SyncEntry) throws {
        for change in try SyncChangeset.changes(in: entry.changeset) where Schema.syncedTables.contains(change.table) {
            changeCount += 1
            try apply(change, entry)
        }
    }

    private func columns(_ table: String) throws -> [String] {
        if let known = shapes[table] { return known }
        let names = try SyncVersions.columns(db, table)
        shapes[table] = names
        return names
    }

    private func apply(_ change: SyncChange, _ entry: SyncEntry) throws {
        let table = change.table
        let names = try columns(table)
        let keyValues = change.keyValues
        let pk = SyncChangeset.key(keyValues)
        guard names.count == change.new.count, !keyValues.isEmpty else {
            return try review(entry, change, pk, "columns differ from this station's schema")
        }
        if change.operation == .insert && Schema.syncAppendOnlyTables.contains(table) {
            return try insert(change, entry, names, pk)
        }
        let condition = change.keyColumns.map { "\(names[$0]) = ?" }.joined(separator: " AND ")
        let current = try db.queryOne("SELECT \(names.joined(separator: ", ")) FROM \(table) WHERE \(condition)", keyValues) { row in
            names.indices.map { row.value($0) }
        }
        if table == "cases" { touchedCases.insert(pk) }
        switch change.operation {
        case .insert:
            if let current {
                // An append-only row arrives once per path it travelled: the first copy stands.
                guard !Schema.syncAppendOnlyTables.contains(table) else { return }
                try merge(change, entry, names, pk, condition, keyValues, current)
            } else {
                try insert(change, entry, names, pk)
            }
        case .update:
            guard let current else { return try review(entry, change, pk, "update of a row this station does not have") }
            try merge(change, entry, names, pk, condition, keyValues, current)
        case .delete:
            guard current != nil else { return }
            do {
                try db.execute("DELETE FROM \(table) WHERE \(condition)", keyValues)
                try db.execute("DELETE FROM sync_version WHERE tbl = ? AND pk = ?", table, pk)
            } catch let error as SQLiteError where error.isConstraint {
                try review(entry, change, pk, error.sqliteMessage)
            }
        }
    }

    /// Adds a row. An append-only row arrives once per path it travelled: the
    /// first copy stands and later copies are ignored.
    private func insert(_ change: SyncChange, _ entry: SyncEntry, _ names: [String], _ pk: String) throws {
        var values = change.new.map { $0 ?? .null }
        let appendOnly = Schema.syncAppendOnlyTables.contains(change.table)
        let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let keys = change.keyColumns.map { names[$0] }.joined(separator: ", ")
        let sql = "INSERT INTO \(change.table)(\(names.joined(separator: ", "))) VALUES (\(marks))"
            + (appendOnly ? " ON CONFLICT(\(keys)) DO NOTHING" : "")
        var caseID: String?
        if change.table == "case_event", let caseIndex = names.firstIndex(of: "case_id"), let seqIndex = names.firstIndex(of: "seq") {
            caseID = SyncChangeset.text(values[caseIndex])
            try db.execute("INSERT OR IGNORE INTO sync_event_order(event_id, case_id, origin_seq) VALUES (?, ?, ?)",
                           [.text(pk), .text(caseID ?? ""), values[seqIndex]])
            do {
                try db.execute(sql, values)
            } catch let error as SQLiteError where error.isConstraint && error.sqliteMessage.contains("case_event.seq") {
                // A concurrent event holds the same number here: park it; the case is renumbered after.
                temporarySeq += 1
                values[seqIndex] = .integer(Int64(temporarySeq))
                do { try db.execute(sql, values) } catch let error as SQLiteError where error.isConstraint {
                    return try review(entry, change, pk, error.sqliteMessage)
                }
            } catch let error as SQLiteError where error.isConstraint {
                return try review(entry, change, pk, error.sqliteMessage)
            }
            if db.changes > 0, let caseID { touchedCases.insert(caseID) }
            return
        }
        do {
            try db.execute(sql, values)
        } catch let error as SQLiteError where error.isConstraint {
            return try review(entry, change, pk, error.sqliteMessage)
        }
        if !appendOnly {
            try SyncVersions.set(db, table: change.table, pk: pk, column: "*", hlc: entry.hlc)
        }
    }

    /// Last writer wins per column; equal values just advance the clock, so
    /// every station ends with the same clocks and decides the same way later.
    private func merge(_ change: SyncChange, _ entry: SyncEntry, _ names: [String], _ pk: String, _ condition: String,
                       _ keyValues: [SQLValue], _ current: [SQLValue]) throws {
        let versions = try SyncVersions.get(db, table: change.table, pk: pk)
        let inserted = versions["*"] ?? ""
        var assignments: [String] = []
        var values: [SQLValue] = []
        var won: [String] = []
        for i in names.indices where !change.primaryKey[i] {
            guard let incoming = change.new[i] else { continue }
            if change.table == "cases" && Schema.caseProjectionColumns.contains(names[i]) { continue }
            let local = max(versions[names[i]] ?? "", inserted)
            if entry.hlc > local {
                won.append(names[i])
                if incoming != current[i] {
                    assignments.append("\(names[i]) = ?")
                    values.append(incoming)
                    try supersede(change.table, pk, names[i], current[i], hlc: local, winner: entry.hlc)
                }
            } else if incoming != current[i] {
                try supersede(change.table, pk, names[i], incoming, hlc: entry.hlc, winner: local)
            }
        }
        if !assignments.isEmpty {
            do {
                try db.execute("UPDATE \(change.table) SET \(assignments.joined(separator: ", ")) WHERE \(condition)", values + keyValues)
            } catch let error as SQLiteError where error.isConstraint {
                return try review(entry, change, pk, error.sqliteMessage)
            }
        }
        for column in won { try SyncVersions.set(db, table: change.table, pk: pk, column: column, hlc: entry.hlc) }
    }

    private func supersede(_ table: String, _ pk: String, _ column: String, _ value: SQLValue, hlc: String, winner: String) throws {
        try db.execute("INSERT INTO sync_superseded(tbl, pk, col, value, hlc, winner_hlc, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       table, pk, column, SyncChangeset.text(value), hlc, winner, stamp)
    }

    private func review(_ entry: SyncEntry, _ change: SyncChange, _ pk: String, _ reason: String) throws {
        reviewCount += 1
        try db.execute("""
            INSERT OR IGNORE INTO sync_review(origin, seq, tbl, pk, operation, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, entry.origin, entry.seq, change.table, pk, change.operation.rawValue, reason, stamp)
    }

    /// Every station orders a case's events by (number where made, key) and
    /// folds the projection from them, so all agree whatever order bundles came in.
    func finishCases() throws {
        for caseID in touchedCases.sorted() {
            guard try db.scalarInt("SELECT COUNT(*) FROM cases WHERE id = ?", [.text(caseID)]) > 0 else { continue }
            try db.execute("""
                INSERT OR IGNORE INTO sync_event_order(event_id, case_id, origin_seq)
                SELECT id, case_id, seq FROM case_event WHERE case_id = ?
                """, caseID)
            let order = try db.query("""
                SELECT e.id, e.seq FROM case_event e JOIN sync_event_order o ON o.event_id = e.id
                WHERE e.case_id = ? ORDER BY o.origin_seq, e.id
                """, [.text(caseID)]) { ($0.string(0), $0.int(1)) }
            let moved = order.enumerated().filter { $0.element.1 != $0.offset + 1 }
            for (rank, event) in moved { try db.execute("UPDATE case_event SET seq = ? WHERE id = ?", -(rank + 1), event.0) }
            for (rank, event) in moved { try db.execute("UPDATE case_event SET seq = ? WHERE id = ?", rank + 1, event.0) }
            let events = try store.events(caseID: caseID)
            guard let last = events.map(\.at).max() else { continue }
            if !Self.isLegal(events) {
                reviewCount += 1
                try db.execute("""
                    INSERT OR IGNORE INTO sync_review(origin, seq, tbl, pk, operation, reason, at) VALUES ('', 0, 'cases', ?, 'merge', ?, ?)
                    """, caseID, "concurrent transitions: the history no longer follows one path", stamp)
            }
            try store.updateProjection(caseID: caseID, history: CaseHistory(events: events), stamp: last)
        }
    }

    /// Whether each transition starts where the previous one ended.
    static func isLegal(_ events: [CaseEvent]) -> Bool {
        var state: CaseState?
        for e in events where e.kind == .transition {
            if e.from != state { return false }
            state = e.to
        }
        return true
    }
}
