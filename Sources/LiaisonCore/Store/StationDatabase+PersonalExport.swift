/// The export with full personal numbers: only for an admin who asks for it
/// explicitly with a reason, and written to the audit log before any row is read.
extension StationDatabase {
    public func personalExportTable(_ kind: ExportKind, since: CivilDate?, reason: String, by user: User) throws -> ExportTable {
        let who = try currentUser(user)
        try AccessPolicy.require(.exportPersonalData, who)
        let why = try TextNormalizer.field(reason, name: Bilingual("理由", "Reason"), limit: FieldLimits.reason)
        guard !why.isEmpty else { throw AccessError.reasonRequired }
        return try db.write {
            try auditAs(who.name, action: "export-personal", subject: "export:\(kind.rawValue)", reason: why)
            let table = try exportTable(kind, since: since)
            // Only opinions carry visitors; the other kinds hold no visitor numbers.
            guard kind == .opinions, let idColumn = table.columns.firstIndex(of: "id"),
                  let maskedColumn = table.columns.firstIndex(of: "phone_masked") else { return table }
            var personal: [String: (String, String)] = [:]
            try db.forEach("SELECT o.id, p.phone, p.resident_id FROM opinion o JOIN visitor_personal p ON p.visitor_id = o.visitor_id") { r in
                personal[r.string(0)] = (r.string(1), r.string(2))
                return true
            }
            var columns = table.columns
            columns[maskedColumn] = "phone"
            columns.insert("resident_id", at: maskedColumn + 1)
            let rows = table.rows.map { row -> [String] in
                var out = row
                let numbers = personal[row[idColumn]] ?? ("", "")
                out[maskedColumn] = numbers.0
                out.insert(numbers.1, at: maskedColumn + 1)
                return out
            }
            return ExportTable(columns: columns, rows: rows)
        }
    }
}
