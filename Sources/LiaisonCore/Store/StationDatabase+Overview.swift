/// The numbers the home screen shows.
public struct StationOverview: Sendable {
    public let station: Station
    public let openSession: ReceptionSession?
    public let casesByState: [(state: CaseState, count: Int)]
    public let overdue: Int
    public let dueSoon: Int
    public let representatives: Int
    public let opinions: Int
}

extension StationDatabase {
    /// Read from the `tally` counters (migration "tally"), not by counting the
    /// cases and opinions: the first frame must not wait for a million rows.
    public func overview() throws -> StationOverview {
        try db.read {
            var counts: [String: Int] = [:]
            try db.forEach("SELECT key, n FROM tally WHERE kind = 'state'") { row in
                counts[row.string(0)] = row.int(1)
                return true
            }
            let todayText = today.description
            let overdue = try db.scalarInt("SELECT COALESCE(SUM(n), 0) FROM tally WHERE kind = 'due' AND key < ?", [.text(todayText)])
            let soonLimit = calendar.adding(workingDays: CaseClock.dueSoonWorkingDays, to: today).description
            let dueSoon = try db.scalarInt("SELECT COALESCE(SUM(n), 0) FROM tally WHERE kind = 'due' AND key >= ? AND key <= ?",
                                           [.text(todayText), .text(soonLimit)])
            return StationOverview(station: station, openSession: try openSession(),
                                   casesByState: CaseState.allCases.map { ($0, counts[$0.rawValue] ?? 0) },
                                   overdue: overdue, dueSoon: dueSoon,
                                   representatives: try db.scalarInt("SELECT COALESCE(SUM(n), 0) FROM tally WHERE kind = 'representative'"),
                                   opinions: try db.scalarInt("SELECT COALESCE(SUM(n), 0) FROM tally WHERE kind = 'day'"))
        }
    }

    /// Opinions recorded on each of the last `days` days, oldest first (for a sparkline).
    public func opinionsPerDay(days: Int) throws -> [Int] {
        let first = today.adding(days: -(days - 1))
        var counts: [String: Int] = [:]
        try db.forEach("SELECT key, n FROM tally WHERE kind = 'day' AND key >= ?", [.text(first.description)]) { row in
            counts[row.string(0)] = row.int(1)
            return true
        }
        return (0..<days).map { counts[first.adding(days: $0).description] ?? 0 }
    }

    /// The number of cases a queue filtered only by state shows, from the
    /// counters (the queue's total, on every page, without counting 20,000
    /// open cases); nil when the query filters on anything else.
    func tallyCaseCount(_ q: CaseQuery) throws -> Int? {
        guard q.category == nil, q.departmentID == nil, q.representativeID == nil, q.sessionID == nil, !q.overdueOnly,
              (q.text ?? "").trimmingCharacters(in: .whitespaces).isEmpty, (q.scope ?? caseScope) == .all else { return nil }
        var states = q.states.isEmpty ? CaseState.allCases : q.states
        if q.openOnly { states = states.filter(\.isOpen) }
        var total = 0
        for state in Set(states) {
            total += try db.scalarInt("SELECT COALESCE(SUM(n), 0) FROM tally WHERE kind = 'state' AND key = ?", [.text(state.rawValue)])
        }
        return total
    }

    /// Where the counters disagree with a recount of the rows (for `liaison check`).
    public func tallyProblems() throws -> [Bilingual] {
        var stored: [String: Int] = [:]
        try db.forEach("SELECT kind, key, n FROM tally WHERE n <> 0") { row in
            stored[row.string(0) + " " + row.string(1)] = row.int(2)
            return true
        }
        var counted: [String: Int] = [:]
        try db.forEach(Schema.tallyRecount) { row in
            if row.int(2) != 0 { counted[row.string(0) + " " + row.string(1)] = row.int(2) }
            return true
        }
        return Set(stored.keys).union(counted.keys).sorted().compactMap { key in
            let (s, c) = (stored[key] ?? 0, counted[key] ?? 0)
            guard s != c else { return nil }
            return Bilingual("计数 \(key) 为 \(s)，实际 \(c)", "Counter \(key) says \(s), the rows say \(c)")
        }
    }
}
