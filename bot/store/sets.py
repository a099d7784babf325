"""SQL for the sets people mark done (`set_completions`) and the routine they complete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import aiosqlite

from bot.store.database import Database
from bot.store.epoch import to_epoch


class SetStore:
    """Sets done per routine item; the primary key makes a repeated tap harmless."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def record_set(
        self, user_id: int, day: date, exercise_id: str, set_no: int, now: datetime
    ) -> bool:
        """Record one set; False when that set was already recorded (double tap, retry)."""
        changed = await self._db.execute(
            "INSERT INTO set_completions (user_id, local_date, exercise_id, set_no, recorded_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (user_id, day.isoformat(), exercise_id, set_no, to_epoch(now)),
        )
        return changed == 1

    async def complete_all(
        self, user_id: int, day: date, items: Sequence[tuple[str, int]], now: datetime
    ) -> int:
        """Record every remaining set of `day` ((exercise id, sets) pairs); return how many."""
        rows = [
            (user_id, day.isoformat(), exercise_id, set_no, to_epoch(now))
            for exercise_id, sets in items
            for set_no in range(1, sets + 1)
        ]
        async with self._db.transaction() as conn:
            before = await _count_sets(conn, user_id, day)
            await conn.executemany(
                "INSERT INTO set_completions"
                " (user_id, local_date, exercise_id, set_no, recorded_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                rows,
            )
            return await _count_sets(conn, user_id, day) - before

    async def undo_last_set(self, user_id: int, day: date) -> str | None:
        """Remove the most recently recorded set of a day; return its exercise id."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "SELECT exercise_id, set_no FROM set_completions"
                " WHERE user_id = ? AND local_date = ?"
                " ORDER BY recorded_at DESC, rowid DESC LIMIT 1",
                (user_id, day.isoformat()),
            )
            row = await cursor.fetchone()
            if row is None:
                return None
            await conn.execute(
                "DELETE FROM set_completions WHERE user_id = ? AND local_date = ?"
                " AND exercise_id = ? AND set_no = ?",
                (user_id, day.isoformat(), row["exercise_id"], row["set_no"]),
            )
            await conn.execute(
                "UPDATE routines SET completed_at = NULL WHERE user_id = ? AND local_date = ?",
                (user_id, day.isoformat()),
            )
        return str(row["exercise_id"])

    async def sets_done(self, user_id: int, day: date) -> dict[str, int]:
        """How many sets of each exercise are recorded for a day."""
        rows = await self._db.fetch_all(
            "SELECT exercise_id, COUNT(*) AS n FROM set_completions"
            " WHERE user_id = ? AND local_date = ? GROUP BY exercise_id",
            (user_id, day.isoformat()),
        )
        return {row["exercise_id"]: row["n"] for row in rows}

    async def mark_completed(self, user_id: int, day: date, now: datetime) -> bool:
        """Mark a day's routine complete; False if it already was."""
        changed = await self._db.execute(
            "UPDATE routines SET completed_at = ? WHERE user_id = ? AND local_date = ?"
            " AND completed_at IS NULL",
            (to_epoch(now), user_id, day.isoformat()),
        )
        return changed == 1

    async def total_sets(self, user_id: int) -> int:
        """Every set ever marked done."""
        value = await self._db.fetch_value(
            "SELECT COUNT(*) FROM set_completions WHERE user_id = ?", (user_id,)
        )
        return int(value or 0)


async def _count_sets(conn: aiosqlite.Connection, user_id: int, day: date) -> int:
    cursor = await conn.execute(
        "SELECT COUNT(*) FROM set_completions WHERE user_id = ? AND local_date = ?",
        (user_id, day.isoformat()),
    )
    row = await cursor.fetchone()
    return int(row[0]) if row is not None else 0
