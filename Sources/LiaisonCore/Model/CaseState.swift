/// Where a case stands in the closed loop (闭环). Derived from its events.
public enum CaseState: String, Sendable, CaseIterable, Codable {
    case registered, triaged, resolvedOnSite, dispatched, replied, fedBack, closed, reopened, merged

    public var label: Bilingual {
        switch self {
        case .registered: return Bilingual("已登记", "registered")
        case .triaged: return Bilingual("已分类", "triaged")
        case .resolvedOnSite: return Bilingual("现场解决", "resolved on site")
        case .dispatched: return Bilingual("已交办", "dispatched")
        case .replied: return Bilingual("已答复", "replied")
        case .fedBack: return Bilingual("已反馈", "fed back")
        case .closed: return Bilingual("已办结", "closed")
        case .reopened: return Bilingual("重新办理", "reopened")
        case .merged: return Bilingual("已合并", "merged")
        }
    }

    /// Closed and merged cases take no more actions but notes.
    public var isOpen: Bool { self != .closed && self != .merged }

    /// States in which the handling clock runs toward the deadline: nobody has answered yet.
    public var awaitsAnswer: Bool {
        switch self {
        case .registered, .triaged, .dispatched, .reopened: return true
        default: return false
        }
    }

    public static func parse(_ text: String) -> CaseState? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue.lowercased() == t.lowercased() || $0.label.zh == t }
    }
}
