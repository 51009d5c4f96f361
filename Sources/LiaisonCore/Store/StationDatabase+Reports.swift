/// Reads a report's facts in one snapshot. Month indexes narrow every scan
/// (`substr(created_at, 1, 7) IN (…)`), the exact range filters after.
extension StationDatabase {
    /// The station's report for a period (months, weeks, any range).
    public func report(for period: ReportPeriod) throws -> StationReport {
        ReportBuilder(calendar: calendar).build(try reportFacts(for: period))
    }

    public func reportFacts(for period: ReportPeriod) throws -> ReportFacts {
        let months = period.months
        let monthList = Array(repeating: "?", count: months.count).joined(separator: ", ")
        let lo = period.lowerStamp, hi = period.upperStamp
        let range: [SQLValue] = months.map { .text($0) } + [.text(lo), .text(hi)]
        return try db.read {
            let sessions = try db.scalarInt("SELECT COUNT(*) FROM reception_session WHERE starts_at >= ? AND starts_at < ?",
                                            [.text(lo), .text(hi)])
            // Cases with the community of their first opinion's visitor.
            var cases: [String: (category: String, community: String)] = [:]
            var order: [String] = []
            try db.forEach("""
                SELECT c.id, c.category,
                       COALESCE((SELECT v.community FROM opinion o JOIN visitor v ON v.id = o.visitor_id
                                 WHERE o.case_id = c.id ORDER BY o.created_at LIMIT 1), '')
                FROM cases c WHERE substr(c.created_at, 1, 7) IN (\(monthList)) AND c.created_at >= ? AND c.created_at < ?
                ORDER BY c.created_at
                """, range) { r in
                cases[r.string(0)] = (r.string(1), r.string(2))
                order.append(r.string(0))
                return true
            }
            var events: [String: [CaseEvent]] = [:]
            try db.forEach("""
                SELECT \(Self.eventColumns) FROM case_event WHERE at < ? AND case_id IN
                    (SELECT id FROM cases c WHERE substr(c.created_at, 1, 7) IN (\(monthList)) AND c.created_at >= ? AND c.created_at < ?)
                ORDER BY case_id, seq
                """, [.text(hi)] + range) { r in
                let e = Self.eventRow(r)
                events[e.caseID, default: []].append(e)
                return true
            }
            let caseFacts = order.map { id in
                ReportFacts.CaseFacts(id: id, category: cases[id]!.category, community: cases[id]!.community, events: events[id] ?? [])
            }
            let opinions = try db.query("""
                SELECT o.category, v.community, o.visitor_id, v.group_size, o.representative_id, o.created_at
                FROM opinion o JOIN visitor v ON v.id = o.visitor_id
                WHERE substr(o.created_at, 1, 7) IN (\(monthList)) AND o.created_at >= ? AND o.created_at < ?
                """, range) { r in
                ReportFacts.OpinionFacts(category: r.string(0), community: r.string(1), visitorID: r.string(2), groupSize: r.int(3),
                                         representativeID: r.optionalString(4), day: StationTime.date(of: r.string(5)) ?? period.from)
            }
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
            let suggestions = try db.scalarInt("SELECT COUNT(*) FROM suggestion WHERE created_at >= ? AND created_at < ?",
                                               [.text(lo), .text(hi)])
            // Per-representative counts grouped once over the period, not a subquery per representative.
            func grouped(_ sql: String, _ args: [SQLValue]) throws -> [String: Int] {
                Dictionary(try db.query(sql, args) { ($0.string(0), $0.int(1)) }, uniquingKeysWith: +)
            }
            let attended = try grouped("""
                SELECT a.representative_id, COUNT(DISTINCT a.session_id) FROM reception_session s
                JOIN session_attendance a ON a.session_id = s.id
                WHERE s.starts_at >= ? AND s.starts_at < ? AND a.representative_id IS NOT NULL GROUP BY 1
                """, [.text(lo), .text(hi)])
            let received = try grouped("""
                SELECT o.representative_id, COUNT(*) FROM opinion o
                WHERE substr(o.created_at, 1, 7) IN (\(monthList)) AND o.created_at >= ? AND o.created_at < ?
                  AND o.representative_id IS NOT NULL GROUP BY 1
                """, range)
            let supervised = try grouped("""
                SELECT e.representative_id, COUNT(DISTINCT e.case_id) FROM case_event e
                WHERE e.representative_id IS NOT NULL AND e.kind = 'superviseStart' AND e.at >= ? AND e.at < ? GROUP BY 1
                """, [.text(lo), .text(hi)])
            let suggested = try grouped("""
                SELECT g.representative_id, COUNT(*) FROM suggestion g
                WHERE g.representative_id IS NOT NULL AND g.created_at >= ? AND g.created_at < ? GROUP BY 1
                """, [.text(lo), .text(hi)])
            let reps = try db.query("""
                SELECT r.id, r.name FROM representative r WHERE r.station_id = ? AND r.retired_at IS NULL ORDER BY r.name
                """, [.text(station.id)]) { r in
                let id = r.string(0)
                return ReportFacts.RepresentativeFacts(name: r.string(1), sessionsAttended: attended[id] ?? 0,
                                                       opinionsReceived: received[id] ?? 0, casesSupervised: supervised[id] ?? 0,
                                                       suggestions: suggested[id] ?? 0)
            }
            let departments = Dictionary(try departments().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return ReportFacts(stationName: station.name, period: period, generatedAt: timestamp(), sessions: sessions,
                               cases: caseFacts, opinions: opinions, clusters: clusters, suggestionsInPeriod: suggestions,
                               representatives: reps, departmentNames: departments,
                               categoryNames: Dictionary(categories.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
