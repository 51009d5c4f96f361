/// Migration "report": what a report needs, kept ready so a report over a
/// million opinions aggregates a few small indexes instead of folding every
/// case's events. All three tables are local (never synced): each station
/// derives them from its own rows.
///
/// - `case_report`: one row per case, the report's per-case facts as the fold
///   of its events says them now (`ReportCaseFacts`), written by
///   `updateReportFacts` wherever the `cases` projection is written. A new
///   case row gets a placeholder that says "fold me" (`last_at` = '~') until
///   its facts are written; the backfill of an existing file runs on open
///   (meta `report_facts` = 'pending').
/// - `report_opinion_day`: opinions per day by category and by the visitor's
///   community, kept by triggers on `opinion` and `visitor`.
/// - `report_visitor`: each visitor's first and last opinion and group size,
///   kept by the same triggers, so distinct visitors in a period need no join.
///
/// Written to run again harmlessly (IF NOT EXISTS, tallies recomputed), as
/// tests that rewind the version to an earlier migration do.
extension Schema {
    static let report = """
    CREATE TABLE IF NOT EXISTS case_report (
        case_id TEXT PRIMARY KEY REFERENCES cases(id),
        created_at TEXT NOT NULL,
        -- the latest event's time; '~' (after every timestamp) until the facts are written
        last_at TEXT NOT NULL,
        state TEXT NOT NULL,
        responded INTEGER NOT NULL DEFAULT 0,
        on_time INTEGER,
        handling_days INTEGER,
        rating TEXT,
        department_id TEXT,
        due TEXT,
        paused_since TEXT
    ) WITHOUT ROWID;
    -- A report's case figures are one walk of this index in GROUP BY order (no sort).
    CREATE INDEX IF NOT EXISTS case_report_groups ON case_report(department_id, state, responded, on_time, rating, handling_days,
                                                   created_at, last_at, paused_since);
    CREATE INDEX IF NOT EXISTS case_report_late ON case_report(last_at, created_at);
    CREATE INDEX IF NOT EXISTS case_report_paused ON case_report(created_at) WHERE paused_since IS NOT NULL;
    CREATE INDEX IF NOT EXISTS case_report_due ON case_report(state, due, created_at, last_at, paused_since, department_id);
    CREATE TRIGGER IF NOT EXISTS case_report_new AFTER INSERT ON cases BEGIN
        INSERT OR IGNORE INTO case_report(case_id, created_at, last_at, state) VALUES (NEW.id, NEW.created_at, '~', NEW.state);
    END;
    INSERT OR IGNORE INTO case_report(case_id, created_at, last_at, state) SELECT id, created_at, '~', state FROM cases;
    INSERT INTO meta(key, value) SELECT 'report_facts', 'pending' WHERE EXISTS (SELECT 1 FROM cases)
        ON CONFLICT(key) DO UPDATE SET value = 'pending';

    -- facet 'category' (value = category code) and 'place' (value = the visitor's community).
    CREATE TABLE IF NOT EXISTS report_opinion_day (
        facet TEXT NOT NULL,
        day TEXT NOT NULL,
        value TEXT NOT NULL,
        opinions INTEGER NOT NULL,
        PRIMARY KEY (facet, day, value)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS report_visitor (
        visitor_id TEXT PRIMARY KEY,
        first_at TEXT,
        last_at TEXT,
        group_size INTEGER NOT NULL DEFAULT 1
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS report_visitor_first ON report_visitor(first_at, group_size);
    CREATE INDEX IF NOT EXISTS report_visitor_last ON report_visitor(last_at, first_at, group_size);

    CREATE TRIGGER IF NOT EXISTS report_opinion_insert AFTER INSERT ON opinion BEGIN
        INSERT INTO report_opinion_day(facet, day, value, opinions)
        VALUES ('category', substr(NEW.created_at, 1, 10), NEW.category, 1),
               ('place', substr(NEW.created_at, 1, 10), COALESCE((SELECT community FROM visitor WHERE id = NEW.visitor_id), ''), 1)
        ON CONFLICT(facet, day, value) DO UPDATE SET opinions = opinions + 1;
        INSERT INTO report_visitor(visitor_id, first_at, last_at, group_size)
        VALUES (NEW.visitor_id, NEW.created_at, NEW.created_at, COALESCE((SELECT group_size FROM visitor WHERE id = NEW.visitor_id), 1))
        ON CONFLICT(visitor_id) DO UPDATE SET first_at = min(COALESCE(first_at, excluded.first_at), excluded.first_at),
                                              last_at = max(COALESCE(last_at, excluded.last_at), excluded.last_at);
    END;
    CREATE TRIGGER IF NOT EXISTS report_opinion_delete AFTER DELETE ON opinion BEGIN
        UPDATE report_opinion_day SET opinions = opinions - 1
        WHERE (facet, day, value) IN (VALUES ('category', substr(OLD.created_at, 1, 10), OLD.category),
            ('place', substr(OLD.created_at, 1, 10), COALESCE((SELECT community FROM visitor WHERE id = OLD.visitor_id), '')));
        DELETE FROM report_opinion_day WHERE opinions <= 0;
        UPDATE report_visitor SET first_at = (SELECT MIN(created_at) FROM opinion WHERE visitor_id = OLD.visitor_id),
                                  last_at = (SELECT MAX(created_at) FROM opinion WHERE visitor_id = OLD.visitor_id)
        WHERE visitor_id = OLD.visitor_id;
    END;
    CREATE TRIGGER IF NOT EXISTS report_opinion_update AFTER UPDATE OF created_at, category, visitor_id ON opinion BEGIN
        UPDATE report_opinion_day SET opinions = opinions - 1
        WHERE (facet, day, value) IN (VALUES ('category', substr(OLD.created_at, 1, 10), OLD.category),
            ('place', substr(OLD.created_at, 1, 10), COALESCE((SELECT community FROM visitor WHERE id = OLD.visitor_id), '')));
        DELETE FROM report_opinion_day WHERE opinions <= 0;
        INSERT INTO report_opinion_day(facet, day, value, opinions)
        VALUES ('category', substr(NEW.created_at, 1, 10), NEW.category, 1),
               ('place', substr(NEW.created_at, 1, 10), COALESCE((SELECT community FROM visitor WHERE id = NEW.visitor_id), ''), 1)
        ON CONFLICT(facet, day, value) DO UPDATE SET opinions = opinions + 1;
        UPDATE report_visitor SET first_at = (SELECT MIN(created_at) FROM opinion WHERE visitor_id = OLD.visitor_id),
                                  last_at = (SELECT MAX(created_at) FROM opinion WHERE visitor_id = OLD.visitor_id)
        WHERE visitor_id = OLD.visitor_id;
        INSERT INTO report_visitor(visitor_id, first_at, last_at, group_size)
        VALUES (NEW.visitor_id, NEW.created_at, NEW.created_at, COALESCE((SELECT group_size FROM visitor WHERE id = NEW.visitor_id), 1))
        ON CONFLICT(visitor_id) DO UPDATE SET first_at = min(COALESCE(first_at, excluded.first_at), excluded.first_at),
                                              last_at = max(COALESCE(last_at, excluded.last_at), excluded.last_at);
    END;
    -- A visitor's opinions move to its new community; an opinion that arrived
    -- before its visitor (sync) was counted under '' and moves the same way.
    CREATE TRIGGER IF NOT EXISTS report_visitor_community AFTER UPDATE OF community ON visitor WHEN OLD.community <> NEW.community BEGIN
        UPDATE report_opinion_day SET opinions = opinions -
            (SELECT COUNT(*) FROM opinion o WHERE o.visitor_id = NEW.id AND substr(o.created_at, 1, 10) = report_opinion_day.day)
        WHERE facet = 'place' AND value = OLD.community
          AND day IN (SELECT substr(created_at, 1, 10) FROM opinion WHERE visitor_id = NEW.id);
        DELETE FROM report_opinion_day WHERE opinions <= 0;
        INSERT INTO report_opinion_day(facet, day, value, opinions)
        SELECT 'place', substr(created_at, 1, 10), NEW.community, COUNT(*) FROM opinion WHERE visitor_id = NEW.id GROUP BY 2
        ON CONFLICT(facet, day, value) DO UPDATE SET opinions = opinions + excluded.opinions;
    END;
    CREATE TRIGGER IF NOT EXISTS report_visitor_arrives AFTER INSERT ON visitor
    WHEN EXISTS (SELECT 1 FROM report_visitor WHERE visitor_id = NEW.id) BEGIN
        UPDATE report_visitor SET group_size = NEW.group_size WHERE visitor_id = NEW.id;
        UPDATE report_opinion_day SET opinions = opinions -
            (SELECT COUNT(*) FROM opinion o WHERE o.visitor_id = NEW.id AND substr(o.created_at, 1, 10) = report_opinion_day.day)
        WHERE facet = 'place' AND value = ''
          AND day IN (SELECT substr(created_at, 1, 10) FROM opinion WHERE visitor_id = NEW.id);
        DELETE FROM report_opinion_day WHERE opinions <= 0;
        INSERT INTO report_opinion_day(facet, day, value, opinions)
        SELECT 'place', substr(created_at, 1, 10), NEW.community, COUNT(*) FROM opinion WHERE visitor_id = NEW.id GROUP BY 2
        ON CONFLICT(facet, day, value) DO UPDATE SET opinions = opinions + excluded.opinions;
    END;
    CREATE TRIGGER IF NOT EXISTS report_visitor_group AFTER UPDATE OF group_size ON visitor BEGIN
        UPDATE report_visitor SET group_size = NEW.group_size WHERE visitor_id = NEW.id;
    END;

    INSERT OR REPLACE INTO report_opinion_day(facet, day, value, opinions)
    SELECT 'category', substr(created_at, 1, 10), category, COUNT(*) FROM opinion GROUP BY 2, 3;
    INSERT OR REPLACE INTO report_opinion_day(facet, day, value, opinions)
    SELECT 'place', substr(o.created_at, 1, 10), COALESCE(v.community, ''), COUNT(*)
    FROM opinion o LEFT JOIN visitor v ON v.id = o.visitor_id GROUP BY 2, 3;
    INSERT OR REPLACE INTO report_visitor(visitor_id, first_at, last_at, group_size)
    SELECT o.visitor_id, MIN(o.created_at), MAX(o.created_at), COALESCE(v.group_size, 1)
    FROM opinion o LEFT JOIN visitor v ON v.id = o.visitor_id GROUP BY o.visitor_id;
    """
}
