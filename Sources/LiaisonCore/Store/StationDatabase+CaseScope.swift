/// Lists by role: whoever is signed in (`signedIn`) sees the cases their role
/// allows (`AccessPolicy.caseScope`) in the queue (`CaseQuery.scope`, applied in
/// the queue's filter), the home counts and search results that lead to cases.
extension StationDatabase {
    /// The signed-in person's case scope; everything on a station without users yet.
    public var caseScope: CaseScope {
        signedIn.map(AccessPolicy.caseScope(for:)) ?? .all
    }

    /// True while no one can sign in (first run, the demo): commands and desks
    /// then work without a sign-in, as the station's first admin has not been made.
    public func isOpenStation() throws -> Bool {
        try !hasAdminWithCredential()
    }

    /// Who is acting, checked against the stored user: the signed-in person,
    /// nil on an open station, else `AccessError.signInRequired`.
    public func actingUser() throws -> User? {
        if let signedIn { return try currentUser(signedIn) }
        if try isOpenStation() { return nil }
        throw AccessError.signInRequired
    }

    /// Throws unless the acting person may do `permission` (an open station allows everything).
    @discardableResult
    public func requireActing(_ permission: Permission) throws -> User? {
        guard let user = try actingUser() else { return nil }
        try AccessPolicy.require(permission, user)
        return user
    }

    /// The ids of the cases a representative received or supervises, for `c.id IN (…)`;
    /// `parameter` is how the statement names the representative's id (`?`, `?1`).
    static func casesOfRepresentative(_ parameter: String) -> String {
        "SELECT case_id FROM opinion WHERE representative_id = \(parameter) "
            + "UNION SELECT case_id FROM case_supervisor WHERE representative_id = \(parameter)"
    }

    /// Whether a case is among those `scope` shows (a merged case counts by its own links).
    public func caseIsInScope(_ caseID: String, scope: CaseScope? = nil) throws -> Bool {
        switch scope ?? caseScope {
        case .all: return true
        case .none: return false
        case .representative(let rep):
            return try db.scalarInt("""
                SELECT EXISTS (SELECT 1 FROM opinion WHERE case_id = ?1 AND representative_id = ?2)
                    OR EXISTS (SELECT 1 FROM case_supervisor WHERE case_id = ?1 AND representative_id = ?2)
                """, [.text(caseID), .text(rep)]) == 1
        }
    }

    /// Throws `AccessError.caseOutOfScope` for a case the signed-in person may not see.
    public func requireCaseInScope(_ caseID: String) throws {
        guard try caseIsInScope(caseID) else { throw AccessError.caseOutOfScope }
    }

    /// Cases per state and overdue count within the signed-in person's scope,
    /// for the home screen; nil when they see every case (use `overview()`).
    public func scopedCaseCounts() throws -> (byState: [(state: CaseState, count: Int)], overdue: Int)? {
        let scope = caseScope
        if scope == .all { return nil }
        var counts: [String: Int] = [:]
        var overdue = 0
        if case .representative(let rep) = scope {
            let mine = Self.casesOfRepresentative("?1")
            try db.forEach("SELECT state, COUNT(*) FROM cases WHERE id IN (\(mine)) GROUP BY state", [.text(rep)]) { r in
                counts[r.string(0)] = r.int(1)
                return true
            }
            overdue = try db.scalarInt("""
                SELECT COUNT(*) FROM cases WHERE id IN (\(mine))
                AND state IN ('registered','triaged','dispatched','reopened') AND paused_since IS NULL AND due_date < ?2
                """, [.text(rep), .text(today.description)])
        }
        return (CaseState.allCases.map { ($0, counts[$0.rawValue] ?? 0) }, overdue)
    }

    /// Search within the signed-in person's scope: hits that lead to cases
    /// (cases, opinions) and visitors only when linked to their cases;
    /// representatives are public. Asks for more hits to fill the page after filtering.
    public func scopedSearch(_ query: SearchQuery) throws -> SearchResults {
        let scope = caseScope
        if scope == .all { return try search(query) }
        var wider = query
        wider.limit = min(500, query.limit * 5)
        let results = try search(wider)
        var kept: [SearchHit] = []
        for hit in results.hits where kept.count < query.limit {
            switch hit.kind {
            case .representative: kept.append(hit)
            case .visitor:
                if case .representative(let rep) = scope, try visitorIsLinked(visitorID: hit.id, representativeID: rep) { kept.append(hit) }
            case .caseRecord, .opinion:
                if let caseID = hit.caseID ?? (hit.kind == .caseRecord ? hit.id : nil), try caseIsInScope(caseID, scope: scope) {
                    kept.append(hit)
                }
            }
        }
        return SearchResults(query: results.query, hits: kept, truncated: results.truncated || kept.count >= query.limit)
    }
}

extension StationDatabase {
    /// A case action by the signed-in person: their role must allow it
    /// (`AccessPolicy.mayApply`) and the case be one they see — except taking
    /// supervision, which is how a case becomes a representative's own. On an
    /// open station (no users yet, the demo without a sign-in) it is `apply`.
    @discardableResult
    public func applyAsSignedIn(_ action: CaseAction, toCase caseID: String) throws -> CaseHistory {
        if let user = try actingUser() {
            guard AccessPolicy.mayApply(action, user) else { throw AccessError.notPermitted(.actOnCases, user.role) }
            if case .supervise = action {} else { try requireCaseInScope(caseID) }
        }
        return try apply(action, toCase: caseID)
    }
}
