import LiaisonTUI

/// The screens the front desk opens for each F-key. A destination missing here
/// shows the shell's "not built yet" screen.
enum ScreenRegistry {
    static var screens: [Destination: @Sendable () -> any Screen] {
        let s: [Destination: @Sendable () -> any Screen] = [:]
        return s
    }
}
