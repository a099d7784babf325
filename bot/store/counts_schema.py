"""Migration 17: the operator's counts kept by SQLite as the rows they count are written.

/stats read its counts through the indexes of migration 15, still one index entry per row: at a
million subscribers, every subscriber and the week's seven million routines (about 0.45 s of the
half second /stats may take, bench/stats.py). These tables hold each count instead, a handful of
rows, kept by triggers in the same transaction as the insert, update or delete they count:
every write of those tables is counted, whichever code makes it (the repository, a cascade from
/forget, a migration, an operator's SQL), and a write rolled back takes its count back with it. The
migration fills them from the rows first, so an old database shows the same figures after it.
Never edit this: it has shipped with migration 17 (bot/store/migrations.py).

Two limits SQLite sets, which the bot never meets: a row deleted by INSERT OR REPLACE fires no
delete trigger (unless recursive_triggers is on), and the journal's 24 h are a moving window, so
the deliveries keep their index (deliveries_sent: a day of sends, about 30 ms at a million).
"""

OPERATOR_COUNTS = """
        -- Subscribers by state, as /stats groups them.
        CREATE TABLE subscriber_counts (
            paused INTEGER NOT NULL,
            status TEXT    NOT NULL,
            n      INTEGER NOT NULL,
            PRIMARY KEY (paused, status)
        ) WITHOUT ROWID;
        INSERT INTO subscriber_counts (paused, status, n)
            SELECT paused, status, COUNT(*) FROM subscribers GROUP BY paused, status;
        CREATE TRIGGER subscriber_counted AFTER INSERT ON subscribers BEGIN
            INSERT INTO subscriber_counts (paused, status, n) VALUES (new.paused, new.status, 1)
                ON CONFLICT (paused, status) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER subscriber_uncounted AFTER DELETE ON subscribers BEGIN
            UPDATE subscriber_counts SET n = n - 1
                WHERE paused = old.paused AND status = old.status;
        END;
        -- Only when the state changes: the scheduler's writes of next_reminder_at cost nothing.
        CREATE TRIGGER subscriber_recounted AFTER UPDATE OF paused, status ON subscribers
            WHEN new.paused IS NOT old.paused OR new.status IS NOT old.status BEGIN
            UPDATE subscriber_counts SET n = n - 1
                WHERE paused = old.paused AND status = old.status;
            INSERT INTO subscriber_counts (paused, status, n) VALUES (new.paused, new.status, 1)
                ON CONFLICT (paused, status) DO UPDATE SET n = n + 1;
        END;

        -- Routines shown and completed, by their local day.
        CREATE TABLE routine_counts (
            local_date TEXT    PRIMARY KEY,
            shown      INTEGER NOT NULL,
            completed  INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO routine_counts (local_date, shown, completed)
            SELECT local_date, COUNT(*), COUNT(completed_at) FROM routines GROUP BY local_date;
        CREATE TRIGGER routine_counted AFTER INSERT ON routines BEGIN
            INSERT INTO routine_counts (local_date, shown, completed)
                VALUES (new.local_date, 1, new.completed_at IS NOT NULL)
                ON CONFLICT (local_date) DO UPDATE
                SET shown = shown + 1, completed = completed + excluded.completed;
        END;
        CREATE TRIGGER routine_uncounted AFTER DELETE ON routines BEGIN
            UPDATE routine_counts
                SET shown = shown - 1, completed = completed - (old.completed_at IS NOT NULL)
                WHERE local_date = old.local_date;
        END;
        -- Only when completion (or the day) changes: a second tap's write is not counted twice.
        CREATE TRIGGER routine_recounted AFTER UPDATE OF local_date, completed_at ON routines
            WHEN new.local_date IS NOT old.local_date
                OR (new.completed_at IS NULL) IS NOT (old.completed_at IS NULL) BEGIN
            UPDATE routine_counts
                SET shown = shown - 1, completed = completed - (old.completed_at IS NOT NULL)
                WHERE local_date = old.local_date;
            INSERT INTO routine_counts (local_date, shown, completed)
                VALUES (new.local_date, 1, new.completed_at IS NOT NULL)
                ON CONFLICT (local_date) DO UPDATE
                SET shown = shown + 1, completed = completed + excluded.completed;
        END;

        -- Migration 15's indexes for these two counts are read by nothing now; each cost every
        -- write of its table (the routines' one, an entry per routine ever shown).
        DROP INDEX subscribers_by_state;
        DROP INDEX routines_by_day
        """
