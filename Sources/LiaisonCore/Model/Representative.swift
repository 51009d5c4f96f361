/// 人大代表: one of the five levels; carries a personal code (亮码).
public struct Representative: Sendable, Hashable {
    public enum Level: String, Sendable, CaseIterable, Codable {
        case national, provincial, municipal, county, township

        public var label: Bilingual {
            switch self {
            case .national: return Bilingual("全国人大代表", "national")
            case .provincial: return Bilingual("省人大代表", "provincial")
            case .municipal: return Bilingual("市人大代表", "municipal")
            case .county: return Bilingual("县（区）人大代表", "county")
            case .township: return Bilingual("乡镇人大代表", "township")
            }
        }

        /// Accepts the English name, the Chinese label, or a short Chinese form (全国, 省, 市, 县, 区, 乡, 镇, 街道).
        public static func parse(_ text: String) -> Level? {
            let t = text.trimmingCharacters(in: .whitespaces)
            if let level = allCases.first(where: { $0.rawValue == t.lowercased() || $0.label.zh == t }) { return level }
            if t.hasPrefix("全国") { return .national }
            if t.hasPrefix("省") { return .provincial }
            if t.hasPrefix("市") { return .municipal }
            if t.hasPrefix("县") || t.hasPrefix("区") { return .county }
            if t.hasPrefix("乡") || t.hasPrefix("镇") || t.hasPrefix("街道") { return .township }
            return nil
        }
    }

    public var id: String
    public var code: String
    public var name: String
    public var level: Level
    public var stationID: String
    public var district: String
    /// 代表小组 (delegation group).
    public var group: String
    public var phone: String

    public init(id: String, code: String, name: String, level: Level, stationID: String,
                district: String = "", group: String = "", phone: String = "") {
        self.id = id
        self.code = code
        self.name = name
        self.level = level
        self.stationID = stationID
        self.district = district
        self.group = group
        self.phone = phone
    }
}
