"""The tables as migration 1 created them, when the bot was first released.

Everything since is a numbered step in `bot.store.migrations`; never edit this: it has shipped,
and every database in use was made from it.
"""

INITIAL_SCHEMA = """
        CREATE TABLE subscribers (
            user_id          INTEGER PRIMARY KEY,  -- Telegram user id
            chat_id          INTEGER NOT NULL,     -- the private chat the bot writes to
            first_name       TEXT    NOT NULL DEFAULT '',
            language_code    TEXT,
            timezone         TEXT    NOT NULL,     -- IANA name
            reminder_time    TEXT    NOT NULL,     -- local HH:MM
            reminder_days    INTEGER NOT NULL DEFAULT 127 CHECK (reminder_days BETWEEN 0 AND 127),
            phase            TEXT    NOT NULL DEFAULT 'recovering'
                             CHECK (phase IN ('acute', 'recovering', 'prevention')),
            programme_start  TEXT    NOT NULL,     -- local ISO date the programme began
            dose_level       INTEGER NOT NULL DEFAULT 0,
            onboarding_step  TEXT,                 -- NULL once onboarding is finished
            status           TEXT    NOT NULL DEFAULT 'active'
                             CHECK (status IN ('active', 'stopped', 'blocked')),
            status_reason    TEXT,
            paused           INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
            paused_until     INTEGER,              -- UTC epoch seconds; NULL = until /resume
            next_reminder_at INTEGER,              -- UTC epoch seconds; NULL = nothing due
            snooze_at        INTEGER,              -- UTC epoch seconds of a one-off repeat
            snooze_date      TEXT,                 -- local date of the routine being snoozed
            created_at       INTEGER NOT NULL,
            updated_at       INTEGER NOT NULL
        );
        -- The scheduler's hot query: active subscribers whose reminder is due.
        CREATE INDEX subscribers_due ON subscribers (next_reminder_at)
            WHERE status = 'active' AND next_reminder_at IS NOT NULL;
        CREATE INDEX subscribers_snooze ON subscribers (snooze_at)
            WHERE snooze_at IS NOT NULL;

        -- Delivery journal: one row per subscriber, local day and kind, written before sending.
        CREATE TABLE deliveries (
            id          INTEGER PRIMARY KEY,
            user_id     INTEGER NOT NULL REFERENCES subscribers (user_id) ON DELETE CASCADE,
            local_date  TEXT    NOT NULL,
            kind        TEXT    NOT NULL DEFAULT 'routine' CHECK (kind IN ('routine', 'snooze')),
            status      TEXT    NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
            message_id  INTEGER,
            attempts    INTEGER NOT NULL DEFAULT 0,
            error       TEXT,
            claimed_at  INTEGER NOT NULL,
            sent_at     INTEGER,
            UNIQUE (user_id, local_date, kind)
        );
        CREATE INDEX deliveries_by_status ON deliveries (status, claimed_at);

        -- The routine a subscriber was given for a local day, frozen so taps match what they saw.
        CREATE TABLE routines (
            user_id        INTEGER NOT NULL REFERENCES subscribers (user_id) ON DELETE CASCADE,
            local_date     TEXT    NOT NULL,
            phase          TEXT    NOT NULL,
            plan_json      TEXT    NOT NULL,
            created_at     INTEGER NOT NULL,
            completed_at   INTEGER,
            skipped_reason TEXT CHECK (skipped_reason IN ('pain', 'no_time', 'other')),
            feeling        TEXT CHECK (feeling IN ('too_easy', 'about_right', 'too_hard')),
            PRIMARY KEY (user_id, local_date)
        );

        -- One row per set marked done; the key makes double taps and retries harmless.
        CREATE TABLE set_completions (
            user_id     INTEGER NOT NULL,
            local_date  TEXT    NOT NULL,
            exercise_id TEXT    NOT NULL,
            set_no      INTEGER NOT NULL CHECK (set_no >= 1),
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (user_id, local_date, exercise_id, set_no),
            FOREIGN KEY (user_id, local_date)
                REFERENCES routines (user_id, local_date) ON DELETE CASCADE
        );

        -- Pain check-ins: one per local day, the latest wins.
        CREATE TABLE pain_checkins (
            user_id     INTEGER NOT NULL REFERENCES subscribers (user_id) ON DELETE CASCADE,
            local_date  TEXT    NOT NULL,
            score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (user_id, local_date)
        );

        -- Operational key/value facts (e.g. the scheduler's last tick), not personal data.
        CREATE TABLE runtime_state (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
