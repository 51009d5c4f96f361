/// Autosaved form drafts and per-user preferences: local to this database file.
extension StationDatabase {
    public func saveDraft(slot: String, form: String, payload: String) throws {
        try db.write {
            try db.execute("""
                INSERT INTO draft(slot, form, payload, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(slot) DO UPDATE SET form = excluded.form, payload = excluded.payload, updated_at = excluded.updated_at
                """, slot, form, payload, timestamp())
        }
    }

    public func draft(slot: String) throws -> (form: String, payload: String, updatedAt: String)? {
        try db.queryOne("SELECT form, payload, updated_at FROM draft WHERE slot = ?", [.text(slot)]) {
            ($0.string(0), $0.string(1), $0.string(2))
        }
    }

    public func drafts() throws -> [(slot: String, form: String, updatedAt: String)] {
        try db.query("SELECT slot, form, updated_at FROM draft ORDER BY updated_at DESC") { ($0.string(0), $0.string(1), $0.string(2)) }
    }

    public func discardDraft(slot: String) throws {
        try db.write { try db.execute("DELETE FROM draft WHERE slot = ?", slot) }
    }

    public func preference(user: String, key: String) -> String? {
        try? db.scalarString("SELECT value FROM preference WHERE user_id = ? AND key = ?", [.text(user), .text(key)])
    }

    public func setPreference(user: String, key: String, value: String) throws {
        try db.write {
            try db.execute("INSERT INTO preference(user_id, key, value) VALUES (?, ?, ?) ON CONFLICT(user_id, key) DO UPDATE SET value = excluded.value",
                           user, key, value)
        }
    }
}
