/// 意见聚类: open opinions about one underlying problem ("one matter → one kind
/// of matter"), accepted and named at the workbench; it may grow into a Suggestion.
public struct Cluster: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case open, merged, dissolved
    }

    public let id: String
    public var name: String
    public var category: String
    /// The community most of its members come from ('' when mixed or unknown).
    public var community: String
    public var status: Status
    public var mergedInto: String?
    public var memberCount: Int
    /// The suggestion grown from it, if any.
    public var suggestionID: String?
    public var createdAt: String

    public init(id: String, name: String, category: String, community: String, status: Status, mergedInto: String?,
                memberCount: Int, suggestionID: String?, createdAt: String) {
        self.id = id
        self.name = name
        self.category = category
        self.community = community
        self.status = status
        self.mergedInto = mergedInto
        self.memberCount = memberCount
        self.suggestionID = suggestionID
        self.createdAt = createdAt
    }
}

/// One opinion in a cluster (or a proposal), as the workbench lists it.
public struct ClusterCandidate: Sendable, Hashable {
    public let opinionID: String
    public let caseID: String
    public let caseNumber: String
    public let visitorID: String
    public let category: String
    public let community: String
    public let text: String
    public let createdAt: String

    public init(opinionID: String, caseID: String, caseNumber: String, visitorID: String, category: String,
                community: String, text: String, createdAt: String) {
        self.opinionID = opinionID
        self.caseID = caseID
        self.caseNumber = caseNumber
        self.visitorID = visitorID
        self.category = category
        self.community = community
        self.text = text
        self.createdAt = createdAt
    }
}

/// A cluster the tool proposes; nothing is stored until it is accepted.
public struct ClusterProposal: Sendable, Hashable {
    public let members: [ClusterCandidate]
    public let category: String
    public let community: String
    public let suggestedName: String
    /// Mean similarity of members to the most central one (0…1).
    public let cohesion: Double

    public var opinionIDs: [String] { members.map(\.opinionID) }
}
