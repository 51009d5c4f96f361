/// Departments cases are dispatched to.
extension StationDatabase {
    public func departments() throws -> [Department] {
        try db.query("SELECT id, name, kind, phone FROM department WHERE retired_at IS NULL ORDER BY kind, name") {
            Department(id: $0.string(0), name: $0.string(1), kind: $0.string(2), phone: $0.string(3))
        }
    }

    public func department(id: String) throws -> Department? {
        try db.queryOne("SELECT id, name, kind, phone FROM department WHERE id = ?", [.text(id)]) {
            Department(id: $0.string(0), name: $0.string(1), kind: $0.string(2), phone: $0.string(3))
        }
    }

    /// Finds a department by exact name or by unique name fragment.
    public func department(named name: String) throws -> Department? {
        let all = try departments()
        if let exact = all.first(where: { $0.name == name || $0.id == name }) { return exact }
        let partial = all.filter { $0.name.contains(name) }
        return partial.count == 1 ? partial[0] : nil
    }

    @discardableResult
    public func addDepartment(name: String, kind: String = "", phone: String = "") throws -> Department {
        let clean = try TextNormalizer.field(name, name: Bilingual("单位名称", "Department name"), limit: FieldLimits.shortText, required: true)
        if let existing = try department(named: clean), existing.name == clean { return existing }
        let d = Department(id: newKey(), name: clean, kind: kind, phone: phone)
        try db.write {
            try db.execute("INSERT INTO department(id, name, kind, phone, created_at) VALUES (?, ?, ?, ?, ?)",
                           d.id, d.name, d.kind, d.phone, timestamp())
        }
        return d
    }
}
