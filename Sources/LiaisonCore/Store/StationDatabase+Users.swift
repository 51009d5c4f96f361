/// People at the desk. Credentials (PIN/password hashes) arrive with sign-in.
extension StationDatabase {
    @discardableResult
    public func addUser(name: String, role: User.Role, representativeID: String? = nil, credential: String = "") throws -> User {
        let clean = try TextNormalizer.field(name, name: Bilingual("用户名", "User name"), limit: FieldLimits.name, required: true)
        if let existing = try user(named: clean) { return existing }
        let u = User(id: newKey(), name: clean, role: role, representativeID: representativeID)
        try db.write {
            try db.execute("INSERT INTO user(id, name, role, representative_id, credential, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           u.id, u.name, role.rawValue, representativeID, credential, timestamp())
        }
        return u
    }

    public func user(named name: String) throws -> User? {
        try db.queryOne("SELECT id, name, role, representative_id FROM user WHERE name = ? AND retired_at IS NULL", [.text(name)]) {
            User(id: $0.string(0), name: $0.string(1), role: User.Role(rawValue: $0.string(2)) ?? .receptionist,
                 representativeID: $0.optionalString(3))
        }
    }

    public func users() throws -> [User] {
        try db.query("SELECT id, name, role, representative_id FROM user WHERE retired_at IS NULL ORDER BY role, name") {
            User(id: $0.string(0), name: $0.string(1), role: User.Role(rawValue: $0.string(2)) ?? .receptionist,
                 representativeID: $0.optionalString(3))
        }
    }

    /// A station setting kept in `meta` (e.g. the demo's signed-in receptionist).
    public func setting(_ key: String) -> String? {
        try? db.scalarString("SELECT value FROM meta WHERE key = ?", [.text("setting." + key)])
    }

    public func setSetting(_ key: String, _ value: String) throws {
        try db.write {
            try db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           "setting." + key, value)
        }
    }
}
