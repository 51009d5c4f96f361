import LiaisonTUI

/// The screens the front desk opens for each F-key. A destination missing here
/// shows the shell's "not built yet" screen.
enum ScreenRegistry {
    /// `representativeID` (from `--representative CODE`) opens that representative's own case queue.
    static func screens(representativeID: String? = nil) -> [Destination: @Sendable () -> any Screen] {
        var s: [Destination: @Sendable () -> any Screen] = [:]
        s[.intake] = { IntakeScreen() }
        s[.representatives] = { RepresentativesScreen(open: representativeID) }
        s[.cases] = { CaseQueueScreen(representativeID: representativeID) }
        s[.reports] = { ReportsScreen() }
        s[.sync] = { SyncScreen() }
        s[.sessions] = { SessionScreen() }
        return s
    }
}
