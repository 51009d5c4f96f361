/// Keeps `case_report` (migration "report") equal to the fold of each case's
/// events: written wherever the `cases` projection is written, rebuilt after a
/// bulk load, backfilled once when an older file is opened, verified by `check`.
extension StationDatabase {
    /// Writes one case's report facts from its stored events (inside the caller's transaction).
    func updateReportFacts(caseID: String) throws {
        let facts = ReportCaseFacts(events: try events(caseID: caseID), calendar: calendar)
        try writeReportFacts(caseID: caseID, facts)
    }

    func writeReportFacts(caseID: String, _ f: ReportCaseFacts) throws {
        try db.execute("""
            INSERT INTO case_report(case_id, created_at, last_at, state, responded, on_time, handling_days, rating, department_id,
                                    due, paused_since)
            SELECT id, created_at, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM cases WHERE id = ?
            ON CONFLICT(case_id) DO UPDATE SET last_at = excluded.last_at, state = excluded.state, responded = excluded.responded,
                on_time = excluded.on_time, handling_days = excluded.handling_days, rating = excluded.rating,
                department_id = excluded.department_id, due = excluded.due, paused_since = excluded.paused_since
            """, Self.reportFactValues(f) + [.text(caseID)])
    }

    static func reportFactValues(_ f: ReportCaseFacts) -> [SQLValue] {
        [.text(f.lastAt), .text(f.state.rawValue), .integer(f.responded ? 1 : 0),
         f.onTime.map { .integer($0 ? 1 : 0) } ?? .null, f.handlingDays.map { .integer(Int64($0)) } ?? .null,
         f.rating.map { .text($0.rawValue) } ?? .null, f.dispatchedTo.map { .text($0) } ?? .null,
         f.due.map { .text($0.description) } ?? .null, f.history.pausedSinceTimestamp.map { .text($0) } ?? .null]
    }

    /// Writes the facts of every case still marked "fold me" (`last_at` = '~'):
    /// after a bulk load, and once when the migration added the table to an
    /// older file. Events are read in one pass in their index order (a join
    /// from case_report would sort every event first).
    func rebuildPendingReportFacts() throws {
        // Nothing to fold (a load that wrote the facts itself): the event query below would walk every event.
        if try db.scalarInt("SELECT NOT EXISTS (SELECT 1 FROM case_report WHERE last_at = '~')") == 1 {
            if try db.scalarString("SELECT value FROM meta WHERE key = 'report_facts'") != nil {
                try db.write { try db.execute("DELETE FROM meta WHERE key = 'report_facts'") }
            }
            return
        }
        try db.write {
            var current = "", list: [CaseEvent] = []
            func flush() throws {
                if !current.isEmpty { try writeReportFacts(caseID: current, ReportCaseFacts(events: list, calendar: calendar)) }
                list.removeAll(keepingCapacity: true)
            }
            try db.forEach("""
                SELECT e.case_id, e.seq, e.kind, e.from_state, e.to_state, e.at, e.department_id, e.deadline, e.satisfaction
                FROM case_event e WHERE e.case_id IN (SELECT case_id FROM case_report WHERE last_at = '~')
                ORDER BY e.case_id, e.seq
                """) { r in
                let id = r.string(0)
                if id != current {
                    try flush()
                    current = id
                }
                list.append(CaseEvent(id: "", caseID: id, sequence: r.int(1), kind: CaseEvent.Kind(rawValue: r.string(2)) ?? .note,
                                      from: r.optionalString(3).flatMap(CaseState.init), to: r.optionalString(4).flatMap(CaseState.init),
                                      actor: "", at: r.string(5), departmentID: r.optionalString(6),
                                      deadline: r.optionalString(7).flatMap(CivilDate.init),
                                      satisfaction: r.optionalString(8).flatMap(Satisfaction.init)))
                return true
            }
            try flush()
            try db.execute("DELETE FROM meta WHERE key = 'report_facts'")
        }
    }

    /// On open: the backfill the "report" migration asked for, once.
    func ensureReportFacts() throws {
        guard try db.scalarString("SELECT value FROM meta WHERE key = 'report_facts'") == "pending" else { return }
        try rebuildPendingReportFacts()
    }

    /// Cases whose stored report facts are missing, still pending, or differ
    /// from the fold of their events (case numbers).
    func reportFactsMismatches(events: [String: [CaseEvent]]? = nil) throws -> (missing: Int, pending: Int, wrong: [String]) {
        let events = try events ?? Dictionary(grouping: db.query("SELECT \(Self.eventColumns) FROM case_event ORDER BY case_id, seq",
                                                                 [], Self.eventRow), by: \.caseID)
        var wrong: [String] = []
        var seen = 0, pending = 0
        try db.forEach("""
            SELECT r.case_id, c.number, r.last_at, r.state, r.responded, r.on_time, r.handling_days, r.rating, r.department_id,
                   r.due, r.paused_since, r.created_at = c.created_at
            FROM case_report r JOIN cases c ON c.id = r.case_id
            """) { r in
            seen += 1
            if r.string(2) == "~" {
                pending += 1
                return true
            }
            let f = ReportCaseFacts(events: events[r.string(0)] ?? [], calendar: calendar)
            if (2...10).map({ r.value($0) }) != Self.reportFactValues(f) || !r.bool(11) { wrong.append(r.string(1)) }
            return true
        }
        return (try db.scalarInt("SELECT COUNT(*) FROM cases") - seen, pending, wrong)
    }

    /// `check`: the stored report facts and tallies equal what the rows say.
    func reportFactsProblems(events: [String: [CaseEvent]]) throws -> [Bilingual] {
        var problems: [Bilingual] = []
        let (missing, pending, wrong) = try reportFactsMismatches(events: events)
        if missing + pending > 0 {
            problems.append(Bilingual("\(missing + pending) 个案件的报表数据尚未写入", "\(missing + pending) cases lack their report facts"))
        }
        if !wrong.isEmpty {
            problems.append(Bilingual("案件 \(wrong.prefix(5).joined(separator: "、")) 的报表数据与其记录不符",
                                      "Cases \(wrong.prefix(5).joined(separator: ", ")): stored report facts differ from their events"))
        }
        let tallies = try db.scalarInt("""
            SELECT COUNT(*) FROM (
                SELECT facet, day, value, SUM(n) AS n FROM (
                    SELECT facet, day, value, opinions AS n FROM report_opinion_day
                    UNION ALL SELECT 'category', substr(created_at, 1, 10), category, -COUNT(*) FROM opinion GROUP BY 2, 3
                    UNION ALL SELECT 'place', substr(o.created_at, 1, 10), COALESCE(v.community, ''), -COUNT(*)
                              FROM opinion o LEFT JOIN visitor v ON v.id = o.visitor_id GROUP BY 2, 3)
                GROUP BY facet, day, value HAVING SUM(n) <> 0)
            """)
        if tallies > 0 {
            problems.append(Bilingual("报表的每日意见计数有 \(tallies) 处与意见不符", "Report day tallies: \(tallies) differ from the opinions"))
        }
        let visitors = try db.scalarInt("""
            SELECT COUNT(*) FROM (
                SELECT o.visitor_id, MIN(o.created_at) AS f, MAX(o.created_at) AS l, COALESCE(v.group_size, 1) AS g
                FROM opinion o LEFT JOIN visitor v ON v.id = o.visitor_id GROUP BY o.visitor_id) x
            LEFT JOIN report_visitor r ON r.visitor_id = x.visitor_id
            WHERE r.visitor_id IS NULL OR r.first_at IS NOT x.f OR r.last_at IS NOT x.l OR r.group_size <> x.g
            """) + db.scalarInt("""
            SELECT COUNT(*) FROM report_visitor r
            WHERE r.first_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM opinion o WHERE o.visitor_id = r.visitor_id)
            """)
        if visitors > 0 {
            problems.append(Bilingual("报表的来访者汇总有 \(visitors) 处与意见不符", "Report visitor summary: \(visitors) differ from the opinions"))
        }
        return problems
    }
}
