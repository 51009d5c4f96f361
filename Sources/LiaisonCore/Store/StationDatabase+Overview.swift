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
    public func overview() throws -> StationOverview {
        try db.read {
            let counts = Dictionary(uniqueKeysWithValues: try db.query("SELECT state, COUNT(*) FROM cases GROUP BY state") {
                ($0.string(0), $0.int(1))
            })
            let waiting = CaseState.allCases.filter(\.awaitsAnswer).map { "'\($0.rawValue)'" }.joined(separator: ",")
            let todayText = today.description
            let overdue = try db.scalarInt("SELECT COUNT(*) FROM cases WHERE state IN (\(waiting)) AND paused_since IS NULL AND due_date < ?",
                                           [.text(todayText)])
            let soonLimit = calendar.adding(workingDays: CaseClock.dueSoonWorkingDays, to: today).description
            let dueSoon = try db.scalarInt("""
                SELECT COUNT(*) FROM cases WHERE state IN (\(waiting)) AND paused_since IS NULL AND due_date >= ? AND due_date <= ?
                """, [.text(todayText), .text(soonLimit)])
            return StationOverview(station: station, openSession: try openSession(),
                                   casesByState: CaseState.allCases.map { ($0, counts[$0.rawValue] ?? 0) },
                                   overdue: overdue, dueSoon: dueSoon,
                                   representatives: try db.scalarInt("SELECT COUNT(*) FROM representative WHERE retired_at IS NULL"),
                                   opinions: try db.scalarInt("SELECT COUNT(*) FROM opinion"))
        }
    }
}

extension StationDatabase {
    /// Opinions recorded on each of the last `days` days, oldest first (for a sparkline).
    public func opinionsPerDay(days: Int) throws -> [Int] {
        let first = today.adding(days: -(days - 1))
        let counts = Dictionary(uniqueKeysWithValues: try db.query("""
            SELECT substr(created_at, 1, 10), COUNT(*) FROM opinion WHERE created_at >= ? GROUP BY 1
            """, [.text(first.description)]) { ($0.string(0), $0.int(1)) })
        return (0..<days).map { counts[first.adding(days: $0).description] ?? 0 }
    }
}
