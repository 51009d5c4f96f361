/// One thing a search found. `title` and `detail` carry the matched
/// stretches; phone numbers appear only masked.
public struct SearchHit: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        case text, pinyin, phone
    }

    public let kind: SearchKind
    /// The record's key (representative, visitor, case or opinion id).
    public let id: String
    /// The case an opinion belongs to, or the case itself.
    public let caseID: String?
    public let title: Highlighted
    public let detail: Highlighted
    public let reason: Reason
    /// When the record was made (stored timestamp), for ordering and display.
    public let createdAt: String

    public init(kind: SearchKind, id: String, caseID: String? = nil, title: Highlighted, detail: Highlighted,
                reason: Reason, createdAt: String = "") {
        self.kind = kind
        self.id = id
        self.caseID = caseID
        self.title = title
        self.detail = detail
        self.reason = reason
        self.createdAt = createdAt
    }
}

/// The first screen of hits: people first, then cases, then opinions newest
/// first, no kind taking more than its share while others have hits.
public struct SearchResults: Sendable, Hashable {
    public let query: String
    public let hits: [SearchHit]
    /// True when some kind had more hits than were kept.
    public let truncated: Bool

    public init(query: String, hits: [SearchHit], truncated: Bool) {
        self.query = query
        self.hits = hits
        self.truncated = truncated
    }

    public static let empty = SearchResults(query: "", hits: [], truncated: false)

    /// Merges per-kind lists (each already best-first) into `limit` hits:
    /// first up to a fair share per kind, then the rest in kind order.
    static func merge(query: String, perKind: [(SearchKind, [SearchHit])], limit: Int) -> SearchResults {
        let active = perKind.filter { !$0.1.isEmpty }
        guard !active.isEmpty else { return SearchResults(query: query, hits: [], truncated: false) }
        let share = max(1, (limit + active.count - 1) / active.count)
        var taken = active.map { min($0.1.count, share) }
        var total = taken.reduce(0, +)
        var index = 0
        while total < limit, index < active.count {
            let extra = min(active[index].1.count - taken[index], limit - total)
            taken[index] += extra
            total += extra
            index += 1
        }
        var hits: [SearchHit] = []
        var truncated = false
        for (i, entry) in active.enumerated() {
            hits.append(contentsOf: entry.1.prefix(taken[i]))
            if entry.1.count > taken[i] { truncated = true }
        }
        return SearchResults(query: query, hits: Array(hits.prefix(limit)), truncated: truncated || hits.count > limit)
    }
}
