/// "My queue" for a representative: cases they received and cases they
/// supervise (代表督事), overdue first; and the four lists (四张清单).
public struct RepresentativeQueue: Sendable {
    public let representative: Representative
    public let cases: [CaseSummary]
    public let lists: FourLists
}

/// 工作 / 问题 / 建议 / 成果: work, problem, suggestion and result lists.
public struct FourLists: Sendable {
    /// Sessions attended (work list).
    public let work: [ReceptionSession]
    /// Open cases received or supervised (problem list).
    public let problems: [CaseSummary]
    /// Opinions on consultations and legislation the representative carried (suggestion list).
    public let suggestions: [Opinion]
    /// Closed cases with their satisfaction (result list).
    public let results: [CaseSummary]
}

extension StationDatabase {
    public func representativeQueue(representativeID: String) throws -> RepresentativeQueue {
        guard let rep = try representative(id: representativeID) else { throw WorkflowError.unknownRepresentative(representativeID) }
        var q = CaseQuery()
        q.representativeID = representativeID
        q.limit = 1000
        let all = try cases(q)
        let rank: (DeadlineStatus) -> Int = { [.overdue: 0, .dueSoon: 1, .paused: 2, .onTime: 3, .none: 4][$0] ?? 5 }
        let sorted = all.sorted { a, b in
            let (ra, rb) = (rank(a.status), rank(b.status))
            if ra != rb { return ra < rb }
            return (a.dueDate?.dayNumber ?? .max) < (b.dueDate?.dayNumber ?? .max)
        }
        let work = try db.query("""
            SELECT \(Self.sessionColumns.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
            FROM reception_session s JOIN session_attendance a ON a.session_id = s.id
            WHERE a.representative_id = ? ORDER BY s.starts_at DESC
            """, [.text(representativeID)], Self.sessionRow)
        let suggestions = try db.query("""
            SELECT \(Self.opinionColumns) FROM opinion
            WHERE representative_id = ? AND (consultation_id IS NOT NULL OR category = 'legislation') ORDER BY created_at DESC
            """, [.text(representativeID)], Self.opinionRow)
            // Another representative's card, seen by a representative: only what they carried
            // themselves or what belongs to a case in their own scope.
            .filter { o in
                switch caseScope {
                case .all: return true
                case .none: return false
                case .representative(let me): return try o.representativeID == me || caseIsInScope(o.caseID)
                }
            }
        let lists = FourLists(work: work, problems: sorted.filter { $0.caseRecord.state.isOpen }, suggestions: suggestions,
                              results: all.filter { $0.caseRecord.state == .closed })
        return RepresentativeQueue(representative: rep, cases: sorted.filter { $0.caseRecord.state.isOpen }, lists: lists)
    }
}
