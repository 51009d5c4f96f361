/// Proposes clusters among open opinions about one underlying problem: the
/// same category and the same community (社区/村; opinions without one form
/// their own group), linked when their character 2-gram Dice similarity
/// reaches a threshold; connected groups of `minimumSize` or more are
/// proposed, largest first. A problem spanning communities is joined at the
/// workbench (merge). Pure: the store supplies candidates.
public struct ClusterProposer: Sendable {
    public var threshold: Double
    public var minimumSize: Int

    public init(threshold: Double = 0.25, minimumSize: Int = 2) {
        self.threshold = threshold
        self.minimumSize = minimumSize
    }

    public func propose(_ candidates: [ClusterCandidate]) -> [ClusterProposal] {
        var proposals: [ClusterProposal] = []
        let groups = Dictionary(grouping: candidates, by: { $0.category + "\u{1F}" + $0.community })
        for key in groups.keys.sorted() {
            proposals += propose(inGroup: groups[key]!)
        }
        // A total order (ties broken by the first opinion's key), so that proposal N
        // is the same proposal in `liaison cluster propose` and a later `accept N`.
        return proposals.sorted {
            ($0.members.count, $0.cohesion, $1.members[0].opinionID) > ($1.members.count, $1.cohesion, $0.members[0].opinionID)
        }
    }

    private func propose(inGroup items: [ClusterCandidate]) -> [ClusterProposal] {
        guard items.count >= minimumSize else { return [] }
        let grams = items.map { TextSimilarity.grams($0.text) }
        // Inverted index: only pairs sharing a 2-gram are compared; in a big
        // group, 2-grams found in over half the texts carry no signal and are skipped.
        var postings: [UInt64: [Int]] = [:]
        for (i, g) in grams.enumerated() { for gram in g { postings[gram, default: []].append(i) } }
        let ubiquitous = max(50, items.count / 2)
        var parent = Array(items.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for i in items.indices {
            var seen = Set<Int>()
            for gram in grams[i] {
                guard let list = postings[gram], list.count <= ubiquitous else { continue }
                for j in list where j > i { seen.insert(j) }
            }
            for j in seen where root(i) != root(j) {
                if TextSimilarity.dice(grams[i], grams[j]) >= threshold {
                    parent[root(j)] = root(i)
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in items.indices { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count >= minimumSize }.map { indices in
            proposal(indices.sorted { items[$0].createdAt < items[$1].createdAt }, items, grams)
        }
    }

    private func proposal(_ indices: [Int], _ items: [ClusterCandidate], _ grams: [Set<UInt64>]) -> ClusterProposal {
        // The medoid (highest total similarity) names the cluster.
        var best = indices[0], bestTotal = -1.0
        for i in indices {
            let total = indices.reduce(0.0) { $0 + ($1 == i ? 0 : TextSimilarity.dice(grams[i], grams[$1])) }
            if total > bestTotal { best = i; bestTotal = total }
        }
        let cohesion = indices.count > 1 ? bestTotal / Double(indices.count - 1) : 1
        let communities = Dictionary(grouping: indices.map { items[$0].community }.filter { !$0.isEmpty }, by: { $0 })
        let top = communities.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
        let community = (top?.value.count ?? 0) * 2 > indices.count ? top!.key : ""
        let title = StationDatabase.title(from: items[best].text)
        let short = title.count > 24 ? String(title.prefix(24)) + "..." : title
        let name = community.isEmpty ? short : "\(community)：\(short)"
        return ClusterProposal(members: indices.map { items[$0] }, category: items[best].category, community: community,
                               suggestedName: name, cohesion: cohesion)
    }
}
