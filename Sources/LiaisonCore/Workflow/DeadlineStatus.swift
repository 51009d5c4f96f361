/// 三色督办: on time, due within two working days, or overdue — derived, never stored.
public enum DeadlineStatus: String, Sendable, CaseIterable {
    case none      // no clock: answered, closed or merged
    case onTime
    case dueSoon
    case overdue
    case paused

    /// A symbol as well as a colour, so it reads on a mono terminal.
    public var symbol: String {
        switch self {
        case .none: return " "
        case .onTime: return "o"
        case .dueSoon: return "!"
        case .overdue: return "X"
        case .paused: return "="
        }
    }

    public var label: Bilingual {
        switch self {
        case .none: return Bilingual("—", "—")
        case .onTime: return Bilingual("按期", "on time")
        case .dueSoon: return Bilingual("临期", "due soon")
        case .overdue: return Bilingual("逾期", "overdue")
        case .paused: return Bilingual("暂停", "paused")
        }
    }
}
