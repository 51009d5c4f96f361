/// 分级: who is expected to handle an opinion.
public enum HandlingLevel: String, CaseIterable, Sendable, Codable {
    case onSite      // 现场答复
    case station     // 站内协调
    case township    // 乡镇（街道）办理
    case county      // 县级部门办理
    case higher      // 上级人大 / 部门

    public var label: Bilingual {
        switch self {
        case .onSite: return Bilingual("现场答复", "on site")
        case .station: return Bilingual("站内协调", "station")
        case .township: return Bilingual("乡镇街道", "township")
        case .county: return Bilingual("县级部门", "county")
        case .higher: return Bilingual("上级转办", "higher level")
        }
    }

    public static func parse(_ text: String) -> HandlingLevel? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue.lowercased() == t.lowercased() || $0.label.zh == t }
    }
}
