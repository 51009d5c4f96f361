/// Representatives' suggestions grown from clusters, their handling, and the
/// fan-out of an answer to every visitor behind them.
extension StationDatabase {
    static let suggestionColumns = """
        id, cluster_id, title, body, representative_id, state, department_id, answer, rating, created_at,
        submitted_at, answered_at, closed_at
        """

    static func suggestionRow(_ r: Row) -> Suggestion {
        Suggestion(id: r.string(0), clusterID: r.string(1), title: r.string(2), body: r.string(3),
                   representativeID: r.optionalString(4), state: Suggestion.State(rawValue: r.string(5)) ?? .drafted,
                   departmentID: r.optionalString(6), answer: r.string(7), rating: r.optionalString(8).flatMap(Satisfaction.init),
                   createdAt: r.string(9), submittedAt: r.optionalString(10), answeredAt: r.optionalString(11),
                   closedAt: r.optionalString(12))
    }

    public func suggestion(id: String) throws -> Suggestion? {
        try db.queryOne("SELECT \(Self.suggestionColumns) FROM suggestion WHERE id = ?", [.text(id)], Self.suggestionRow)
    }

    public func suggestions(state: Suggestion.State? = nil) throws -> [Suggestion] {
        try db.query("SELECT \(Self.suggestionColumns) FROM suggestion WHERE ? = '' OR state = ? ORDER BY created_at DESC",
                     [.text(state?.rawValue ?? ""), .text(state?.rawValue ?? "")], Self.suggestionRow)
    }

    /// The title and text a suggestion from this cluster starts from (the
    /// workbench and `liaison suggestion draft` offer it for editing): the
    /// cluster's name, and who raised what, in Chinese as suggestions travel upward.
    public func suggestionDraft(clusterID: String) throws -> (title: String, body: String) {
        guard let c = try cluster(id: clusterID) else { throw ClusterError.unknownCluster(clusterID) }
        let members = try clusterMembers(id: clusterID)
        let category = category(c.category)?.name.zh ?? c.category
        let place = c.community.isEmpty ? "" : c.community
        // A proposed name starts "清溪社区：…"; the sentence names the place once.
        let matter = place.isEmpty ? c.name : String(c.name.dropFirst(c.name.hasPrefix(place + "：") ? place.count + 1 : 0))
        var lines = ["\(place)群众\(members.count)人次反映（\(category)）：\(matter)。建议有关单位尽快研究解决。", "", "群众反映摘录："]
        for m in members.prefix(20) { lines.append("· \(m.caseNumber) \(m.text)") }
        if members.count > 20 { lines.append("（另有 \(members.count - 20) 条，略）") }
        let body = String(lines.joined(separator: "\n").prefix(FieldLimits.opinionText))
        return (String(c.name.prefix(FieldLimits.title)), body)
    }

    /// Drafts a suggestion from an open cluster (one suggestion per cluster).
    @discardableResult
    public func createSuggestion(clusterID: String, title: String, body: String = "", representativeID: String?) throws -> Suggestion {
        let cleanTitle = try TextNormalizer.field(title, name: Bilingual("建议标题", "Title"), limit: FieldLimits.title, required: true)
        let cleanBody = try TextNormalizer.field(body, name: Bilingual("建议内容", "Text"), limit: FieldLimits.opinionText, multiline: true)
        return try db.write {
            guard let c = try cluster(id: clusterID) else { throw ClusterError.unknownCluster(clusterID) }
            guard c.status == .open else { throw ClusterError.clusterNotOpen(c.name) }
            guard c.suggestionID == nil else { throw ClusterError.alreadySuggested(c.name) }
            guard c.memberCount > 0 else { throw ClusterError.emptySelection }
            if let rep = representativeID, try representative(id: rep) == nil { throw WorkflowError.unknownRepresentative(rep) }
            let id = newKey(), stamp = timestamp()
            try db.execute("""
                INSERT INTO suggestion(id, cluster_id, title, body, representative_id, state, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'drafted', ?, ?)
                """, id, clusterID, cleanTitle, cleanBody, representativeID, stamp, stamp)
            try audit(action: "suggestion.create", subject: "suggestion:\(id)", reason: "cluster:\(clusterID)")
            return try suggestion(id: id)!
        }
    }

    /// Rewrites a suggestion still being drafted: title, text and the
    /// representative who puts it forward (nil fields stay as they are).
    @discardableResult
    public func updateSuggestion(id: String, title: String? = nil, body: String? = nil,
                                 representativeID: String? = nil) throws -> Suggestion {
        let cleanTitle = try title.map { try TextNormalizer.field($0, name: Bilingual("建议标题", "Title"), limit: FieldLimits.title, required: true) }
        let cleanBody = try body.map { try TextNormalizer.field($0, name: Bilingual("建议内容", "Text"), limit: FieldLimits.opinionText, multiline: true) }
        return try db.write {
            guard let s = try suggestion(id: id) else { throw ClusterError.unknownSuggestion(id) }
            guard s.state == .drafted else { throw ClusterError.suggestionNotDraft(s.title) }
            if let rep = representativeID, try representative(id: rep) == nil { throw WorkflowError.unknownRepresentative(rep) }
            try db.execute("UPDATE suggestion SET title = ?, body = ?, representative_id = ?, updated_at = ? WHERE id = ?",
                           cleanTitle ?? s.title, cleanBody ?? s.body, representativeID ?? s.representativeID, timestamp(), id)
            try audit(action: "suggestion.edit", subject: "suggestion:\(id)", reason: "")
            return try suggestion(id: id)!
        }
    }

    /// Takes one handling step. Recording the answer notes it on every member
    /// case and puts each visitor behind the suggestion on the follow-up list.
    @discardableResult
    public func apply(_ action: SuggestionAction, toSuggestion id: String) throws -> Suggestion {
        try db.write {
            guard let s = try suggestion(id: id) else { throw ClusterError.unknownSuggestion(id) }
            guard let target = action.target(from: s.state) else {
                throw ClusterError.illegalSuggestionAction(action: action.label, state: s.state)
            }
            let stamp = timestamp()
            switch action {
            case .submit(let departmentID):
                guard try department(id: departmentID) != nil else { throw WorkflowError.unknownDepartment(departmentID) }
                try db.execute("UPDATE suggestion SET state = ?, department_id = ?, submitted_at = ?, updated_at = ? WHERE id = ?",
                               target.rawValue, departmentID, stamp, stamp, id)
            case .answer(let text):
                let answer = try TextNormalizer.field(text, name: Bilingual("答复内容", "Answer"), limit: FieldLimits.note,
                                                      required: true, multiline: true)
                try db.execute("UPDATE suggestion SET state = ?, answer = ?, answered_at = ?, updated_at = ? WHERE id = ?",
                               target.rawValue, answer, stamp, stamp, id)
                try fanOutAnswer(s, answer: answer, stamp: stamp)
            case let .rate(rating, note):
                let clean = try TextNormalizer.field(note, name: Bilingual("备注", "Note"), limit: FieldLimits.note, multiline: true)
                try db.execute("""
                    UPDATE suggestion SET state = ?, rating = ?, closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END,
                        updated_at = ? WHERE id = ?
                    """, target.rawValue, rating.rawValue, target.rawValue, stamp, stamp, id)
                try audit(action: "suggestion.rate", subject: "suggestion:\(id)", reason: [rating.rawValue, clean].joined(separator: " "))
            }
            return try suggestion(id: id)!
        }
    }

    /// One note event per member case (the case an opinion was merged into, if
    /// any), one follow-up call per visitor. Cases keep their own state machine.
    private func fanOutAnswer(_ s: Suggestion, answer: String, stamp: String) throws {
        let rows = try db.query("""
            SELECT COALESCE(c.merged_into, c.id), o.visitor_id FROM cluster_member m
            JOIN opinion o ON o.id = m.opinion_id JOIN cases c ON c.id = o.case_id
            WHERE m.cluster_id = ? ORDER BY o.created_at
            """, [.text(s.clusterID)]) { (caseID: $0.string(0), visitorID: $0.string(1)) }
        let note = "代表建议《\(s.title)》已答复，待回访 / suggestion answered, follow-up call due: \(answer)"
        var noted = Set<String>()
        for row in rows where noted.insert(row.caseID).inserted {
            try apply(.note(String(note.prefix(FieldLimits.note))), toCase: row.caseID)
        }
        for row in rows {
            try db.execute("""
                INSERT INTO suggestion_followup(id, suggestion_id, case_id, visitor_id, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(suggestion_id, visitor_id) DO UPDATE SET called_at = NULL, created_at = excluded.created_at
                """, newKey(), s.id, row.caseID, row.visitorID, stamp)
        }
    }

    /// Visitors awaiting a feedback call about an answered suggestion, oldest first
    /// (only those behind `suggestionID` when given).
    public func suggestionFollowUps(pendingOnly: Bool = true, suggestionID: String? = nil,
                                    limit: Int = 500) throws -> [SuggestionFollowUp] {
        try db.query("""
            SELECT f.id, f.suggestion_id, s.title, f.case_id, c.number, v.id, v.name, v.anonymous, COALESCE(p.phone, ''),
                   f.created_at, f.called_at
            FROM suggestion_followup f JOIN suggestion s ON s.id = f.suggestion_id JOIN cases c ON c.id = f.case_id
            JOIN visitor v ON v.id = f.visitor_id LEFT JOIN visitor_personal p ON p.visitor_id = v.id
            WHERE (f.called_at IS NULL OR ?) AND (? = '' OR f.suggestion_id = ?) ORDER BY f.created_at, f.id LIMIT ?
            """, [.integer(pendingOnly ? 0 : 1), .text(suggestionID ?? ""), .text(suggestionID ?? ""),
                  .integer(Int64(limit))]) { r in
            let visitor = Visitor(id: r.string(5), name: r.string(6), anonymous: r.bool(7))
            return SuggestionFollowUp(id: r.string(0), suggestionID: r.string(1), suggestionTitle: r.string(2),
                                      caseID: r.string(3), caseNumber: r.string(4), visitorID: visitor.id,
                                      visitorName: visitor.displayName, maskedPhone: Masking.phone(r.string(8)),
                                      createdAt: r.string(9), calledAt: r.optionalString(10))
        }
    }

    /// Records that the visitor was called: a note on their case, the item done.
    public func recordSuggestionFollowUpCall(id: String, note: String) throws {
        let clean = try TextNormalizer.field(note, name: Bilingual("回访记录", "Call note"), limit: FieldLimits.note,
                                             required: true, multiline: true)
        try db.write {
            guard let caseID = try db.scalarString("SELECT case_id FROM suggestion_followup WHERE id = ? AND called_at IS NULL",
                                                   [.text(id)]) else { throw ClusterError.unknownSuggestion(id) }
            try apply(.note("代表建议回访 / suggestion follow-up call: \(clean)"), toCase: caseID)
            try db.execute("UPDATE suggestion_followup SET called_at = ?, note = ? WHERE id = ?", timestamp(), clean, id)
        }
    }
}
