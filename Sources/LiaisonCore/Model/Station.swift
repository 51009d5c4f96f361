/// 代表联络站 or 联络点: where reception happens.
public struct Station: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case station
        case outpost

        public var label: Bilingual {
            self == .station ? Bilingual("代表联络站", "liaison station") : Bilingual("联络点", "outpost")
        }
    }

    public var id: String
    public var code: String
    public var kind: Kind
    public var name: String
    public var parentID: String?
    public var district: String
    public var address: String
    public var phone: String
    public var baseURL: String?
    public var casePrefix: String

    public init(id: String, code: String, kind: Kind, name: String, parentID: String? = nil,
                district: String = "", address: String = "", phone: String = "",
                baseURL: String? = nil, casePrefix: String = "DS") {
        self.id = id
        self.code = code
        self.kind = kind
        self.name = name
        self.parentID = parentID
        self.district = district
        self.address = address
        self.phone = phone
        self.baseURL = baseURL
        self.casePrefix = casePrefix
    }
}
