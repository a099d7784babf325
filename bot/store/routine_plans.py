"""SQL for the plans kept in the `routines` table: the routine a person was shown for a day, and
the messages that showed it (the reminders' in the delivery journal, /today's in
`routine_messages`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import NamedTuple

from bot.store.database import Database
from bot.store.epoch import to_epoch


class ShownRoutine(NamedTuple):
    """A day's kept plan and the messages a tap on it may redraw."""

    plan_json: str
    reminder: str | None  # the morning reminder's id (its buttons include Snooze)
    copy: str | None  # the copy sent after a refused edit


class RoutinePlanStore:
    """Freeze the routine shown for a local day, so later taps match what was on screen."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def keep(
        self, user_id: int, day: date, *, phase: str, plan_json: str, now: datetime
    ) -> str:
        """Keep `plan_json` as `day`'s routine unless one is kept already; return the kept one."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO routines"
                " (user_id, local_date, phase, plan_json, created_at) VALUES (?, ?, ?, ?, ?)",
                (user_id, day.isoformat(), phase, plan_json, to_epoch(now)),
            )
            cursor = await conn.execute(
                "SELECT plan_json FROM routines WHERE user_id = ? AND local_date = ?",
                (user_id, day.isoformat()),
            )
            row = await cursor.fetchone()
        assert row is not None
        return str(row[0])

    async def replace_untouched(
        self, user_id: int, day: date, *, phase: str, plan_json: str
    ) -> bool:
        """Make `plan_json` (of `phase`) `day`'s routine if nothing of the kept one was recorded
        (no set, not completed, not skipped); False, and nothing changed, otherwise.

        One statement, so a set recorded meanwhile keeps the plan it was recorded on."""
        changed = await self._db.execute(
            "UPDATE routines SET phase = ?, plan_json = ? WHERE user_id = ? AND local_date = ?"
            " AND phase != ? AND completed_at IS NULL AND skipped_reason IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM set_completions AS s"
            " WHERE s.user_id = routines.user_id AND s.local_date = routines.local_date)",
            (phase, plan_json, user_id, day.isoformat(), phase),
        )
        return changed == 1

    async def get(self, user_id: int, day: date) -> str | None:
        """The plan kept for `day`, or None if nothing was shown that day."""
        value = await self._db.fetch_value(
            "SELECT plan_json FROM routines WHERE user_id = ? AND local_date = ?",
            (user_id, day.isoformat()),
        )
        return None if value is None else str(value)

    async def get_with_reminder(self, user_id: int, day: date) -> ShownRoutine | None:
        """The plan kept for `day`, the id of the morning reminder that carried it, and that of
        the copy sent after a refused edit.

        None if nothing was shown that day; the reminder's id is None when no reminder was sent
        (a /today). The reminder's buttons include "Snooze 30 min", which stays when a tap
        redraws them. The ids are text: the channel's own (Telegram's is a number, other
        channels' need not be). One read for all three, as a set tap needs them.
        """
        row = await self._db.fetch_one(
            "SELECT r.plan_json, d.message_id, r.copy_message_id FROM routines AS r"
            " LEFT JOIN deliveries AS d ON d.user_id = r.user_id AND d.local_date = r.local_date"
            " AND d.kind = 'routine' AND d.status = 'sent'"
            " WHERE r.user_id = ? AND r.local_date = ?",
            (user_id, day.isoformat()),
        )
        if row is None:
            return None
        reminder, copy = (None if value is None else str(value) for value in (row[1], row[2]))
        return ShownRoutine(str(row[0]), reminder, copy)

    async def copied_to(self, user_id: int, day: date, message_id: str) -> None:
        """Remember the message `day`'s routine was just sent anew in, after the app refused to
        edit the one tapped: later taps on a frozen message change it instead."""
        await self._db.execute(
            "UPDATE routines SET copy_message_id = ? WHERE user_id = ? AND local_date = ?",
            (message_id, user_id, day.isoformat()),
        )

    async def sent_messages(self, user_id: int, day: date) -> list[tuple[str, bool]]:
        """The messages that carried `day`'s routine: (message id, whether it is the morning
        reminder, whose buttons include "Snooze 30 min"; the snoozed repeat's and /today's do
        not). The reminders first, the morning one before its repeat; then each /today's.
        """
        rows = await self._db.fetch_all(
            "SELECT message_id, kind = 'routine' FROM (SELECT message_id, kind, 0 AS source,"
            " id AS n FROM deliveries WHERE user_id = ? AND local_date = ? AND status = 'sent'"
            " AND message_id IS NOT NULL UNION ALL SELECT message_id, 'today', 1, rowid"
            " FROM routine_messages WHERE user_id = ? AND local_date = ?)"
            " ORDER BY source, kind, n",
            (user_id, day.isoformat(), user_id, day.isoformat()),
        )
        return [(str(row[0]), bool(row[1])) for row in rows]

    async def shown_in(self, user_id: int, day: date, message_id: str) -> None:
        """Remember that a /today message showed `day`'s routine (kept), forgetting the
        messages of the person's earlier days: theirs are never redrawn."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "DELETE FROM routine_messages WHERE user_id = ? AND local_date != ?",
                (user_id, day.isoformat()),
            )
            await conn.execute(
                "INSERT OR IGNORE INTO routine_messages (user_id, local_date, message_id)"
                " VALUES (?, ?, ?)",
                (user_id, day.isoformat(), message_id),
            )

    async def finished_days(
        self, user_ids: Collection[int], since: date
    ) -> dict[tuple[int, str], list[date]]:
        """Days from `since` on whose routine each person finished, by person and phase."""
        if not user_ids:
            return {}
        rows = await self._db.fetch_all(
            "SELECT user_id, phase, local_date FROM routines WHERE completed_at IS NOT NULL"
            " AND local_date >= ? AND user_id IN (" + ", ".join("?" * len(user_ids)) + ")",
            (since.isoformat(), *user_ids),
        )
        finished: dict[tuple[int, str], list[date]] = {}
        for user_id, phase, day in rows:
            finished.setdefault((int(user_id), str(phase)), []).append(date.fromisoformat(day))
        return finished
