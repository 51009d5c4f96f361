/// 法规草案征求意见 / 监督议题: an item pushed down to stations for opinions.
public struct Consultation: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case legislation, supervision

        public var label: Bilingual {
            self == .legislation ? Bilingual("法规草案征求意见", "draft regulation") : Bilingual("监督议题", "supervision topic")
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var issuer: String
    public var summary: String
    public var clauseCount: Int
    public var deadline: CivilDate

    public init(id: String, kind: Kind, title: String, issuer: String, summary: String = "",
                clauseCount: Int = 0, deadline: CivilDate) {
        self.id = id
        self.kind = kind
        self.title = title
        self.issuer = issuer
        self.summary = summary
        self.clauseCount = clauseCount
        self.deadline = deadline
    }
}
