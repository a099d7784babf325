"""Numbered schema migrations, applied in order and recorded in `schema_migrations`.

Migration 1 created the tables as first released (`bot.store.initial_schema`); each step here
since changes them. `Database.migrate` (bot/store/database.py) applies those not yet recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.counts_schema import OPERATOR_COUNTS
from bot.store.initial_schema import INITIAL_SCHEMA


@dataclass(frozen=True)
class Migration:
    """One schema step; applied once, inside one transaction."""

    number: int
    name: str
    sql: str


# Never edit a migration that has shipped: add a new one with the next number.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", INITIAL_SCHEMA),
    Migration(
        2,
        "delivery owner",
        """
        -- The scheduler instance sending a pending delivery; a crashed owner's rows are resent.
        ALTER TABLE deliveries ADD COLUMN claimed_by TEXT
        """,
    ),
    Migration(
        3,
        "conversation step version",
        """
        -- Bumped whenever the conversation's step changes; buttons carry it, so taps on a
        -- finished or superseded step are recognised (see bot/core/conversation.py).
        ALTER TABLE subscribers ADD COLUMN step_version INTEGER NOT NULL DEFAULT 0
        """,
    ),
    Migration(
        4,
        "exercise figures",
        """
        -- Telegram's file_id for each uploaded figure: uploaded once, then sent by id. A content
        -- or drawing change gives a new hash, so the new picture is uploaded afresh.
        CREATE TABLE figure_files (
            figure_id    TEXT    NOT NULL,  -- the exercise id
            content_hash TEXT    NOT NULL,  -- pose data and renderer version
            file_id      TEXT    NOT NULL,
            uploaded_at  INTEGER NOT NULL,
            PRIMARY KEY (figure_id, content_hash)
        );
        -- The exercises a person has been shown the how-to card of, unasked, once each.
        CREATE TABLE exercise_intros (
            user_id     INTEGER NOT NULL REFERENCES subscribers (user_id) ON DELETE CASCADE,
            exercise_id TEXT    NOT NULL,
            shown_at    INTEGER NOT NULL,
            PRIMARY KEY (user_id, exercise_id)
        );
        """,
    ),
    Migration(
        5,
        "step versions that never restart",
        """
        -- Buttons now carry the version in base 36. Stored versions are read the way the
        -- buttons already in chats will be read (decimal digits as base-36 digits: 12 -> 38),
        -- so the buttons of a step still waiting keep working.
        UPDATE subscribers SET step_version = (
            WITH RECURSIVE digits (rest, total, weight) AS (
                SELECT subscribers.step_version, 0, 1
                UNION ALL
                SELECT rest / 10, total + rest % 10 * weight, weight * 36
                FROM digits WHERE rest > 0
            )
            SELECT MAX(total) FROM digits
        );
        -- From now on every version comes from one counter that /forget leaves (see
        -- bot/store/subscribers.py), starting above any version stored or on an older button
        -- (up to 4 decimal digits), so a button from before /forget can never match again.
        INSERT INTO runtime_state (key, value)
            SELECT 'conversation.step_version', MAX(1679615, COALESCE(MAX(step_version), 0))
            FROM subscribers
        """,
    ),
    Migration(
        6,
        "exercises already seen in a routine count as introduced",
        """
        -- The morning reminder now brings the card of each exercise a person meets for the
        -- first time. Someone who was already sent a routine has met its exercises (it had a
        -- How? button for each): they get no cards for those, so the first morning after an
        -- upgrade is an ordinary one, not a flood of pictures to every subscriber.
        INSERT OR IGNORE INTO exercise_intros (user_id, exercise_id, shown_at)
            SELECT routines.user_id, json_extract(item.value, '$.exercise_id'),
                   MIN(routines.created_at)
            FROM routines, json_each(routines.plan_json, '$.items') AS item
            WHERE json_extract(item.value, '$.exercise_id') IS NOT NULL
            GROUP BY routines.user_id, json_extract(item.value, '$.exercise_id')
        """,
    ),
    Migration(
        7,
        "people on more than one messaging app, and WhatsApp delivery statuses",
        """
        -- Who a person is on each messaging app. Every table keys people by user_id; on Telegram
        -- that is the chat id itself, below 2^52 (the Bot API promises ids of at most 52
        -- significant bits, and private chats are positive). Other channels' people get ids
        -- from 2^53 up, a range Telegram never uses, so the two can never collide and every
        -- existing table serves every channel unchanged. Telegram people need no row here.
        -- The column is user_id so /export and /forget cover it like every other table.
        CREATE TABLE channel_identities (
            channel          TEXT    NOT NULL,
            address          TEXT    NOT NULL,  -- the id on that channel (WhatsApp: wa_id)
            user_id          INTEGER NOT NULL UNIQUE,
            last_inbound_at  INTEGER,           -- UTC epoch seconds of their last message
            created_at       INTEGER NOT NULL,
            PRIMARY KEY (channel, address)
        );
        -- WhatsApp's delivery statuses by message id (wamid): sent, delivered, read, failed.
        -- A reminder's message is linked to its row of the delivery journal.
        CREATE TABLE whatsapp_messages (
            wamid        TEXT    PRIMARY KEY,
            user_id      INTEGER NOT NULL,
            delivery_id  INTEGER REFERENCES deliveries (id) ON DELETE SET NULL,
            status       TEXT    NOT NULL DEFAULT 'accepted'
                         CHECK (status IN ('accepted', 'sent', 'delivered', 'read', 'failed')),
            error        TEXT,
            updated_at   INTEGER NOT NULL
        );
        CREATE INDEX whatsapp_messages_by_user ON whatsapp_messages (user_id)
        """,
    ),
    Migration(
        8,
        "reminders held while their messaging app is down",
        """
        -- A reminder whose app could not be reached (bot/core/outage.py) stays 'pending', owned
        -- by no instance, and is tried again from retry_at; when hold_until (the end of the
        -- person's local day) comes first, it is given up as 'failed'. The UNIQUE key on
        -- (user_id, local_date, kind) still allows one delivery a day, however often it is tried.
        ALTER TABLE deliveries ADD COLUMN retry_at INTEGER;
        ALTER TABLE deliveries ADD COLUMN hold_until INTEGER;
        CREATE INDEX deliveries_held ON deliveries (retry_at) WHERE retry_at IS NOT NULL
        """,
    ),
    Migration(
        9,
        "how much of a reminder went out before it was held",
        """
        -- A reminder may go out as more than one message (WhatsApp: a long routine's text, then
        -- its list of buttons). parts_sent counts the messages the app accepted, in order, as
        -- each is accepted; a reminder held part-way (the app unreachable, a rate limit) is
        -- resent from the first part not yet accepted, so no part ever comes twice.
        ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0
        """,
    ),
    Migration(
        10,
        "a pain check-in waiting for a typed score; 'how did it feel?' asked once",
        """
        -- The pain check-in a person was asked and has not answered: for which day, and on which
        -- of their local days it was asked (a typed score answers it that day only); reoffered
        -- is 1 once a question asked meanwhile was followed by "still open" (said once only).
        CREATE TABLE pain_questions (
            user_id    INTEGER PRIMARY KEY REFERENCES subscribers (user_id) ON DELETE CASCADE,
            local_date TEXT    NOT NULL,
            asked_on   TEXT    NOT NULL,
            reoffered  INTEGER NOT NULL DEFAULT 0
        );
        -- When "How did it feel?" was asked about a day's routine: asked once, however often
        -- the pain is logged (two taps before the first edit lands).
        ALTER TABLE routines ADD COLUMN feeling_asked_at INTEGER
        """,
    ),
    Migration(
        11,
        "the messages offering a pain check-in's buttons",
        """
        -- Each message that offers a day's pain check-in buttons (the question, its re-offer,
        -- "that isn't a score"), on channels that edit: once a score for the day is noted,
        -- typed or tapped, every one is edited to show it without buttons, as a tap edits its
        -- own. Rows go with that score, or once their day is too old for its buttons.
        CREATE TABLE pain_prompts (
            user_id    INTEGER NOT NULL REFERENCES subscribers (user_id) ON DELETE CASCADE,
            local_date TEXT    NOT NULL,
            chat       TEXT    NOT NULL,
            message_id TEXT    NOT NULL,
            PRIMARY KEY (user_id, local_date, chat, message_id)
        )
        """,
    ),
    Migration(
        12,
        "WhatsApp message statuses forgotten by age",
        """
        -- whatsapp_messages gains a row for every message the bot sends on WhatsApp; Meta's
        -- statuses for one come within its 30-day lifetime, so older rows serve nothing and the
        -- daily upkeep (bot/ops/housekeeping.py) deletes them, found through this index.
        CREATE INDEX whatsapp_messages_by_age ON whatsapp_messages (updated_at)
        """,
    ),
    Migration(
        13,
        "the days each pause covered",
        """
        -- One row per /pause: its first and last local day (last_day NULL while it runs until
        -- /resume). Days inside a pause neither break a streak nor add to it.
        CREATE TABLE pauses (
            user_id   INTEGER NOT NULL REFERENCES subscribers (user_id) ON DELETE CASCADE,
            first_day TEXT    NOT NULL,
            last_day  TEXT,
            PRIMARY KEY (user_id, first_day)
        )
        """,
    ),
    Migration(
        14,
        "the delivery journal forgotten by age",
        """
        -- The hourly upkeep (bot/ops/housekeeping.py) deletes journal rows a week old. Each
        -- deleted row unlinks the WhatsApp statuses filed under it (ON DELETE SET NULL); without
        -- this index SQLite would scan every status for every row deleted.
        CREATE INDEX whatsapp_messages_by_delivery ON whatsapp_messages (delivery_id)
            WHERE delivery_id IS NOT NULL
        """,
    ),
    Migration(
        15,
        "the operator's numbers found through indexes",
        """
        -- /stats (bot/store/stats.py) counted its numbers by reading whole tables: every
        -- subscriber, a week of the delivery journal (seven million rows at a million
        -- subscribers) and every routine ever shown. Each count now reads an index alone.
        -- Subscribers by state: paused first, so that no query choosing people by status (the
        -- scheduler's, through subscribers_due) is drawn to it.
        CREATE INDEX subscribers_by_state ON subscribers (paused, status);
        -- The journal's sent rows by when they went out: only rows sent, so a claim's insert
        -- writes nothing here, and only a query asking for status = 'sent' can use it.
        CREATE INDEX deliveries_sent ON deliveries (sent_at, status) WHERE status = 'sent';
        CREATE INDEX routines_by_day ON routines (local_date, completed_at)
        """,
    ),
    Migration(
        16,
        "the words said at an unblock",
        """
        -- The message saying reminders are back, sent when Telegram reports an unblock (its
        -- chat and id as the channel names them), and when. Telegram's "Restart" unblocks and
        -- sends /start at once: when that /start is the person's first message since and
        -- nothing was sent to them meanwhile, its greeting takes this message's place
        -- (bot/chat/unblock.py) instead of following it. Any other message forgets it.
        ALTER TABLE subscribers ADD COLUMN unblock_notice_chat TEXT;
        ALTER TABLE subscribers ADD COLUMN unblock_notice_id TEXT;
        ALTER TABLE subscribers ADD COLUMN unblock_notice_at INTEGER
        """,
    ),
    Migration(17, "the operator's counts kept as their rows are written", OPERATOR_COUNTS),
    Migration(
        18,
        "the messages /today showed a routine in",
        """
        -- Each message /today sent the day's routine in (its id as the channel names it), so a
        -- change of phase redraws it like the reminders in the delivery journal. Only the
        -- person's latest day is kept: an older day's routine is never redrawn.
        CREATE TABLE routine_messages (
            user_id     INTEGER NOT NULL,
            local_date  TEXT    NOT NULL,
            message_id  TEXT    NOT NULL,
            PRIMARY KEY (user_id, local_date, message_id),
            FOREIGN KEY (user_id, local_date)
                REFERENCES routines (user_id, local_date) ON DELETE CASCADE
        )
        """,
    ),
    Migration(
        19,
        "the copy of a routine sent after a refused edit",
        """
        -- The routine sent anew (its id as the channel names it) when the app refused to edit
        -- a message showing it (Telegram: "message can't be edited"): later taps on a frozen
        -- message change this copy instead of sending one more each time.
        ALTER TABLE routines ADD COLUMN copy_message_id TEXT
        """,
    ),
)
