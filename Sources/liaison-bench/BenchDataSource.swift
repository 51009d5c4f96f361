import LiaisonCore
import LiaisonTUI

/// The front desk's view of a station database, as the `liaison` executable
/// builds it (that type lives in the executable, so the bench has its own).
final class BenchDataSource: FrontDeskDataSource {
    let store: StationDatabase
    var station: StationDatabase? { store }

    init(store: StationDatabase) { self.store = store }

    func homeSummary() throws -> HomeSummary {
        let o = try store.overview()
        return HomeSummary(stationName: o.station.name, stationKind: o.station.kind.label,
                           openSessionTitle: o.openSession.map { "\($0.title) · \($0.place)" },
                           caseCounts: o.casesByState.map { CaseCount(label: $0.state.label, count: $0.count) },
                           overdueCount: o.overdue, userName: store.actor,
                           opinionsPerDay: try store.opinionsPerDay(days: 30))
    }

    func preference(_ key: String) -> String? { nil }
    func setPreference(_ key: String, _ value: String) {}
    func changeToken() -> Int64 { store.changeToken() }
}
