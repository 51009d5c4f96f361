/// The schema, as numbered migrations. `PRAGMA user_version` records how many
/// have run; a database newer than this list is refused, never downgraded.
enum Schema {
    static let migrations: [String] = [v1, insight, access, sync, insightRepresentatives, queue, tally, searchRanges, report, card, cardLookup]

    static var currentVersion: Int { migrations.count }

    /// Tables that are history: rows are added, never changed or removed.
    static let appendOnlyTables = ["case_event", "audit_log"]
    /// Tables whose rows are never removed (they are retired instead).
    static let neverDeletedTables = ["station", "representative", "visitor", "visitor_personal", "reception_session",
                                     "session_attendance", "consultation", "cases", "opinion", "department", "user"]

    static let v1 = """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE station (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('station', 'outpost')),
        name TEXT NOT NULL,
        parent_id TEXT REFERENCES station(id),
        district TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        base_url TEXT,
        case_prefix TEXT NOT NULL DEFAULT 'DS',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        retired_at TEXT
    );
    CREATE TABLE category (
        code TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        sla_days INTEGER NOT NULL CHECK (sla_days > 0),
        default_level TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE department (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        retired_at TEXT
    );
    CREATE TABLE representative (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'county', 'township')),
        station_id TEXT NOT NULL REFERENCES station(id),
        district TEXT NOT NULL DEFAULT '',
        delegation_group TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        retired_at TEXT,
        UNIQUE (name, level, station_id)
    );
    CREATE INDEX representative_station ON representative(station_id);
    CREATE TABLE user (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('receptionist', 'representative', 'admin')),
        representative_id TEXT REFERENCES representative(id),
        credential TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        retired_at TEXT
    );
    CREATE TABLE visitor (
        id TEXT PRIMARY KEY,
        station_id TEXT NOT NULL REFERENCES station(id),
        name TEXT NOT NULL DEFAULT '',
        anonymous INTEGER NOT NULL DEFAULT 0,
        community TEXT NOT NULL DEFAULT '',
        grid TEXT NOT NULL DEFAULT '',
        group_size INTEGER NOT NULL DEFAULT 1 CHECK (group_size >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    -- Personal fields apart from the record, read only through the masking boundary.
    CREATE TABLE visitor_personal (
        visitor_id TEXT PRIMARY KEY REFERENCES visitor(id),
        phone TEXT NOT NULL DEFAULT '',
        phone_key TEXT NOT NULL DEFAULT '',
        resident_id TEXT NOT NULL DEFAULT '',
        anonymised_at TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX visitor_personal_phone ON visitor_personal(phone_key) WHERE phone_key <> '';
    CREATE TABLE reception_session (
        id TEXT PRIMARY KEY,
        station_id TEXT NOT NULL REFERENCES station(id),
        kind TEXT NOT NULL CHECK (kind IN ('daily', 'nightChat', 'themed', 'agencyVisit', 'appointment', 'mobile')),
        title TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        starts_at TEXT NOT NULL,
        opened_by TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        closed_by TEXT
    );
    CREATE TABLE session_attendance (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES reception_session(id),
        representative_id TEXT REFERENCES representative(id),
        official_name TEXT NOT NULL DEFAULT '',
        official_title TEXT NOT NULL DEFAULT '',
        marked_at TEXT NOT NULL,
        UNIQUE (session_id, representative_id)
    );
    CREATE TABLE consultation (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('legislation', 'supervision')),
        title TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        clause_count INTEGER NOT NULL DEFAULT 0,
        deadline TEXT NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
    );
    CREATE TABLE case_counter (
        station_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (station_id, year)
    );
    -- state … closed_at are the projection of case_event, kept for fast queues; `check` verifies them.
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        station_id TEXT NOT NULL REFERENCES station(id),
        number TEXT NOT NULL,
        title TEXT NOT NULL,
        category TEXT NOT NULL REFERENCES category(code),
        handling_level TEXT NOT NULL,
        urgency TEXT NOT NULL DEFAULT 'normal',
        state TEXT NOT NULL,
        department_id TEXT REFERENCES department(id),
        deadline TEXT,
        due_date TEXT,
        paused_since TEXT,
        merged_into TEXT REFERENCES cases(id),
        satisfaction TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        UNIQUE (station_id, number)
    );
    CREATE INDEX cases_state_due ON cases(state, due_date);
    CREATE INDEX cases_due ON cases(due_date);
    CREATE INDEX cases_department ON cases(department_id);
    CREATE INDEX cases_category ON cases(category);
    CREATE INDEX cases_month ON cases(substr(created_at, 1, 7));
    CREATE TABLE case_event (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        department_id TEXT,
        deadline TEXT,
        satisfaction TEXT,
        related_case_id TEXT,
        representative_id TEXT,
        category TEXT,
        handling_level TEXT,
        UNIQUE (case_id, seq)
    );
    CREATE INDEX case_event_representative ON case_event(representative_id) WHERE representative_id IS NOT NULL;
    CREATE TABLE case_supervisor (
        case_id TEXT NOT NULL REFERENCES cases(id),
        representative_id TEXT NOT NULL REFERENCES representative(id),
        since TEXT NOT NULL,
        PRIMARY KEY (case_id, representative_id)
    );
    CREATE INDEX case_supervisor_representative ON case_supervisor(representative_id);
    CREATE TABLE opinion (
        id TEXT PRIMARY KEY,
        station_id TEXT NOT NULL REFERENCES station(id),
        visitor_id TEXT NOT NULL REFERENCES visitor(id),
        session_id TEXT REFERENCES reception_session(id),
        representative_id TEXT REFERENCES representative(id),
        case_id TEXT NOT NULL REFERENCES cases(id),
        text TEXT NOT NULL,
        category TEXT NOT NULL REFERENCES category(code),
        handling_level TEXT NOT NULL,
        urgency TEXT NOT NULL DEFAULT 'normal',
        consultation_id TEXT REFERENCES consultation(id),
        clause TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '' CHECK (position IN ('', 'support', 'oppose', 'amend')),
        source TEXT NOT NULL DEFAULT 'desk',
        import_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX opinion_case ON opinion(case_id);
    CREATE INDEX opinion_visitor ON opinion(visitor_id);
    CREATE INDEX opinion_session ON opinion(session_id);
    CREATE INDEX opinion_representative ON opinion(representative_id);
    CREATE INDEX opinion_consultation ON opinion(consultation_id) WHERE consultation_id IS NOT NULL;
    CREATE INDEX opinion_month ON opinion(substr(created_at, 1, 7));
    CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''
    );
    -- Local to one desk machine: never synced.
    CREATE TABLE draft (
        slot TEXT PRIMARY KEY,
        form TEXT NOT NULL,
        payload TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE preference (
        user_id TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
    );
    """

    /// Triggers that make history append-only and records undeletable.
    static var guardTriggers: String {
        var sql = ""
        for table in appendOnlyTables {
            sql += """
            CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;

            """
        }
        for table in appendOnlyTables + neverDeletedTables {
            sql += """
            CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) rows are never deleted'); END;

            """
        }
        return sql
    }
}
