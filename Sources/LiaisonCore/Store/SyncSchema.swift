/// Migration for offline sync: the change log, peers and their acknowledgements,
/// held bundles, the review list, and per-column clocks for last-writer-wins.
/// All `sync_*` and `change_log` tables are local bookkeeping, never synced.
extension Schema {
    /// Tables whose rows travel between stations. Local-only: meta, user, draft,
    /// preference, login_state, search_*, sync_*; case_supervisor is derived from case events.
    static let syncedTables = ["station", "category", "department", "representative", "visitor", "visitor_personal",
                               "reception_session", "session_attendance", "consultation", "case_counter", "cases",
                               "case_event", "opinion", "audit_log", "cluster", "cluster_member", "suggestion",
                               "suggestion_followup"]
    /// Rows only ever added: they never conflict and carry no column clocks.
    static let syncAppendOnlyTables: Set<String> = ["case_event", "audit_log", "opinion"]
    /// The columns of `cases` that are the fold of its events: recomputed after
    /// sync instead of merged by last writer.
    static let caseProjectionColumns: Set<String> = ["state", "category", "handling_level", "department_id", "deadline",
                                                      "due_date", "paused_since", "merged_into", "satisfaction",
                                                      "closed_at", "updated_at"]

    static let sync = """
    CREATE TABLE change_log (
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        changeset BLOB NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (origin, seq)
    ) WITHOUT ROWID;
    CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE sync_peer (
        station_id TEXT PRIMARY KEY,
        key_hex TEXT,
        enrolled_at TEXT NOT NULL,
        last_export_at TEXT,
        last_export_count INTEGER NOT NULL DEFAULT 0,
        last_import_at TEXT,
        last_import_count INTEGER NOT NULL DEFAULT 0,
        last_ack_at TEXT
    );
    -- What each peer is known to hold, per origin: export sends everything above it.
    CREATE TABLE sync_peer_ack (
        peer TEXT NOT NULL,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (peer, origin)
    ) WITHOUT ROWID;
    -- What was last exported to each peer, per origin: an incremental export starts above it.
    CREATE TABLE sync_peer_sent (
        peer TEXT NOT NULL,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (peer, origin)
    ) WITHOUT ROWID;
    -- Bundles that arrived before an earlier one: kept until the gap is filled.
    CREATE TABLE sync_held (
        checksum TEXT PRIMARY KEY,
        peer TEXT NOT NULL,
        bundle BLOB NOT NULL,
        reason TEXT NOT NULL,
        held_at TEXT NOT NULL
    );
    -- What sync could not merge: shown on the sync screen, never dropped.
    CREATE TABLE sync_review (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        operation TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (origin, seq, tbl, pk, reason)
    );
    -- Values that lost to a later writer: kept visible.
    CREATE TABLE sync_superseded (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        col TEXT NOT NULL,
        value TEXT,
        hlc TEXT NOT NULL,
        winner_hlc TEXT NOT NULL,
        at TEXT NOT NULL
    );
    -- The clock of the last write to each column ('*' = the insert).
    CREATE TABLE sync_version (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        col TEXT NOT NULL,
        hlc TEXT NOT NULL,
        PRIMARY KEY (tbl, pk, col)
    ) WITHOUT ROWID;
    -- Each event's sequence number where it was made: concurrent events are
    -- ordered by (origin_seq, id) at every station, so histories agree.
    CREATE TABLE sync_event_order (
        event_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        origin_seq INTEGER NOT NULL
    ) WITHOUT ROWID;
    -- Events stay unchangeable in content; only sync may renumber their position.
    DROP TRIGGER case_event_no_update;
    CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
    WHEN NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.kind IS NOT OLD.kind
        OR NEW.from_state IS NOT OLD.from_state OR NEW.to_state IS NOT OLD.to_state OR NEW.actor IS NOT OLD.actor
        OR NEW.at IS NOT OLD.at OR NEW.note IS NOT OLD.note OR NEW.department_id IS NOT OLD.department_id
        OR NEW.deadline IS NOT OLD.deadline OR NEW.satisfaction IS NOT OLD.satisfaction
        OR NEW.related_case_id IS NOT OLD.related_case_id OR NEW.representative_id IS NOT OLD.representative_id
        OR NEW.category IS NOT OLD.category OR NEW.handling_level IS NOT OLD.handling_level
    BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
    """
}
