/// Reads a report's facts in one snapshot. Month indexes narrow every scan
/// (`substr(created_at, 1, 7) IN (…)`), the exact range filters after.
extension StationDatabase {
    /// The station's report for a period (months, weeks, any range).
    public func report(for period: ReportPeriod) throws -> StationReport {
        ReportBuilder(calendar: calendar).build(try reportFacts(for: period))
    }

    /// The date of the first opinion on file (every case starts from one): the start of an "all time" report.
    public func earliestRecordDate() throws -> CivilDate? {
        let first = try db.queryOne("SELECT MIN(created_at) FROM opinion") { $0.optionalString(0) } ?? nil
        return first.flatMap { StationTime.date(of: $0) }
    }

    static let awaitingStates = "('registered', 'triaged', 'dispatched', 'reopened')"

    public func reportFacts(for period: ReportPeriod) throws -> ReportFacts {
        let lo = period.lowerStamp, hi = period.upperStamp
        let window: [SQLValue] = [.text(lo), .text(hi)]
        return try db.read {
            let sessions = try db.scalarInt("SELECT COUNT(*) FROM reception_session WHERE starts_at >= ? AND starts_at < ?", window)
            // Cases whose stored facts still hold at the period's end: nothing
            // happened after it and no pause is running. One walk of an index in
            // GROUP BY order; merged cases are not base cases.
            let groups = try db.query("""
                SELECT department_id, state, responded, on_time, rating, handling_days, COUNT(*)
                FROM case_report INDEXED BY case_report_groups
                WHERE created_at >= ? AND created_at < ? AND last_at < ? AND paused_since IS NULL AND state <> 'merged'
                GROUP BY department_id, state, responded, on_time, rating, handling_days
                """, window + [.text(hi)]) { r in
                ReportFacts.CaseGroup(departmentID: r.optionalString(0), state: CaseState(rawValue: r.string(1)) ?? .registered,
                                      responded: r.bool(2), onTime: r.isNull(3) ? nil : r.bool(3),
                                      rating: r.optionalString(4).flatMap(Satisfaction.init), handlingDays: r.optionalInt(5),
                                      count: r.int(6))
            }
            let overdue = Dictionary(try db.query("""
                SELECT COALESCE(department_id, ''), COUNT(*) FROM case_report INDEXED BY case_report_due
                WHERE state IN \(Self.awaitingStates) AND due < ? AND created_at >= ? AND created_at < ? AND last_at < ?
                  AND paused_since IS NULL
                GROUP BY 1
                """, [.text(period.to.description)] + window + [.text(hi)]) { ($0.string(0), $0.int(1)) }, uniquingKeysWith: +)
            // The rest are folded from their events up to the period's end.
            var folded = Set(try db.query("""
                SELECT case_id FROM case_report INDEXED BY case_report_late WHERE last_at >= ? AND created_at >= ? AND created_at < ?
                """, [.text(hi)] + window) { $0.string(0) })
            folded.formUnion(try db.query("""
                SELECT case_id FROM case_report INDEXED BY case_report_paused
                WHERE created_at >= ? AND created_at < ? AND paused_since IS NOT NULL
                """, window) { $0.string(0) })
            let cases = try folded.sorted().map { id in
                ReportFacts.CaseFacts(id: id, events: try db.query("""
                    SELECT \(Self.eventColumns) FROM case_event WHERE case_id = ? AND at < ? ORDER BY seq
                    """, [.text(id), .text(hi)], Self.eventRow))
            }
            let opinions = try reportOpinionTotals(period)
            let clusters = try db.query("""
                SELECT k.name, COUNT(m.opinion_id),
                       SUM(CASE WHEN o.created_at >= ? AND o.created_at < ? THEN 1 ELSE 0 END),
                       k.created_at >= ? AND k.created_at < ?,
                       (SELECT s.state FROM suggestion s WHERE s.cluster_id = k.id)
                FROM cluster k JOIN cluster_member m ON m.cluster_id = k.id JOIN opinion o ON o.id = m.opinion_id
                WHERE k.status = 'open' AND k.created_at < ? GROUP BY k.id
                """, [.text(lo), .text(hi), .text(lo), .text(hi), .text(hi)]) { r in
                ReportFacts.ClusterFacts(name: r.string(0), members: r.int(1), membersInPeriod: r.int(2), createdInPeriod: r.bool(3),
                                         suggestionState: r.optionalString(4).flatMap(Suggestion.State.init))
            }
            let suggestions = try db.scalarInt("SELECT COUNT(*) FROM suggestion WHERE created_at >= ? AND created_at < ?", window)
            // Each of this station's representatives through their own indexes, not a grouping of every opinion.
            let reps = try db.query("""
                SELECT r.id, r.name FROM representative r WHERE r.station_id = ? AND r.retired_at IS NULL ORDER BY r.name
                """, [.text(station.id)]) { ($0.string(0), $0.string(1)) }.map { id, name in
                let args: [SQLValue] = [.text(id)] + window
                return ReportFacts.RepresentativeFacts(
                    name: name,
                    sessionsAttended: try db.scalarInt("""
                        SELECT COUNT(DISTINCT a.session_id) FROM session_attendance a JOIN reception_session s ON s.id = a.session_id
                        WHERE a.representative_id = ? AND s.starts_at >= ? AND s.starts_at < ?
                        """, args),
                    opinionsReceived: try db.scalarInt("""
                        SELECT COUNT(*) FROM opinion INDEXED BY opinion_representative
                        WHERE representative_id = ? AND created_at >= ? AND created_at < ?
                        """, args),
                    casesSupervised: try db.scalarInt("""
                        SELECT COUNT(DISTINCT case_id) FROM case_event INDEXED BY case_event_representative
                        WHERE representative_id = ? AND kind = 'superviseStart' AND at >= ? AND at < ?
                        """, args),
                    suggestions: try db.scalarInt("""
                        SELECT COUNT(*) FROM suggestion WHERE representative_id = ? AND created_at >= ? AND created_at < ?
                        """, args))
            }
            let departments = Dictionary(try departments().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return ReportFacts(stationName: station.name, period: period, generatedAt: timestamp(), sessions: sessions,
                               caseGroups: groups, overdueByDepartment: overdue, cases: cases, opinions: opinions,
                               clusters: clusters, suggestionsInPeriod: suggestions, representatives: reps,
                               departmentNames: departments,
                               categoryNames: Dictionary(categories.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    /// The period's opinions from the per-day tallies, and its distinct
    /// visitors from each visitor's first and last opinion.
    func reportOpinionTotals(_ period: ReportPeriod) throws -> ReportFacts.OpinionTotals {
        let lo = period.lowerStamp, hi = period.upperStamp
        var t = ReportFacts.OpinionTotals()
        // Days are 'YYYY-MM-DD' and stamps start with them, so the day range is [lo, hi).
        try db.forEach("""
            SELECT facet, day, value, opinions FROM report_opinion_day WHERE facet IN ('category', 'place') AND day >= ? AND day < ?
            """, [.text(lo), .text(hi)]) { r in
            let n = r.int(3)
            if r.string(0) == "category" {
                t.count += n
                t.byCategory[r.string(2), default: 0] += n
                if let day = CivilDate(r.string(1)) { t.daily[day, default: 0] += n }
            } else {
                t.byPlace[r.string(2), default: 0] += n
            }
            return true
        }
        // Visitors whose first opinion falls in the period…
        try db.forEach("""
            SELECT COUNT(*), COALESCE(SUM(group_size), 0) FROM report_visitor INDEXED BY report_visitor_first
            WHERE first_at >= ? AND first_at < ?
            """, [.text(lo), .text(hi)]) { r in
            t.visitors = r.int(0)
            t.headcount = r.int(1)
            return false
        }
        // …and those who came before it and again in it (none when the period starts before every opinion).
        let earliest = try db.scalarString("SELECT MIN(first_at) FROM report_visitor") ?? hi
        guard earliest < lo else { return t }
        try db.forEach("""
            SELECT r.group_size FROM report_visitor r INDEXED BY report_visitor_last
            WHERE r.last_at >= ? AND r.first_at < ?
              AND (r.last_at < ? OR EXISTS (SELECT 1 FROM opinion o WHERE o.visitor_id = r.visitor_id
                                                AND o.created_at >= ? AND o.created_at < ?))
            """, [.text(lo), .text(lo), .text(hi), .text(lo), .text(hi)]) { r in
            t.visitors += 1
            t.headcount += r.int(0)
            return true
        }
        return t
    }

    /// The reference the stored facts answer to: every case of the period
    /// folded from its events, opinions counted row by row through their
    /// visitors (the way reports were read before migration "report"). Slow;
    /// for tests.
    func reportFactsByFolding(for period: ReportPeriod) throws -> ReportFacts {
        let lo = period.lowerStamp, hi = period.upperStamp
        var facts = try reportFacts(for: period)
        var events: [String: [CaseEvent]] = [:]
        try db.forEach("""
            SELECT \(Self.eventColumns) FROM case_event WHERE at < ? AND case_id IN
                (SELECT id FROM cases WHERE created_at >= ? AND created_at < ?) ORDER BY case_id, seq
            """, [.text(hi), .text(lo), .text(hi)]) { r in
            let e = Self.eventRow(r)
            events[e.caseID, default: []].append(e)
            return true
        }
        facts.caseGroups = []
        facts.overdueByDepartment = [:]
        facts.cases = try db.query("SELECT id FROM cases WHERE created_at >= ? AND created_at < ? ORDER BY created_at",
                                   [.text(lo), .text(hi)]) { ReportFacts.CaseFacts(id: $0.string(0), events: events[$0.string(0)] ?? []) }
        var t = ReportFacts.OpinionTotals()
        var visitors: [String: Int] = [:]
        try db.forEach("""
            SELECT o.category, v.community, o.visitor_id, v.group_size, substr(o.created_at, 1, 10)
            FROM opinion o JOIN visitor v ON v.id = o.visitor_id WHERE o.created_at >= ? AND o.created_at < ?
            """, [.text(lo), .text(hi)]) { r in
            t.count += 1
            t.byCategory[r.string(0), default: 0] += 1
            t.byPlace[r.string(1), default: 0] += 1
            visitors[r.string(2)] = r.int(3)
            if let day = CivilDate(r.string(4)) { t.daily[day, default: 0] += 1 }
            return true
        }
        t.visitors = visitors.count
        t.headcount = visitors.values.reduce(0, +)
        facts.opinions = t
        return facts
    }
}
