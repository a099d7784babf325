"""SQL for the days each /pause covered, so a pause taken on purpose does not break a streak."""

from __future__ import annotations

import sqlite3
from datetime import date

from bot.core.records import PausedSpan
from bot.store.database import Database

# A pause still running past `day` ends on it.
_END = (
    "UPDATE pauses SET last_day = ? WHERE user_id = ? AND first_day <= ?"
    " AND (last_day IS NULL OR last_day > ?)"
)


class PauseStore:
    """Each pause's first and last local day; writes are safe to repeat."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def begin(self, user_id: int, first: date, last: date | None) -> None:
        """A pause from `first` to `last` (None: until /resume); it ends any pause running."""

        def write(conn: sqlite3.Connection) -> None:
            _end(conn, user_id, first)
            conn.execute(
                "INSERT INTO pauses (user_id, first_day, last_day) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id, first_day) DO UPDATE SET last_day = excluded.last_day",
                (user_id, first.isoformat(), None if last is None else last.isoformat()),
            )

        await self._db.write_in_thread(write)  # both statements in one transaction

    async def end(self, user_id: int, day: date) -> None:
        """End on `day` any pause still running past it (/resume)."""
        await self._db.execute(_END, (day.isoformat(), user_id, day.isoformat(), day.isoformat()))

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


def _end(conn: sqlite3.Connection, user_id: int, day: date) -> None:
    conn.execute(_END, (day.isoformat(), user_id, day.isoformat(), day.isoformat()))
