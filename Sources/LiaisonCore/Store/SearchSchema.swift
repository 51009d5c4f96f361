/// Migration for search, clusters and suggestions.
///
/// Search: SQL cannot split Chinese into characters, so insert/update triggers
/// only queue the changed row in `search_pending`; the store drains the queue
/// (`updateSearchIndex`) into contentless FTS5 tables whose columns hold the
/// text as spaced single characters (`uni`, for 1-character queries) and as
/// spaced overlapping 2-grams (`bi`: a phrase of n−1 2-grams finds any
/// substring of n ≥ 2 characters). One FTS table per kind keeps each kind's
/// newest-first top 20 an index walk. All `search_*` tables are derived, local
/// state: rebuildable from the records, never to be synced between stations.
extension Schema {
    static let insight = """
    CREATE TABLE search_pending (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL
    );
    CREATE TABLE search_doc (
        docid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL
    );
    CREATE INDEX search_doc_ref ON search_doc(ref_id, kind);
    CREATE VIRTUAL TABLE search_opinion USING fts5(uni, bi, content='', tokenize='unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE search_case USING fts5(uni, bi, content='', tokenize='unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE search_visitor USING fts5(uni, bi, content='', tokenize='unicode61 remove_diacritics 0');
    CREATE TABLE search_name (
        visitor_id TEXT PRIMARY KEY,
        initials TEXT NOT NULL,
        full TEXT NOT NULL
    );
    CREATE INDEX search_name_initials ON search_name(initials);
    CREATE INDEX search_name_full ON search_name(full);
    -- Phone-suffix search: the last four digits narrow, LIKE confirms.
    CREATE INDEX visitor_personal_tail ON visitor_personal(substr(phone_key, -4)) WHERE phone_key <> '';
    CREATE TRIGGER search_queue_opinion AFTER INSERT ON opinion
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('opinion', NEW.id); END;
    CREATE TRIGGER search_queue_case AFTER INSERT ON cases
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('case', NEW.id); END;
    CREATE TRIGGER search_queue_case_title AFTER UPDATE OF title, number ON cases
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('case', NEW.id); END;
    CREATE TRIGGER search_queue_visitor AFTER INSERT ON visitor
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('visitor', NEW.id); END;
    CREATE TRIGGER search_queue_visitor_name AFTER UPDATE OF name ON visitor
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('visitor', NEW.id); END;
    INSERT INTO search_pending(kind, ref_id) SELECT 'visitor', id FROM visitor ORDER BY created_at;
    INSERT INTO search_pending(kind, ref_id) SELECT 'case', id FROM cases ORDER BY created_at;
    INSERT INTO search_pending(kind, ref_id) SELECT 'opinion', id FROM opinion ORDER BY created_at;

    -- 意见聚类: open opinions about one underlying problem. An opinion sits in at most one cluster.
    CREATE TABLE cluster (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        community TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dissolved')),
        merged_into TEXT REFERENCES cluster(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE cluster_member (
        opinion_id TEXT PRIMARY KEY REFERENCES opinion(id),
        cluster_id TEXT NOT NULL REFERENCES cluster(id),
        added_at TEXT NOT NULL
    );
    CREATE INDEX cluster_member_cluster ON cluster_member(cluster_id);
    -- 闭会期间代表建议, grown from a cluster; its own handling states and rating.
    CREATE TABLE suggestion (
        id TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL UNIQUE REFERENCES cluster(id),
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        representative_id TEXT REFERENCES representative(id),
        state TEXT NOT NULL CHECK (state IN ('drafted', 'submitted', 'answered', 'closed')),
        department_id TEXT REFERENCES department(id),
        answer TEXT NOT NULL DEFAULT '',
        rating TEXT,
        created_at TEXT NOT NULL,
        submitted_at TEXT,
        answered_at TEXT,
        closed_at TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX suggestion_representative ON suggestion(representative_id);
    -- The answer fans out: one follow-up call per visitor behind the suggestion.
    CREATE TABLE suggestion_followup (
        id TEXT PRIMARY KEY,
        suggestion_id TEXT NOT NULL REFERENCES suggestion(id),
        case_id TEXT NOT NULL REFERENCES cases(id),
        visitor_id TEXT NOT NULL REFERENCES visitor(id),
        created_at TEXT NOT NULL,
        called_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (suggestion_id, visitor_id)
    );
    CREATE INDEX suggestion_followup_open ON suggestion_followup(called_at, created_at);
    """

    /// Representatives join the index (a province file holds tens of thousands:
    /// scanning them all per keystroke is too slow). Appended after `sync`.
    static let insightRepresentatives = """
    CREATE VIRTUAL TABLE search_representative USING fts5(uni, bi, content='', tokenize='unicode61 remove_diacritics 0');
    CREATE TABLE search_rep_name (
        representative_id TEXT PRIMARY KEY,
        initials TEXT NOT NULL,
        full TEXT NOT NULL
    );
    CREATE INDEX search_rep_name_initials ON search_rep_name(initials);
    CREATE INDEX search_rep_name_full ON search_rep_name(full);
    CREATE TRIGGER search_queue_representative AFTER INSERT ON representative
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('representative', NEW.id); END;
    CREATE TRIGGER search_queue_representative_name AFTER UPDATE OF name, district, delegation_group, retired_at ON representative
    BEGIN INSERT INTO search_pending(kind, ref_id) VALUES ('representative', NEW.id); END;
    INSERT INTO search_pending(kind, ref_id) SELECT 'representative', id FROM representative ORDER BY created_at;
    """
}

/// Search by index ranges (appended after `tally`): a
/// mixed pinyin query (`wangxm`) reads the (initials, full) index instead of
/// testing names one by one, and case numbers are found by their start or
/// end through two B-tree indexes instead of FTS 2-grams (every case number
/// holds the 2-gram `00`, so a digit query with few hits walked all of them).
/// Indexes (and FTS segments merged once): whatever writes `search_name`, `search_rep_name` or `cases`
/// (intake, import, generation, sync apply, renames) keeps them right. Safe
/// to run twice (IF [NOT] EXISTS), should migration order shift while
/// colleagues append theirs.
extension Schema {
    /// How many characters from the end of a case number the reversed index holds.
    static let reversedCaseNumberLength = 24
    /// The case number reversed (SQLite has no reverse()), as indexed and as queried.
    static let reversedCaseNumber = (1...reversedCaseNumberLength).map { "substr(number, -\($0), 1)" }.joined(separator: " || ")

    static let searchRanges = """
    DROP INDEX IF EXISTS search_name_initials;
    CREATE INDEX IF NOT EXISTS search_name_mix ON search_name(initials, full, visitor_id);
    DROP INDEX IF EXISTS search_rep_name_initials;
    CREATE INDEX IF NOT EXISTS search_rep_name_mix ON search_rep_name(initials, full, representative_id);
    CREATE INDEX IF NOT EXISTS cases_number_search ON cases(number);
    CREATE INDEX IF NOT EXISTS cases_number_reversed ON cases(\(reversedCaseNumber));
    \(optimizeSearchTables)
    """

    /// Merges each FTS table's segments into one. A bulk build leaves about a
    /// dozen; a phrase of common 2-grams (`1234`: 12, 23, 34) then seeks through
    /// every one of them (3–8 ms at 1M opinions, 0.8 ms after; about 11 s once).
    static let optimizeSearchTables = ["search_opinion", "search_case", "search_visitor", "search_representative"]
        .map { "INSERT INTO \($0)(\($0)) VALUES ('optimize');" }.joined(separator: "\n")
}
