import Foundation
import LiaisonCore
import LiaisonTUI

/// The front desk's view of the station database.
final class StationDataSource: FrontDeskDataSource {
    let store: StationDatabase

    init(store: StationDatabase) {
        self.store = store
    }

    var station: StationDatabase? { store }

    func homeSummary() throws -> HomeSummary {
        let o = try store.overview()
        // A representative signed in counts only their own cases.
        let scoped = try store.scopedCaseCounts()
        return HomeSummary(stationName: o.station.name, stationKind: o.station.kind.label,
                           openSessionTitle: o.openSession.map { "\($0.title) · \($0.place)" },
                           caseCounts: (scoped?.byState ?? o.casesByState).map { CaseCount(label: $0.state.label, count: $0.count) },
                           overdueCount: scoped?.overdue ?? o.overdue, userName: store.actor,
                           opinionsPerDay: try store.opinionsPerDay(days: 30))
    }

    func preference(_ key: String) -> String? {
        store.preference(user: store.actor, key: key)
    }

    func setPreference(_ key: String, _ value: String) {
        try? store.setPreference(user: store.actor, key: key, value: value)
    }

    func changeToken() -> Int64 {
        store.changeToken()
    }

    func saveDraft(_ key: String, _ text: String?) {
        if let text, !text.isEmpty {
            try? store.saveDraft(slot: store.actor + "/" + key, form: key, payload: text)
        } else {
            try? store.discardDraft(slot: store.actor + "/" + key)
        }
    }

    func draft(_ key: String) -> String? {
        (try? store.draft(slot: store.actor + "/" + key))??.payload
    }
}
