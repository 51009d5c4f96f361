/// 承办单位 / 基层治理四平台: who a case is dispatched to.
public struct Department: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
    public var phone: String

    public init(id: String, name: String, kind: String = "", phone: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.phone = phone
    }
}
