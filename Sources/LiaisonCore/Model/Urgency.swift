/// How urgent an opinion or case is.
public enum Urgency: String, CaseIterable, Sendable, Codable {
    case normal
    case urgent
    case critical

    public var label: Bilingual {
        switch self {
        case .normal: return Bilingual("一般", "normal")
        case .urgent: return Bilingual("紧急", "urgent")
        case .critical: return Bilingual("特急", "critical")
        }
    }

    public static func parse(_ text: String) -> Urgency? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.isEmpty { return .normal }
        return allCases.first { $0.rawValue == t || $0.label.zh == t }
    }
}
