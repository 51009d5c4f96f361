/// The case queue, sorted by deadline (overdue first), with filters.
extension StationDatabase {
    public func cases(_ q: CaseQuery) throws -> [CaseSummary] {
        let (whereClause, filterArgs) = filter(q)
        let args = filterArgs + [.integer(Int64(q.limit)), .integer(Int64(q.offset))]
        // Cases awaiting an answer first, by due date; the rest after, newest first. The page's
        // rowids come from the queue's index alone (a deep OFFSET reads no rows), then the rows.
        let order = "c.state NOT IN ('registered','triaged','dispatched','reopened'), c.due_date, c.created_at DESC"
        let sql = """
            SELECT \(Self.caseColumns), d.name FROM cases c LEFT JOIN department d ON d.id = c.department_id
            WHERE c.rowid IN (SELECT c.rowid FROM cases c \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?)
            ORDER BY \(order), c.rowid
            """
        let today = self.today
        return try db.query(sql, args) { row in
            let c = Self.caseRow(row)
            let due = row.optionalString(14).flatMap(CivilDate.stored)
            return CaseSummary(caseRecord: c, departmentName: row.optionalString(15),
                               status: quickStatus(state: c.state, due: due, paused: c.pausedSince != nil, today: today), dueDate: due)
        }
    }

    /// How many cases match, without reading them.
    public func caseCount(_ q: CaseQuery) throws -> Int {
        if let counted = try tallyCaseCount(q) { return counted }   // by state only: the home screen's counters
        let (whereClause, args) = filter(q)
        return try db.scalarInt("SELECT COUNT(*) FROM cases c \(whereClause)", args)
    }

    private func filter(_ q: CaseQuery) -> (String, [SQLValue]) {
        var conditions: [String] = []
        var args: [SQLValue] = []
        if !q.states.isEmpty {
            conditions.append("c.state IN (\(q.states.map { _ in "?" }.joined(separator: ",")))")
            args += q.states.map { .text($0.rawValue) }
        }
        if q.openOnly { conditions.append("c.state NOT IN ('closed', 'merged')") }
        if let v = q.category { conditions.append("c.category = ?"); args.append(.text(v)) }
        if let v = q.departmentID { conditions.append("c.department_id = ?"); args.append(.text(v)) }
        if let v = q.representativeID {
            conditions.append("c.id IN (\(Self.casesOfRepresentative("?")))")
            args += [.text(v), .text(v)]
        }
        // Whose cases: a representative signed in sees only those they received or supervise.
        switch q.scope ?? caseScope {
        case .all: break
        case .representative(let v):
            conditions.append("c.id IN (\(Self.casesOfRepresentative("?")))")
            args += [.text(v), .text(v)]
        case .none: conditions.append("0")
        }
        if let v = q.sessionID { conditions.append("c.id IN (SELECT case_id FROM opinion WHERE session_id = ?)"); args.append(.text(v)) }
        if q.overdueOnly {
            conditions.append("c.state IN ('registered','triaged','dispatched','reopened') AND c.paused_since IS NULL AND c.due_date < ?")
            args.append(.text(today.description))
        }
        if let t = q.text?.trimmingCharacters(in: .whitespaces), !t.isEmpty {
            conditions.append("(c.number LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\')")
            let pattern = "%" + t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            args += [.text(pattern), .text(pattern)]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), args)
    }

    /// The status from the stored due date (completed pauses already folded in).
    func quickStatus(state: CaseState, due: CivilDate?, paused: Bool, today: CivilDate) -> DeadlineStatus {
        guard state.awaitsAnswer, let due else { return .none }
        if paused { return .paused }
        if today > due { return .overdue }
        return calendar.workingDays(from: today, to: due) <= CaseClock.dueSoonWorkingDays ? .dueSoon : .onTime
    }
}
