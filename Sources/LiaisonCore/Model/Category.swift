/// 分类: the kind of matter an opinion raises, with its SLA in working days and
/// keyword hints for suggesting it while the receptionist types. Loaded from Data/.
public struct Category: Sendable, Hashable {
    public let code: String
    public let name: Bilingual
    public let slaDays: Int
    public let defaultLevel: HandlingLevel
    public let keywords: [String]

    public init(code: String, name: Bilingual, slaDays: Int, defaultLevel: HandlingLevel, keywords: [String]) {
        self.code = code
        self.name = name
        self.slaDays = slaDays
        self.defaultLevel = defaultLevel
        self.keywords = keywords
    }
}
