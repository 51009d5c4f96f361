/// Rows for `liaison export`. Personal numbers leave only masked: the export
/// boundary is the same masking boundary as the screens.
extension StationDatabase {
    public func exportTable(_ kind: ExportKind, since: CivilDate?) throws -> ExportTable {
        let sinceText = since?.description ?? ""
        switch kind {
        case .cases:
            let rows = try db.query("""
                SELECT c.number, c.title, c.category, c.handling_level, c.urgency, c.state, COALESCE(d.name, ''),
                       COALESCE(c.deadline, ''), COALESCE(c.due_date, ''), COALESCE(c.satisfaction, ''), c.created_at,
                       c.updated_at, COALESCE(c.closed_at, ''), (SELECT COUNT(*) FROM opinion o WHERE o.case_id = c.id),
                       COALESCE(m.number, ''), s.name
                FROM cases c LEFT JOIN department d ON d.id = c.department_id LEFT JOIN cases m ON m.id = c.merged_into
                JOIN station s ON s.id = c.station_id
                WHERE c.created_at >= ? ORDER BY c.created_at
                """, [.text(sinceText)]) { r in (0..<16).map { r.string($0) } }
            return ExportTable(columns: ["number", "title", "category", "handling_level", "urgency", "state", "department",
                                         "deadline", "due_date", "satisfaction", "created_at", "updated_at", "closed_at",
                                         "opinions", "merged_into", "station"], rows: rows)
        case .opinions:
            var rows: [[String]] = []
            try db.forEach("""
                SELECT o.id, c.number, o.created_at, o.text, o.category, o.handling_level, o.urgency,
                       CASE WHEN v.anonymous THEN '' ELSE v.name END, p.phone, v.community, v.grid, v.group_size,
                       COALESCE(r.name, ''), COALESCE(k.title, ''), o.clause, o.position, COALESCE(s.title, '')
                FROM opinion o JOIN cases c ON c.id = o.case_id JOIN visitor v ON v.id = o.visitor_id
                LEFT JOIN visitor_personal p ON p.visitor_id = v.id
                LEFT JOIN representative r ON r.id = o.representative_id
                LEFT JOIN consultation k ON k.id = o.consultation_id
                LEFT JOIN reception_session s ON s.id = o.session_id
                WHERE o.created_at >= ? ORDER BY o.created_at
                """, [.text(sinceText)]) { r in
                var row = (0..<17).map { r.string($0) }
                row[8] = Masking.phone(row[8])
                rows.append(row)
                return true
            }
            return ExportTable(columns: ["id", "case", "created_at", "text", "category", "handling_level", "urgency",
                                         "visitor", "phone_masked", "community", "grid", "group_size", "representative",
                                         "consultation", "clause", "position", "session"], rows: rows)
        case .representatives:
            let rows = try db.query("""
                SELECT r.code, r.name, r.level, s.name, r.district, r.delegation_group, r.phone, r.created_at, s.base_url
                FROM representative r JOIN station s ON s.id = r.station_id
                WHERE r.retired_at IS NULL AND r.created_at >= ? ORDER BY r.level, r.name
                """, [.text(sinceText)]) { r -> [String] in
                let code = PersonalCode(kind: .representative, identifier: r.string(0))
                return [code.description, code.payload(baseURL: r.optionalString(8)), r.string(1), r.string(2), r.string(3),
                        r.string(4), r.string(5), r.string(6), r.string(7)]
            }
            return ExportTable(columns: ["code", "qr_payload", "name", "level", "station", "district", "group", "phone", "created_at"],
                               rows: rows)
        }
    }
}
