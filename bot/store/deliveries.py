"""SQL of the reminder scheduler's delivery journal: outcomes, kept routines, snoozes.

Claims (`bot.store.claims`) write a row `pending`, owned by the claiming instance; it stays
`pending` while its message is in flight, and the rows a crashed instance left pending are
taken over and resent. Outcomes are written here, many in one statement. A delivery whose app
could not be reached is held: `pending`, owned by no one, tried again from `retry_at`
(`bot.store.holds`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

import aiosqlite

from bot.store.claims import ClaimStore
from bot.store.database import BUSY_RETRY_S
from bot.store.epoch import to_epoch

# held: the app could not be reached; the row waits for `retry_at` (at most until `hold_until`).
OutcomeStatus = Literal["sent", "blocked", "failed", "held"]

# Each wanted day's kept plan, with its sets done as {"exercise_id": count}.
_SELECT_KEPT = """
    WITH wanted (user_id, local_date) AS (VALUES {wanted})
    SELECT r.user_id, r.local_date, r.plan_json,
           (SELECT json_group_object(exercise_id, n) FROM (
               SELECT exercise_id, COUNT(*) AS n FROM set_completions AS c
               WHERE c.user_id = r.user_id AND c.local_date = r.local_date
               GROUP BY exercise_id)) AS done
    FROM routines AS r JOIN wanted AS w
      ON r.user_id = w.user_id AND r.local_date = w.local_date
"""


# Found through deliveries_by_status (status, claimed_at): one index range per status.
_FORGET_SETTLED = """
    DELETE FROM deliveries WHERE id IN (
        SELECT id FROM deliveries
        WHERE status IN ('sent', 'failed', 'skipped') AND claimed_at < ? LIMIT ?)
"""


@dataclass(frozen=True)
class DeliveryOutcome:
    """How one claimed delivery ended, to be written to the journal (see `record_outcomes`)."""

    delivery_id: int
    user_id: int
    status: OutcomeStatus
    attempts: int
    at: datetime
    message_id: int | str | None = None  # the channel's own: Telegram's a number, WhatsApp's not
    error: str | None = None
    retry_at: datetime | None = None  # held: when to try again
    hold_until: datetime | None = None  # held: when the person's local day ends


@dataclass(frozen=True)
class RoutineToKeep:
    """A freshly built plan for a person's day, kept unless that day already has one."""

    user_id: int
    day: date
    phase: str
    plan_json: str


@dataclass(frozen=True)
class KeptRoutine:
    """The plan a day keeps (what taps will match) and the sets already done on it."""

    plan_json: str
    done: dict[str, int]


class DeliveryStore(ClaimStore):
    """Claims (`ClaimStore`), the delivery journal's outcomes, kept routines and snoozes."""

    async def mark_sent(
        self, delivery_id: int, *, message_id: int, attempts: int, now: datetime
    ) -> None:
        """Record that Telegram accepted the message."""
        await self._db.execute(
            "UPDATE deliveries SET status = 'sent', message_id = ?, attempts = ?, error = NULL,"
            " sent_at = ? WHERE id = ?",
            (message_id, attempts, to_epoch(now), delivery_id),
        )

    async def mark_failed(self, delivery_id: int, *, error: str, attempts: int) -> None:
        """Give up on this delivery for the day (the journal keeps why)."""
        await self._db.execute(
            "UPDATE deliveries SET status = 'failed', error = ?, attempts = ? WHERE id = ?",
            (error[:500], attempts, delivery_id),
        )

    async def deactivate(
        self, delivery_id: int, *, user_id: int, reason: str, attempts: int, now: datetime
    ) -> None:
        """The person blocked the bot or the chat is gone: fail the delivery, stop reminders."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE deliveries SET status = 'failed', error = ?, attempts = ? WHERE id = ?",
                (reason[:500], attempts, delivery_id),
            )
            await conn.execute(
                "UPDATE subscribers SET status = 'blocked', status_reason = ?,"
                " next_reminder_at = NULL, snooze_at = NULL, snooze_date = NULL, updated_at = ?"
                " WHERE user_id = ?",
                (reason[:200], to_epoch(now), user_id),
            )

    async def record_outcomes(self, outcomes: list[DeliveryOutcome]) -> None:
        """Write many deliveries' outcomes at once (the journal's batched commit).

        Until this commits, those rows stay `pending` and a crash resends them: the scheduler
        counts them against its in-flight bound, which stays the most a crash can duplicate.
        Sent rows are one statement (one commit); failures, rare, one transaction.
        """
        sent = [o for o in outcomes if o.status == "sent"]
        if sent:
            values = ", ".join(["(?, ?, ?, ?)"] * len(sent))
            await self._db.execute(
                f"WITH done (id, message_id, attempts, sent_at) AS (VALUES {values})"
                " UPDATE deliveries SET status = 'sent', message_id = done.message_id,"
                " attempts = deliveries.attempts + done.attempts, error = NULL,"
                " sent_at = done.sent_at"
                " FROM done WHERE deliveries.id = done.id",
                [
                    v
                    for o in sent
                    for v in (o.delivery_id, o.message_id, o.attempts, to_epoch(o.at))
                ],
            )
        held = [o for o in outcomes if o.status == "held"]
        failed = [o for o in outcomes if o.status in ("failed", "blocked")]
        if not failed and not held:
            return
        async with self._db.transaction() as conn:
            # Tried again from retry_at, by whichever instance claims it then (none owns it).
            await conn.executemany(
                "UPDATE deliveries SET retry_at = ?, hold_until = ?, claimed_by = NULL,"
                " error = ?, attempts = attempts + ? WHERE id = ?",
                [
                    (
                        to_epoch(o.retry_at or o.at),
                        to_epoch(o.hold_until or o.at),
                        (o.error or "unreachable")[:500],
                        o.attempts,
                        o.delivery_id,
                    )
                    for o in held
                ],
            )
            await conn.executemany(
                "UPDATE deliveries SET status = 'failed', error = ?, attempts = attempts + ?"
                " WHERE id = ?",
                [((o.error or "unknown")[:500], o.attempts, o.delivery_id) for o in failed],
            )
            # The chat is gone: reminders stop for good (as `deactivate` does for one).
            await conn.executemany(
                "UPDATE subscribers SET status = 'blocked', status_reason = ?,"
                " next_reminder_at = NULL, snooze_at = NULL, snooze_date = NULL, updated_at = ?"
                " WHERE user_id = ?",
                [
                    ((o.error or "blocked")[:200], to_epoch(o.at), o.user_id)
                    for o in failed
                    if o.status == "blocked"
                ],
            )

    async def keep_routines(
        self, routines: list[RoutineToKeep], now: datetime
    ) -> dict[tuple[int, date], KeptRoutine]:
        """Keep each day's plan unless one is kept already; return the kept plans and sets done.

        Two statements for a whole claimed batch, instead of five round trips per message. They
        need no common transaction: a plan kept meanwhile (by /today) is the one returned.
        """
        if not routines:
            return {}
        stamp = to_epoch(now)
        await self._db.execute(
            "INSERT OR IGNORE INTO routines (user_id, local_date, phase, plan_json, created_at)"
            " VALUES " + ", ".join(["(?, ?, ?, ?, ?)"] * len(routines)),
            [
                v
                for r in routines
                for v in (r.user_id, r.day.isoformat(), r.phase, r.plan_json, stamp)
            ],
        )
        rows = await self._db.fetch_all(
            _SELECT_KEPT.format(wanted=", ".join(["(?, ?)"] * len(routines))),
            [v for r in routines for v in (r.user_id, r.day.isoformat())],
        )
        return {
            (user_id, date.fromisoformat(day)): KeptRoutine(
                str(plan_json), {} if done == "{}" else dict(json.loads(done))
            )
            for user_id, day, plan_json, done in rows
        }

    async def set_snooze(self, user_id: int, *, day: date, at: datetime, now: datetime) -> bool:
        """Store a one-off repeat of `day`'s routine at `at`; False if that day was snoozed."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "SELECT 1 FROM deliveries"
                " WHERE user_id = ? AND local_date = ? AND kind = 'snooze'",
                (user_id, day.isoformat()),
            )
            if await cursor.fetchone() is not None:
                return False
            cursor = await conn.execute(
                "UPDATE subscribers SET snooze_at = ?, snooze_date = ?, updated_at = ?"
                " WHERE user_id = ? AND status = 'active'",
                (to_epoch(at), day.isoformat(), to_epoch(now), user_id),
            )
            return cursor.rowcount == 1

    async def claimed_since(self, user_id: int, at: datetime) -> bool:
        """Whether a reminder (routine, snooze or a held one released) was claimed for the
        person at or after `at`: something went, or was about to go, to them since."""
        found = await self._db.fetch_value(
            "SELECT EXISTS (SELECT 1 FROM deliveries WHERE user_id = ? AND claimed_at >= ?)",
            (user_id, to_epoch(at)),
        )
        return bool(found)

    async def last_routine_day(self, user_id: int) -> date | None:
        """The latest local day whose routine went out, or failed (a day only missed is not)."""
        value = await self._db.fetch_value(
            "SELECT MAX(local_date) FROM deliveries"
            " WHERE user_id = ? AND kind = 'routine' AND status != 'skipped'",
            (user_id,),
        )
        return None if value is None else date.fromisoformat(value)

    async def forget_settled_before(
        self, instant: datetime, *, batch: int = 1000, stop: threading.Event | None = None
    ) -> int:
        """Delete the journal rows settled (sent, failed, skipped) and claimed before `instant`,
        until none is left or `stop` is set (the bot is stopping: the rest go at its next
        check); return how many went. A pending row (in flight, or held for an app that is
        down) is never deleted: it still has a message to send or a row to settle.

        Deleted apart from the bot's connection, a batch per statement (a thousand rows: about
        10 ms at a million subscribers, `python -m bench housekeeping`), so no tap or claim
        waits for more than one batch.
        """
        stamp = to_epoch(instant)

        def forget(conn: sqlite3.Connection) -> int:
            gone = 0
            while stop is None or not stop.is_set():
                deleted = conn.execute(_FORGET_SETTLED, (stamp, batch)).rowcount
                gone += deleted
                if deleted < batch:
                    break
                # The write lock is free now: a writer polling for it (every BUSY_RETRY_S)
                # takes it before the next batch does.
                time.sleep(2 * BUSY_RETRY_S)
            return gone

        return await self._db.apart(forget)

    async def journal(self, user_id: int) -> list[aiosqlite.Row]:
        """One subscriber's delivery journal, oldest first."""
        return await self._db.fetch_all(
            "SELECT * FROM deliveries WHERE user_id = ? ORDER BY local_date, kind", (user_id,)
        )
