"""SQL for the `subscribers` table."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import aiosqlite

from bot.core.subscriber import Subscriber
from bot.store.database import Database, Row
from bot.store.epoch import from_epoch, to_epoch
from bot.store.pauses import PauseChange, apply_pause

# The counter every conversation step version comes from, in `runtime_state`. It holds no
# personal data, so /forget leaves it, and it never restarts: a button drawn before /forget
# (or for someone else) can never carry a version a later step gets.
STEP_VERSION_KEY = "conversation.step_version"
# Where the counter starts: above every version stored, and above every version an older
# release's buttons carry (at most 4 decimal digits, read in base 36; see migration 4).
STEP_VERSION_FLOOR = 36**4 - 1


def subscriber_from_row(row: Row) -> Subscriber:
    """Build a Subscriber from a `SELECT * FROM subscribers` row."""
    created = from_epoch(row["created_at"])
    updated = from_epoch(row["updated_at"])
    assert created is not None and updated is not None
    return Subscriber(
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        first_name=row["first_name"],
        language_code=row["language_code"],
        timezone=row["timezone"],
        reminder_time=row["reminder_time"],
        reminder_days=row["reminder_days"],
        phase=row["phase"],
        programme_start=date.fromisoformat(row["programme_start"]),
        dose_level=row["dose_level"],
        onboarding_step=row["onboarding_step"],
        status=row["status"],
        status_reason=row["status_reason"],
        paused=bool(row["paused"]),
        paused_until=from_epoch(row["paused_until"]),
        next_reminder_at=from_epoch(row["next_reminder_at"]),
        snooze_at=from_epoch(row["snooze_at"]),
        snooze_date=None if row["snooze_date"] is None else date.fromisoformat(row["snooze_date"]),
        created_at=created,
        updated_at=updated,
        step_version=row["step_version"],
        unblock_notice_chat=row["unblock_notice_chat"],
        unblock_notice_id=row["unblock_notice_id"],
        unblock_notice_at=from_epoch(row["unblock_notice_at"]),
    )


# Columns a caller may change through `update`; anything else is refused.
_UPDATABLE = frozenset(
    {
        "chat_id", "first_name", "language_code", "timezone", "reminder_time", "reminder_days",
        "phase", "programme_start", "dose_level", "onboarding_step", "status", "status_reason",
        "paused", "paused_until", "next_reminder_at", "snooze_at", "snooze_date", "step_version",
        "unblock_notice_chat", "unblock_notice_id", "unblock_notice_at",
    }
)  # fmt: skip


def _column_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_epoch(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


async def _next_step_version(conn: aiosqlite.Connection) -> int:
    """Take the next number from the step-version counter (in the caller's transaction)."""
    cursor = await conn.execute(
        "INSERT INTO runtime_state (key, value)"
        " SELECT ?, MAX(?, COALESCE(MAX(step_version), 0)) + 1 FROM subscribers"
        " WHERE true"  # an upsert's SELECT needs a WHERE to parse
        " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        " RETURNING CAST(value AS INTEGER)",
        (STEP_VERSION_KEY, STEP_VERSION_FLOOR),
    )
    [(version,)] = await cursor.fetchall()
    return int(version)


async def _tables_with_user_id(conn: aiosqlite.Connection) -> list[str]:
    """Tables holding personal rows: any with a user_id column (children before parents)."""
    cursor = await conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    tables = []
    for (name,) in await cursor.fetchall():
        columns = await conn.execute(f"PRAGMA table_info({name})")
        if any(column[1] == "user_id" for column in await columns.fetchall()):
            tables.append(str(name))
    # Children first so foreign keys never object; subscribers last.
    return sorted(tables, key=lambda name: name == "subscribers")


class SubscriberStore:
    """Create, read and change subscribers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def register(
        self,
        *,
        user_id: int,
        chat_id: int,
        first_name: str,
        language_code: str | None,
        timezone: str,
        reminder_time: str,
        today: date,
        now: datetime,
    ) -> tuple[Subscriber, bool]:
        """Insert a new subscriber or re-activate an existing one; return it and whether it is new.

        Re-running /start never duplicates anyone: the user id is the key, history stays, and a
        person who had blocked or stopped the bot becomes active again.
        """
        async with self._db.transaction() as conn:
            cursor = await conn.execute("SELECT 1 FROM subscribers WHERE user_id = ?", (user_id,))
            existed = await cursor.fetchone() is not None
            # A newcomer's first step gets a fresh version, never one a forgotten past had.
            version = 0 if existed else await _next_step_version(conn)
            await conn.execute(
                """
                INSERT INTO subscribers (
                    user_id, chat_id, first_name, language_code, timezone, reminder_time,
                    programme_start, onboarding_step, step_version, created_at, updated_at
                ) VALUES (?, ?, ?, ?, ?, ?, ?, 'timezone', ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET
                    chat_id = excluded.chat_id,
                    first_name = excluded.first_name,
                    language_code = excluded.language_code,
                    status = 'active',
                    status_reason = NULL,
                    updated_at = excluded.updated_at
                """,
                (
                    user_id, chat_id, first_name, language_code, timezone, reminder_time,
                    today.isoformat(), version, to_epoch(now), to_epoch(now),
                ),
            )  # fmt: skip
            cursor = await conn.execute("SELECT * FROM subscribers WHERE user_id = ?", (user_id,))
            row = await cursor.fetchone()
        assert row is not None
        return subscriber_from_row(row), not existed

    async def get(self, user_id: int) -> Subscriber | None:
        """Return a subscriber by Telegram user id."""
        row = await self._db.fetch_one("SELECT * FROM subscribers WHERE user_id = ?", (user_id,))
        return None if row is None else subscriber_from_row(row)

    async def update(self, user_id: int, now: datetime, **changes: Any) -> Subscriber | None:
        """Change the named columns of one subscriber; return the new state (None if absent)."""
        return await self.update_fields(user_id, now, changes)

    async def update_fields(
        self,
        user_id: int,
        now: datetime,
        changes: Mapping[str, Any],
        pause: PauseChange | None = None,
    ) -> Subscriber | None:
        """Change the given columns (mapping form of `update`), and with them, in the same
        transaction, the pause they begin or end: a crash leaves both or neither."""
        unknown = set(changes) - _UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        assignments = ", ".join(f"{column} = ?" for column in changes)
        values = [_column_value(value) for value in changes.values()]
        async with self._db.transaction() as conn:
            await conn.execute(
                f"UPDATE subscribers SET {assignments}, updated_at = ? WHERE user_id = ?",
                (*values, to_epoch(now), user_id),
            )
            if pause is not None:
                await apply_pause(conn, user_id, pause)
            cursor = await conn.execute("SELECT * FROM subscribers WHERE user_id = ?", (user_id,))
            row = await cursor.fetchone()
        return None if row is None else subscriber_from_row(row)

    async def new_step_version(self) -> int:
        """A step version nobody has had before (the counter never restarts)."""
        async with self._db.transaction() as conn:
            return await _next_step_version(conn)

    async def forget(self, user_id: int) -> int:
        """Delete every row about a person, in every table that holds a user_id, atomically."""
        deleted = 0
        async with self._db.transaction() as conn:
            for table in await _tables_with_user_id(conn):
                cursor = await conn.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
                deleted += cursor.rowcount
        return deleted

    async def export(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row about a person, table by table, as plain values."""
        async with self._db.transaction() as conn:
            result: dict[str, list[dict[str, Any]]] = {}
            for table in await _tables_with_user_id(conn):
                cursor = await conn.execute(
                    f"SELECT * FROM {table} WHERE user_id = ? ORDER BY rowid", (user_id,)
                )
                result[table] = [dict(row) for row in await cursor.fetchall()]
        return result
