/// What the intake screen needs besides saving: candidates for "similar open
/// cases", and a returning visitor's history.
extension StationDatabase {
    /// Open cases (newest first) with their opinions' text, for `SimilarCaseFinder`.
    public func similarCaseCandidates(limit: Int = 5000) throws -> [SimilarCaseFinder.Candidate] {
        try db.query("""
            SELECT \(Self.caseColumns), (SELECT group_concat(o.text, ' ') FROM opinion o WHERE o.case_id = c.id)
            FROM cases c WHERE c.state NOT IN ('closed', 'merged') ORDER BY c.created_at DESC LIMIT ?
            """, [.integer(Int64(limit))]) { SimilarCaseFinder.Candidate(caseRecord: Self.caseRow($0), text: $0.string(3) + " " + $0.string(15)) }
    }
}
