import LiaisonCore

/// The places the front desk can go, in the order of their F-keys.
public enum Destination: Int, CaseIterable, Sendable {
    case home = 1      // F1 is help; home is reached by Esc
    case intake = 2
    case representatives = 3
    case cases = 4
    case sessions = 5
    case reports = 6
    case sync = 7

    public var title: Bilingual {
        switch self {
        case .home: return Catalogue.home
        case .intake: return Catalogue.intake
        case .representatives: return Catalogue.representatives
        case .cases: return Catalogue.cases
        case .sessions: return Catalogue.sessions
        case .reports: return Catalogue.reports
        case .sync: return Catalogue.sync
        }
    }

    /// The F-key that opens it (none for home).
    public var functionKey: Int? { self == .home ? nil : rawValue }
}
