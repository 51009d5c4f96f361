/// 来访群众. Personal fields live apart, in `PersonalData`, and reach screens and
/// exports only through `Masking` unless a reveal is recorded.
public struct Visitor: Sendable, Hashable {
    public var id: String
    public var name: String
    public var anonymous: Bool
    /// 社区 / 村.
    public var community: String
    /// 网格.
    public var grid: String
    public var groupSize: Int

    public init(id: String, name: String, anonymous: Bool = false, community: String = "",
                grid: String = "", groupSize: Int = 1) {
        self.id = id
        self.name = name
        self.anonymous = anonymous
        self.community = community
        self.grid = grid
        self.groupSize = groupSize
    }

    public var displayName: Bilingual {
        anonymous || name.isEmpty ? Bilingual("匿名", "anonymous") : Bilingual(name, name)
    }
}
