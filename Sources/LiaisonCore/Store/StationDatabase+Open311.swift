/// Cases as Open311 GeoReport v2 service requests. No personal data leaves:
/// the description is the opinion text, the address the community.
extension StationDatabase {
    public func open311Requests(since: CivilDate? = nil, limit: Int = 100_000) throws -> [Open311ServiceRequest] {
        try db.query("""
            SELECT c.number, c.state, c.category, c.title, c.created_at, c.updated_at, c.due_date, d.name,
                   (SELECT o.text FROM opinion o WHERE o.case_id = c.id ORDER BY o.created_at LIMIT 1),
                   (SELECT v.community FROM opinion o JOIN visitor v ON v.id = o.visitor_id WHERE o.case_id = c.id
                    ORDER BY o.created_at LIMIT 1),
                   (SELECT e.note FROM case_event e WHERE e.case_id = c.id AND e.to_state IN ('replied', 'resolvedOnSite')
                    ORDER BY e.seq DESC LIMIT 1)
            FROM cases c LEFT JOIN department d ON d.id = c.department_id
            WHERE c.created_at >= ? ORDER BY c.created_at LIMIT ?
            """, [.text(since?.description ?? ""), .integer(Int64(limit))]) { r in
            let state = CaseState(rawValue: r.string(1)) ?? .registered
            let answer = r.optionalString(10)
            return Open311ServiceRequest(
                serviceRequestID: r.string(0), status: state.isOpen ? "open" : "closed",
                statusNotes: answer.map { state.label.zh + "：" + $0 } ?? state.label.zh,
                serviceName: category(r.string(2))?.name.zh ?? r.string(2), serviceCode: r.string(2),
                description: r.optionalString(8) ?? r.string(3), agencyResponsible: r.optionalString(7),
                requestedDatetime: Open311Export.datetime(r.string(4)), updatedDatetime: Open311Export.datetime(r.string(5)),
                expectedDatetime: state.isOpen ? r.optionalString(6).map { "\($0)T23:59:59+08:00" } : nil,
                address: r.optionalString(9) ?? "")
        }
    }
}
