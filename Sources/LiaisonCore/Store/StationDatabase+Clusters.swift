/// Clusters of open opinions: proposed by `ClusterProposer`, accepted, split,
/// merged, named and dissolved here. Rows are never deleted (status instead);
/// membership moves with the opinion.
extension StationDatabase {
    static let candidateSelect = """
        SELECT o.id, o.case_id, c.number, o.visitor_id, o.category, v.community, o.text, o.created_at
        FROM opinion o JOIN cases c ON c.id = o.case_id JOIN visitor v ON v.id = o.visitor_id
        """

    static func candidateRow(_ r: Row) -> ClusterCandidate {
        ClusterCandidate(opinionID: r.string(0), caseID: r.string(1), caseNumber: r.string(2), visitorID: r.string(3),
                         category: r.string(4), community: r.string(5), text: r.string(6), createdAt: r.string(7))
    }

    /// The open states spelled out, so the (state, due_date) index drives the scan from the few open cases.
    static let openStates = CaseState.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Open opinions not yet in an open cluster, newest first (at most `limit`).
    public func clusterCandidates(since: CivilDate? = nil, limit: Int = 5_000) throws -> [ClusterCandidate] {
        try db.query("""
            \(Self.candidateSelect)
            WHERE c.state IN (\(Self.openStates)) AND o.created_at >= ?
              AND NOT EXISTS (SELECT 1 FROM cluster_member m JOIN cluster k ON k.id = m.cluster_id
                              WHERE m.opinion_id = o.id AND k.status = 'open')
            ORDER BY o.created_at DESC LIMIT ?
            """, [.text(since?.description ?? ""), .integer(Int64(limit))], Self.candidateRow)
    }

    /// Proposals among open, unclustered opinions. Nothing is written.
    public func proposeClusters(since: CivilDate? = nil, proposer: ClusterProposer = ClusterProposer()) throws -> [ClusterProposal] {
        proposer.propose(try clusterCandidates(since: since))
    }

    static let clusterSelect = """
        SELECT k.id, k.name, k.category, k.community, k.status, k.merged_into, k.created_at,
               (SELECT COUNT(*) FROM cluster_member m WHERE m.cluster_id = k.id),
               (SELECT s.id FROM suggestion s WHERE s.cluster_id = k.id)
        FROM cluster k
        """

    static func clusterRow(_ r: Row) -> Cluster {
        Cluster(id: r.string(0), name: r.string(1), category: r.string(2), community: r.string(3),
                status: Cluster.Status(rawValue: r.string(4)) ?? .open, mergedInto: r.optionalString(5),
                memberCount: r.int(7), suggestionID: r.optionalString(8), createdAt: r.string(6))
    }

    public func cluster(id: String) throws -> Cluster? {
        try db.queryOne("\(Self.clusterSelect) WHERE k.id = ?", [.text(id)], Self.clusterRow)
    }

    /// Open clusters, largest first (all when `includeClosed`).
    public func clusters(includeClosed: Bool = false) throws -> [Cluster] {
        try db.query("""
            \(Self.clusterSelect) WHERE k.status = 'open' OR ? ORDER BY 8 DESC, k.created_at
            """, [.integer(includeClosed ? 1 : 0)], Self.clusterRow)
    }

    public func clusterMembers(id: String) throws -> [ClusterCandidate] {
        try db.query("""
            \(Self.candidateSelect) JOIN cluster_member m ON m.opinion_id = o.id WHERE m.cluster_id = ? ORDER BY o.created_at
            """, [.text(id)], Self.candidateRow)
    }

    /// Stores a cluster of the given opinions (from a proposal, or picked by hand).
    /// Opinions in another open cluster move to this one.
    @discardableResult
    public func acceptCluster(opinionIDs: [String], name: String) throws -> Cluster {
        let ids = Array(Set(opinionIDs))
        guard !ids.isEmpty else { throw ClusterError.emptySelection }
        let clean = try TextNormalizer.field(name, name: Bilingual("聚类名称", "Cluster name"), limit: FieldLimits.shortText, required: true)
        return try db.write {
            var members: [ClusterCandidate] = []
            for id in ids {
                guard let m = try db.queryOne("\(Self.candidateSelect) WHERE o.id = ? AND c.state NOT IN ('closed', 'merged')",
                                              [.text(id)], Self.candidateRow) else { throw ClusterError.opinionNotOpen(id) }
                members.append(m)
            }
            let category = Self.mostCommon(members.map(\.category))
            let communities = members.map(\.community).filter { !$0.isEmpty }
            let community = Self.mostCommon(communities)
            let shared = communities.filter { $0 == community }.count * 2 > members.count ? community : ""
            let id = newKey(), stamp = timestamp()
            try db.execute("""
                INSERT INTO cluster(id, name, category, community, status, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, 'open', ?, ?, ?)
                """, id, clean, category, shared, stamp, actor, stamp)
            try moveMembers(ids, to: id, stamp: stamp)
            try audit(action: "cluster.accept", subject: "cluster:\(id)", reason: "\(ids.count)")
            return try cluster(id: id)!
        }
    }

    private func moveMembers(_ ids: [String], to clusterID: String, stamp: String) throws {
        for id in ids {
            try db.execute("""
                INSERT INTO cluster_member(opinion_id, cluster_id, added_at) VALUES (?, ?, ?)
                ON CONFLICT(opinion_id) DO UPDATE SET cluster_id = excluded.cluster_id, added_at = excluded.added_at
                """, id, clusterID, stamp)
        }
    }

    static func mostCommon(_ values: [String]) -> String {
        let counts = Dictionary(grouping: values, by: { $0 }).mapValues(\.count)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }

    private func openCluster(_ id: String) throws -> Cluster {
        guard let c = try cluster(id: id) else { throw ClusterError.unknownCluster(id) }
        guard c.status == .open else { throw ClusterError.clusterNotOpen(c.name) }
        return c
    }

    public func renameCluster(id: String, name: String) throws {
        let clean = try TextNormalizer.field(name, name: Bilingual("聚类名称", "Cluster name"), limit: FieldLimits.shortText, required: true)
        try db.write {
            _ = try openCluster(id)
            try db.execute("UPDATE cluster SET name = ?, updated_at = ? WHERE id = ?", clean, timestamp(), id)
        }
    }

    /// Moves the chosen members out into a new cluster.
    @discardableResult
    public func splitCluster(id: String, opinionIDs: [String], newName: String) throws -> Cluster {
        try db.write {
            _ = try openCluster(id)
            let members = Set(try clusterMembers(id: id).map(\.opinionID))
            guard !opinionIDs.isEmpty else { throw ClusterError.emptySelection }
            guard Set(opinionIDs).isSubset(of: members) else { throw ClusterError.notMembers }
            return try acceptCluster(opinionIDs: opinionIDs, name: newName)
        }
    }

    /// Moves every member of `sources` into `target`; the sources are marked merged.
    public func mergeClusters(_ sources: [String], into target: String) throws {
        try db.write {
            _ = try openCluster(target)
            let stamp = timestamp()
            for source in sources where source != target {
                let c = try openCluster(source)
                guard c.suggestionID == nil else { throw ClusterError.alreadySuggested(c.name) }
                try moveMembers(try clusterMembers(id: source).map(\.opinionID), to: target, stamp: stamp)
                try db.execute("UPDATE cluster SET status = 'merged', merged_into = ?, updated_at = ? WHERE id = ?", target, stamp, source)
            }
            try db.execute("UPDATE cluster SET updated_at = ? WHERE id = ?", stamp, target)
        }
    }

    /// Adds opinions (moving them from any other cluster).
    public func addToCluster(id: String, opinionIDs: [String]) throws {
        try db.write {
            _ = try openCluster(id)
            for o in opinionIDs where try db.queryOne("\(Self.candidateSelect) WHERE o.id = ?", [.text(o)], Self.candidateRow) == nil {
                throw ClusterError.opinionNotOpen(o)
            }
            try moveMembers(opinionIDs, to: id, stamp: timestamp())
        }
    }

    /// Takes opinions out of their cluster (they become candidates again).
    public func removeFromCluster(id: String, opinionIDs: [String]) throws {
        try db.write {
            _ = try openCluster(id)
            for o in opinionIDs { try db.execute("DELETE FROM cluster_member WHERE opinion_id = ? AND cluster_id = ?", o, id) }
            try db.execute("UPDATE cluster SET updated_at = ? WHERE id = ?", timestamp(), id)
        }
    }

    /// Gives up a cluster: its opinions become candidates again.
    public func dissolveCluster(id: String) throws {
        try db.write {
            let c = try openCluster(id)
            guard c.suggestionID == nil else { throw ClusterError.alreadySuggested(c.name) }
            try db.execute("DELETE FROM cluster_member WHERE cluster_id = ?", id)
            try db.execute("UPDATE cluster SET status = 'dissolved', updated_at = ? WHERE id = ?", timestamp(), id)
        }
    }
}
