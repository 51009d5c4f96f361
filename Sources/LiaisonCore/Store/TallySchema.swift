/// Migration "tally": the home screen's numbers as small counters, so its first
/// frame reads a few dozen rows instead of counting a million. Triggers keep
/// them in the same transaction as every write, whoever writes (a desk, the
/// importers, sync apply, the generator, case actions); the migration fills
/// them from the rows already there; `liaison check` recounts and compares.
///
/// It also adds the open-case queue's own index (F4's default page) and two
/// covering indexes for the scan → card count (added after the first commit of
/// this migration: a file migrated in between lacks them, and the card then
/// takes the plain query).
///
/// kinds: `state` (key: a case state) cases per state; `due` (key: due date)
/// cases whose clock runs (awaiting an answer, not paused) per due date, so
/// overdue and due-soon are sums over a few hundred dates; `day` (key: local
/// date) opinions recorded that day; `representative` (key '') serving
/// representatives. Rows may fall to zero and stay.
extension Schema {
    /// The clock runs for a case in these states (`CaseState.awaitsAnswer`).
    static let tallyClockRuns = "state IN ('registered','triaged','dispatched','reopened') AND paused_since IS NULL AND due_date IS NOT NULL"

    static func tallyAdd(_ kind: String, _ key: String, _ n: Int = 1, when condition: String = "1") -> String {
        """
        INSERT INTO tally(kind, key, n) SELECT '\(kind)', \(key), \(n) WHERE \(condition)
            ON CONFLICT(kind, key) DO UPDATE SET n = n + \(n);
        """
    }

    static func tallyRemove(_ kind: String, _ key: String, when condition: String = "1") -> String {
        "UPDATE tally SET n = n - 1 WHERE kind = '\(kind)' AND key = \(key) AND (\(condition));"
    }

    static func tallyClock(_ row: String) -> String {
        "\(row).state IN ('registered','triaged','dispatched','reopened') AND \(row).paused_since IS NULL AND \(row).due_date IS NOT NULL"
    }

    static let tally = """
    CREATE TABLE tally (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    INSERT INTO tally(kind, key, n) SELECT 'state', state, COUNT(*) FROM cases GROUP BY state;
    INSERT INTO tally(kind, key, n) SELECT 'due', due_date, COUNT(*) FROM cases WHERE \(tallyClockRuns) GROUP BY due_date;
    INSERT INTO tally(kind, key, n) SELECT 'day', substr(created_at, 1, 10), COUNT(*) FROM opinion GROUP BY 1;
    INSERT INTO tally(kind, key, n) SELECT 'representative', '', COUNT(*) FROM representative WHERE retired_at IS NULL;
    -- The open-case queue (F4's default) in its order: a page deep in it walks
    -- 20,000 open cases, not a million closed ones interleaved by due date.
    CREATE INDEX cases_open_queue ON cases((state NOT IN ('registered','triaged','dispatched','reopened')), due_date, created_at DESC)
        WHERE state NOT IN ('closed', 'merged');
    -- A scanned representative's card counts their open and overdue cases from index entries
    -- alone: their case ids, then open cases by id (20,000 small entries, not a million rows).
    CREATE INDEX opinion_representative_case ON opinion(representative_id, case_id);
    CREATE INDEX cases_open_card ON cases(id, state, paused_since, due_date) WHERE state NOT IN ('closed', 'merged');
    CREATE TRIGGER tally_case_insert AFTER INSERT ON cases BEGIN
        \(tallyAdd("state", "NEW.state"))
        \(tallyAdd("due", "NEW.due_date", when: tallyClock("NEW")))
    END;
    CREATE TRIGGER tally_case_delete AFTER DELETE ON cases BEGIN
        \(tallyRemove("state", "OLD.state"))
        \(tallyRemove("due", "OLD.due_date", when: tallyClock("OLD")))
    END;
    CREATE TRIGGER tally_case_update AFTER UPDATE OF state, paused_since, due_date ON cases
    WHEN OLD.state IS NOT NEW.state OR OLD.paused_since IS NOT NEW.paused_since OR OLD.due_date IS NOT NEW.due_date BEGIN
        \(tallyRemove("state", "OLD.state", when: "OLD.state IS NOT NEW.state"))
        \(tallyAdd("state", "NEW.state", when: "OLD.state IS NOT NEW.state"))
        \(tallyRemove("due", "OLD.due_date", when: tallyClock("OLD")))
        \(tallyAdd("due", "NEW.due_date", when: tallyClock("NEW")))
    END;
    CREATE TRIGGER tally_opinion_insert AFTER INSERT ON opinion BEGIN
        \(tallyAdd("day", "substr(NEW.created_at, 1, 10)"))
    END;
    CREATE TRIGGER tally_opinion_delete AFTER DELETE ON opinion BEGIN
        \(tallyRemove("day", "substr(OLD.created_at, 1, 10)"))
    END;
    CREATE TRIGGER tally_opinion_update AFTER UPDATE OF created_at ON opinion
    WHEN substr(OLD.created_at, 1, 10) IS NOT substr(NEW.created_at, 1, 10) BEGIN
        \(tallyRemove("day", "substr(OLD.created_at, 1, 10)"))
        \(tallyAdd("day", "substr(NEW.created_at, 1, 10)"))
    END;
    CREATE TRIGGER tally_representative_insert AFTER INSERT ON representative WHEN NEW.retired_at IS NULL BEGIN
        \(tallyAdd("representative", "''"))
    END;
    CREATE TRIGGER tally_representative_delete AFTER DELETE ON representative WHEN OLD.retired_at IS NULL BEGIN
        \(tallyRemove("representative", "''"))
    END;
    CREATE TRIGGER tally_representative_update AFTER UPDATE OF retired_at ON representative
    WHEN (OLD.retired_at IS NULL) <> (NEW.retired_at IS NULL) BEGIN
        \(tallyRemove("representative", "''", when: "NEW.retired_at IS NOT NULL"))
        \(tallyAdd("representative", "''", when: "NEW.retired_at IS NULL"))
    END;
    """

    /// The same counts recounted from the rows, for `liaison check`.
    static let tallyRecount = """
    SELECT 'state', state, COUNT(*) FROM cases GROUP BY state
    UNION ALL SELECT 'due', due_date, COUNT(*) FROM cases WHERE \(tallyClockRuns) GROUP BY due_date
    UNION ALL SELECT 'day', substr(created_at, 1, 10), COUNT(*) FROM opinion GROUP BY 2
    UNION ALL SELECT 'representative', '', COUNT(*) FROM representative WHERE retired_at IS NULL
    """
}
