/// 满意度: the visitor's answer when told the outcome.
public enum Satisfaction: String, Sendable, CaseIterable, Codable {
    case satisfied          // 满意
    case basicallySatisfied // 基本满意
    case dissatisfied       // 不满意
    case noAnswer           // 未表态 (no answer after the follow-up rules)

    public var label: Bilingual {
        switch self {
        case .satisfied: return Bilingual("满意", "satisfied")
        case .basicallySatisfied: return Bilingual("基本满意", "basically satisfied")
        case .dissatisfied: return Bilingual("不满意", "dissatisfied")
        case .noAnswer: return Bilingual("未表态", "no answer")
        }
    }

    public static func parse(_ text: String) -> Satisfaction? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue.lowercased() == t.lowercased() || $0.label.zh == t }
    }
}
