/// Migration for sign-in: failed attempts and lockouts per user. Local state of
/// this station file (like `draft`): never to be synced between stations.
extension Schema {
    static let access = """
    CREATE TABLE login_state (
        user_id TEXT PRIMARY KEY REFERENCES user(id),
        failed_count INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        last_failure_at TEXT,
        last_login_at TEXT
    );
    """
}
