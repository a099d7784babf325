"""SQL for what each day came to: completed or skipped (and why), how it felt, pain scores."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from bot.core.records import DayRecord, Feeling, PainCheckin, SkipReason
from bot.store.database import Database
from bot.store.epoch import to_epoch


class CheckinStore:
    """Skips, feelings, pain check-ins and the day-by-day history; writes are safe to repeat."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def skip(self, user_id: int, day: date, reason: SkipReason) -> bool:
        """Record why `day` was skipped; False when it was already completed."""
        changed = await self._db.execute(
            "UPDATE routines SET skipped_reason = ? WHERE user_id = ? AND local_date = ?"
            " AND completed_at IS NULL",
            (reason, user_id, day.isoformat()),
        )
        return changed == 1

    async def set_feeling(self, user_id: int, day: date, feeling: Feeling) -> bool:
        """Record how `day`'s routine felt; False unless it was completed and not yet rated."""
        changed = await self._db.execute(
            "UPDATE routines SET feeling = ? WHERE user_id = ? AND local_date = ?"
            " AND completed_at IS NOT NULL AND feeling IS NULL",
            (feeling, user_id, day.isoformat()),
        )
        return changed == 1

    async def feeling(self, user_id: int, day: date) -> Feeling | None:
        """How `day`'s routine felt, if the person said."""
        value = await self._db.fetch_value(
            "SELECT feeling FROM routines WHERE user_id = ? AND local_date = ?",
            (user_id, day.isoformat()),
        )
        return value

    async def record_pain(
        self, user_id: int, day: date, score: int, now: datetime
    ) -> list[tuple[str, str]]:
        """Store `day`'s pain score (a later one the same day replaces it); nothing waits now.

        Returns the messages that offered `day`'s check-in buttons, (chat, message id), and
        forgets them: the caller closes them.
        """

        def write(conn: sqlite3.Connection) -> list[tuple[str, str]]:
            conn.execute(
                "INSERT INTO pain_checkins (user_id, local_date, score, recorded_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (user_id, local_date)"
                " DO UPDATE SET score = excluded.score, recorded_at = excluded.recorded_at",
                (user_id, day.isoformat(), score, to_epoch(now)),
            )
            conn.execute("DELETE FROM pain_questions WHERE user_id = ?", (user_id,))
            rows = conn.execute(
                "DELETE FROM pain_prompts WHERE user_id = ? AND local_date = ?"
                " RETURNING chat, message_id",
                (user_id, day.isoformat()),
            ).fetchall()
            return [(str(chat), str(message_id)) for chat, message_id in rows]

        return await self._db.write_in_thread(write)  # one round trip: taps are latency-bound

    async def add_pain_prompt(
        self, user_id: int, day: date, chat: str, message_id: str, keep_since: date
    ) -> None:
        """Note a message offering `day`'s check-in buttons; forget those before `keep_since`."""

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR IGNORE INTO pain_prompts (user_id, local_date, chat, message_id)"
                " VALUES (?, ?, ?, ?)",
                (user_id, day.isoformat(), chat, message_id),
            )
            conn.execute(
                "DELETE FROM pain_prompts WHERE user_id = ? AND local_date < ?",
                (user_id, keep_since.isoformat()),
            )

        await self._db.write_in_thread(write)

    async def close_pain(self, user_id: int) -> None:
        """A typed score is no longer waited for (the check-in's buttons still work)."""
        await self._db.execute("DELETE FROM pain_questions WHERE user_id = ?", (user_id,))

    async def ask_pain(self, user_id: int, day: date, asked_on: date) -> None:
        """Note that a pain check-in for `day` now waits (the newest question replaces any)."""
        await self._db.execute(
            "INSERT INTO pain_questions (user_id, local_date, asked_on) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE"
            " SET local_date = excluded.local_date, asked_on = excluded.asked_on, reoffered = 0",
            (user_id, day.isoformat(), asked_on.isoformat()),
        )

    async def claim_pain_reoffer(self, user_id: int) -> bool:
        """True once per waiting check-in: whoever gets True says it is still open."""
        changed = await self._db.execute(
            "UPDATE pain_questions SET reoffered = 1 WHERE user_id = ? AND reoffered = 0",
            (user_id,),
        )
        return changed == 1

    async def waiting_pain(self, user_id: int, today: date) -> date | None:
        """The day a pain check-in asked on `today` waits for, if one does."""
        value = await self._db.fetch_value(
            "SELECT local_date FROM pain_questions WHERE user_id = ? AND asked_on = ?",
            (user_id, today.isoformat()),
        )
        return None if value is None else date.fromisoformat(value)

    async def claim_feeling_question(self, user_id: int, day: date, now: datetime) -> bool:
        """True once per completed, unrated routine: whoever gets True asks how it felt."""
        changed = await self._db.execute(
            "UPDATE routines SET feeling_asked_at = ? WHERE user_id = ? AND local_date = ?"
            " AND completed_at IS NOT NULL AND feeling IS NULL AND feeling_asked_at IS NULL",
            (to_epoch(now), user_id, day.isoformat()),
        )
        return changed == 1

    async def days(self, user_id: int, since: date | None = None) -> list[DayRecord]:
        """Every routine shown from `since` on (all when None), oldest first, with sets done."""
        rows = await self._db.fetch_all(
            "SELECT r.local_date, r.completed_at IS NOT NULL AS completed, r.skipped_reason,"
            " (SELECT COUNT(*) FROM set_completions s"
            "  WHERE s.user_id = r.user_id AND s.local_date = r.local_date) AS sets_done,"
            " (SELECT COALESCE(SUM(json_extract(i.value, '$.sets')), 0)"
            "  FROM json_each(r.plan_json, '$.items') AS i) AS sets_planned"
            " FROM routines r WHERE r.user_id = ? AND r.local_date >= ? ORDER BY r.local_date",
            (user_id, (since or date.min).isoformat()),
        )
        return [
            DayRecord(
                day=date.fromisoformat(row["local_date"]),
                completed=bool(row["completed"]),
                skipped_reason=row["skipped_reason"],
                sets_done=row["sets_done"],
                sets_planned=row["sets_planned"],
            )
            for row in rows
        ]

    async def pain(self, user_id: int, since: date | None = None) -> list[PainCheckin]:
        """Pain check-ins from `since` on, oldest first."""
        rows = await self._db.fetch_all(
            "SELECT local_date, score FROM pain_checkins WHERE user_id = ? AND local_date >= ?"
            " ORDER BY local_date",
            (user_id, (since or date.min).isoformat()),
        )
        return [PainCheckin(date.fromisoformat(row[0]), row[1]) for row in rows]
