import Foundation

/// 接待活动: one sitting, with representatives and officials present.
public struct ReceptionSession: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case daily, nightChat, themed, agencyVisit, appointment, mobile

        public var label: Bilingual {
            switch self {
            case .daily: return Bilingual("日常接待", "daily reception")
            case .nightChat: return Bilingual("代表夜聊", "night chat")
            case .themed: return Bilingual("主题接待", "themed session")
            case .agencyVisit: return Bilingual("一府两院进站", "agency visit")
            case .appointment: return Bilingual("代表有约", "appointment")
            case .mobile: return Bilingual("站外流动", "mobile reception")
            }
        }
    }

    public var id: String
    public var stationID: String
    public var kind: Kind
    public var title: String
    public var place: String
    public var startsAt: String
    public var closedAt: String?

    public init(id: String, stationID: String, kind: Kind, title: String, place: String,
                startsAt: String, closedAt: String? = nil) {
        self.id = id
        self.stationID = stationID
        self.kind = kind
        self.title = title
        self.place = place
        self.startsAt = startsAt
        self.closedAt = closedAt
    }

    public var isOpen: Bool { closedAt == nil }
}
