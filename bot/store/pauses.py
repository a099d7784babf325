"""SQL for the days each /pause covered, so a pause taken on purpose does not break a streak."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import aiosqlite

from bot.core.records import PausedSpan
from bot.store.database import Database

# A pause still running past `day` ends on it.
_END = (
    "UPDATE pauses SET last_day = ? WHERE user_id = ? AND first_day <= ?"
    " AND (last_day IS NULL OR last_day > ?)"
)


_BEGIN = (
    "INSERT INTO pauses (user_id, first_day, last_day) VALUES (?, ?, ?)"
    " ON CONFLICT (user_id, first_day) DO UPDATE SET last_day = excluded.last_day"
)


@dataclass(frozen=True)
class PauseChange:
    """A pause beginning on `day` until `last` (None: until /resume), or, `begins` False, every
    pause running past `day` ending on it; written with the subscriber's own change."""

    day: date
    begins: bool
    last: date | None = None


async def apply_pause(conn: aiosqlite.Connection, user_id: int, change: PauseChange) -> None:
    """Write a pause's beginning or end inside the caller's transaction."""
    day = change.day.isoformat()
    await conn.execute(_END, (day, user_id, day, day))  # a new pause ends any pause running
    if change.begins:
        last = None if change.last is None else change.last.isoformat()
        await conn.execute(_BEGIN, (user_id, day, last))


class PauseStore:
    """Each pause's first and last local day (written with the subscriber's change)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def spans(self, user_id: int) -> list[PausedSpan]:
        """Every pause the person took, oldest first."""
        rows = await self._db.fetch_all(
            "SELECT first_day, last_day FROM pauses WHERE user_id = ? ORDER BY first_day",
            (user_id,),
        )
        return [
            PausedSpan(
                date.fromisoformat(first), None if last is None else date.fromisoformat(last)
            )
            for first, last in rows
        ]
