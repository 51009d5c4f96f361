/// What the intake screen needs besides saving: candidates for "similar open
/// cases", and a returning visitor's history.
extension StationDatabase {
    /// Open cases (newest first) with their opinions' text, for `SimilarCaseFinder`: a walk of
    /// the open cases' own index in that order (migration "card"), not a sort of every open case.
    /// A signed-in representative gets only cases in their own scope.
    public func similarCaseCandidates(limit: Int = 5000) throws -> [SimilarCaseFinder.Candidate] {
        var scope = "", args: [SQLValue] = [.integer(Int64(limit))]
        switch caseScope {
        case .all: break
        case .none: return []
        case .representative(let me):
            scope = "AND c.id IN (\(Self.casesOfRepresentative("?2")))"
            args.append(.text(me))
        }
        return try db.query("""
            SELECT \(Self.caseColumns), (SELECT group_concat(o.text, ' ') FROM opinion o WHERE o.case_id = c.id)
            FROM cases c INDEXED BY cases_open_recent WHERE c.state NOT IN ('closed', 'merged') \(scope)
            ORDER BY c.created_at DESC LIMIT ?1
            """, args) { SimilarCaseFinder.Candidate(caseRecord: Self.caseRow($0), text: $0.string(3) + " " + $0.string(15)) }
    }

    /// The same candidates for the given cases (those still open), e.g. the ones a desk just
    /// registered, so the next form can match them without reading every candidate again.
    public func similarCaseCandidates(caseIDs: [String]) throws -> [SimilarCaseFinder.Candidate] {
        try caseIDs.filter { try caseIsInScope($0) }.compactMap { id in
            try db.queryOne("""
                SELECT \(Self.caseColumns), (SELECT group_concat(o.text, ' ') FROM opinion o WHERE o.case_id = c.id)
                FROM cases c WHERE c.id = ? AND c.state NOT IN ('closed', 'merged')
                """, [.text(id)]) { SimilarCaseFinder.Candidate(caseRecord: Self.caseRow($0), text: $0.string(3) + " " + $0.string(15)) }
        }
    }
}
