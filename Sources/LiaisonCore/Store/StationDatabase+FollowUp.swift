/// 回访: the follow-up worklist — cases answered (replied or resolved on site)
/// but not yet fed back to the visitor, oldest first — and the one place where
/// a visitor's phone number is shown in full, with the reveal recorded.
public struct FollowUpItem: Sendable, Hashable {
    public let caseRecord: Case
    public let answeredAt: String
    public let answer: String
    public let visitors: [FollowUpVisitor]
}

public struct FollowUpVisitor: Sendable, Hashable {
    public let visitorID: String
    public let name: Bilingual
    public let maskedPhone: String
}

extension StationDatabase {
    public func followUpWorklist(limit: Int = 200) throws -> [FollowUpItem] {
        // Like the queue, the list follows the signed-in person's scope.
        var scope = ""
        var args: [SQLValue] = []
        switch caseScope {
        case .all: break
        case .none: return []
        case .representative(let rep):
            scope = "AND c.id IN (\(Self.casesOfRepresentative("?")))"
            args = [.text(rep), .text(rep)]
        }
        let rows = try db.query("""
            SELECT \(Self.caseColumns),
                   (SELECT e.at FROM case_event e WHERE e.case_id = c.id AND e.to_state IN ('replied', 'resolvedOnSite') ORDER BY e.seq DESC LIMIT 1),
                   (SELECT e.note FROM case_event e WHERE e.case_id = c.id AND e.to_state IN ('replied', 'resolvedOnSite') ORDER BY e.seq DESC LIMIT 1)
            FROM cases c WHERE c.state IN ('replied', 'resolvedOnSite') \(scope) ORDER BY 16 LIMIT ?
            """, args + [.integer(Int64(limit))]) { (Self.caseRow($0), $0.string(15), $0.string(16)) }
        return try rows.map { c, at, answer in
            FollowUpItem(caseRecord: c, answeredAt: at, answer: answer, visitors: try followUpVisitors(caseID: c.id))
        }
    }

    /// Every visitor behind a case, merged cases included: each keeps their own follow-up.
    public func followUpVisitors(caseID: String) throws -> [FollowUpVisitor] {
        try db.query("""
            SELECT DISTINCT v.id, v.name, v.anonymous, p.phone FROM opinion o
            JOIN visitor v ON v.id = o.visitor_id LEFT JOIN visitor_personal p ON p.visitor_id = v.id
            WHERE o.case_id = ? OR o.case_id IN (SELECT id FROM cases WHERE merged_into = ?)
            ORDER BY o.created_at
            """, [.text(caseID), .text(caseID)]) {
            let visitor = Visitor(id: $0.string(0), name: $0.string(1), anonymous: $0.bool(2))
            return FollowUpVisitor(visitorID: visitor.id, name: visitor.displayName, maskedPhone: Masking.phone($0.string(3)))
        }
    }

    /// The full phone number for a follow-up call, recorded in the audit log
    /// with the case number (and the caller's words, if any). Role-checked for
    /// the signed-in person (`AccessPolicy.revealRule(for:at: .followUpCall)`);
    /// on a station without users yet it is only recorded.
    public func revealPhoneForFollowUp(caseID: String, visitorID: String, reason: String = "") throws -> String {
        let number = try caseRecord(id: caseID)?.number ?? caseID
        let said = TextNormalizer.line(reason)
        let why = "回访 follow-up call \(number)" + (said.isEmpty ? "" : " · " + said)
        guard let user = try actingUser() else {
            try requireAwaitingFollowUp(caseID: caseID, visitorID: visitorID)
            return try revealPersonalData(visitorID: visitorID, reason: why).phone
        }
        return try reveal(visitorID: visitorID, reason: why, by: user, at: .followUpCall, caseID: caseID).phone
    }

    /// The case awaits its follow-up call (replied or resolved on site) and the visitor is behind it.
    func requireAwaitingFollowUp(caseID: String?, visitorID: String) throws {
        guard let caseID, let record = try caseRecord(id: caseID),
              [.replied, .resolvedOnSite].contains(record.state),
              try followUpVisitors(caseID: caseID).contains(where: { $0.visitorID == visitorID }) else {
            throw AccessError.notAwaitingFollowUp
        }
    }
}
