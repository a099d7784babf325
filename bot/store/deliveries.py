"""SQL of the reminder scheduler: claiming due rows, the delivery journal, and its outcomes.

A claim is one IMMEDIATE transaction that writes the journal row (`pending`, owned by the
claiming instance) and advances `next_reminder_at` together, so a second tick or a second
process on the same database finds nothing left to claim. A row stays `pending` only while its
message is in flight; the rows a crashed instance left pending are taken over and resent.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

import aiosqlite

from bot.core.records import ClaimedDelivery, DeliveryKind
from bot.core.subscriber import Subscriber
from bot.store.database import Database
from bot.store.epoch import to_epoch
from bot.store.subscribers import subscriber_from_row

if TYPE_CHECKING:
    from bot.core.reminder_rules import DueDecision

OutcomeStatus = Literal["sent", "blocked", "failed"]

_SELECT_DUE = """
    SELECT * FROM subscribers
    WHERE status = 'active' AND next_reminder_at IS NOT NULL AND next_reminder_at <= ?
    ORDER BY next_reminder_at
    LIMIT ?
"""
# A day that was only skipped as missed may still get its routine if rescheduled the same day;
# a sent, failed or in-flight day never gets a second one.
_JOURNAL_PENDING = """
    INSERT INTO deliveries (user_id, local_date, kind, status, claimed_at, claimed_by)
    VALUES {values}
    ON CONFLICT (user_id, local_date, kind) DO UPDATE SET
        status = 'pending', error = NULL, claimed_at = excluded.claimed_at,
        claimed_by = excluded.claimed_by
    WHERE deliveries.status = 'skipped'
    RETURNING id, user_id
"""
_JOURNAL_SKIPPED = """
    INSERT INTO deliveries (user_id, local_date, kind, status, error, claimed_at)
    VALUES (?, ?, 'routine', 'skipped', ?, ?)
    ON CONFLICT (user_id, local_date, kind) DO NOTHING
"""
_SELECT_ABANDONED = """
    SELECT d.id AS delivery_id, d.local_date AS delivery_date, d.kind AS delivery_kind,
           d.claimed_at AS delivery_claimed_at, s.*
    FROM deliveries AS d JOIN subscribers AS s ON s.user_id = d.user_id
    WHERE d.status = 'pending' AND d.claimed_by IS NOT :owner
      AND coalesce(d.claimed_by, '') NOT IN (
          SELECT substr(key, length(:prefix) + 1) FROM runtime_state
          WHERE substr(key, 1, length(:prefix)) = :prefix
            AND CAST(value AS INTEGER) >= :alive_since)
    ORDER BY d.claimed_at
    LIMIT :limit
"""
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
INSTANCE_KEY_PREFIX = "scheduler.instance."
LAST_TICK_KEY = "scheduler.last_tick"


@dataclass
class ClaimBatch:
    """What one claim did: deliveries to send now, and rows settled without a message."""

    deliveries: list[ClaimedDelivery] = field(default_factory=list)
    skipped: int = 0
    rescheduled: int = 0

    @property
    def touched(self) -> int:
        """How many rows the claim took off the due list."""
        return len(self.deliveries) + self.skipped + self.rescheduled


@dataclass(frozen=True)
class DeliveryOutcome:
    """How one claimed delivery ended, to be written to the journal (see `record_outcomes`)."""

    delivery_id: int
    user_id: int
    status: OutcomeStatus
    attempts: int
    at: datetime
    message_id: int | None = None
    error: str | None = None


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


class DeliveryStore:
    """Claims, the delivery journal and snoozes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim_due(
        self,
        now: datetime,
        *,
        limit: int,
        owner: str,
        decide: Callable[[Subscriber], DueDecision],
    ) -> ClaimBatch:
        """Atomically take up to `limit` due reminders: journal them and move each row on."""
        batch = ClaimBatch()
        stamp = to_epoch(now)
        async with self._db.transaction() as conn:
            cursor = await conn.execute(_SELECT_DUE, (stamp, limit))
            decided = [
                (subscriber, decide(subscriber))
                for subscriber in map(subscriber_from_row, await cursor.fetchall())
            ]
            sends = [(s, d.day) for s, d in decided if d.action == "send" and d.day is not None]
            skips = [(s, d.day) for s, d in decided if d.action == "skip" and d.day is not None]
            journaled = await _journal_pending(conn, sends, "routine", stamp, owner)
            await conn.executemany(
                _JOURNAL_SKIPPED,
                [(s.user_id, day.isoformat(), "missed", stamp) for s, day in skips],
            )
            await conn.executemany(
                "UPDATE subscribers SET next_reminder_at = ? WHERE user_id = ?",
                [(_epoch_or_none(d.next_at), s.user_id) for s, d in decided],
            )
        batch.deliveries = journaled
        batch.skipped = len(skips)
        # The rest: paused or stopped meanwhile, or their local day already had its routine.
        batch.rescheduled = len(decided) - len(journaled) - len(skips)
        return batch

    async def claim_snoozes(
        self,
        now: datetime,
        *,
        limit: int,
        owner: str,
        owed: Callable[[Subscriber], bool],
    ) -> ClaimBatch:
        """Atomically take up to `limit` due snoozes: journal each one and clear it."""
        batch = ClaimBatch()
        stamp = to_epoch(now)
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "SELECT * FROM subscribers WHERE snooze_at IS NOT NULL AND snooze_at <= ?"
                " ORDER BY snooze_at LIMIT ?",
                (stamp, limit),
            )
            rows = await cursor.fetchall()
            subscribers = [subscriber_from_row(row) for row in rows]
            owed_days = [
                (s, s.snooze_date) for s in subscribers if s.snooze_date is not None and owed(s)
            ]
            batch.deliveries = await _journal_pending(conn, owed_days, "snooze", stamp, owner)
            batch.rescheduled = len(subscribers) - len(batch.deliveries)
            await conn.executemany(
                "UPDATE subscribers SET snooze_at = NULL, snooze_date = NULL WHERE user_id = ?",
                [(s.user_id,) for s in subscribers],
            )
        return batch

    async def reclaim_abandoned(
        self,
        now: datetime,
        *,
        limit: int,
        owner: str,
        alive_since: datetime,
        resend_since: datetime,
    ) -> ClaimBatch:
        """Take over pending rows whose owner stopped beating before `alive_since` (it crashed).

        Rows claimed before `resend_since` are too old to be worth a morning message any more
        and are recorded as skipped instead.
        """
        batch = ClaimBatch()
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                _SELECT_ABANDONED,
                {
                    "owner": owner,
                    "prefix": INSTANCE_KEY_PREFIX,
                    "alive_since": to_epoch(alive_since),
                    "limit": limit,
                },
            )
            for row in await cursor.fetchall():
                subscriber = subscriber_from_row(row)
                delivery_id = row["delivery_id"]
                if row["delivery_claimed_at"] < to_epoch(resend_since) or not subscriber.is_active:
                    await conn.execute(
                        "UPDATE deliveries SET status = 'skipped', error = ? WHERE id = ?",
                        ("abandoned", delivery_id),
                    )
                    batch.skipped += 1
                    continue
                await conn.execute(
                    "UPDATE deliveries SET claimed_by = ? WHERE id = ?", (owner, delivery_id)
                )
                day = date.fromisoformat(row["delivery_date"])
                batch.deliveries.append(
                    ClaimedDelivery(delivery_id, subscriber, day, row["delivery_kind"])
                )
        return batch

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
                " attempts = done.attempts, error = NULL, sent_at = done.sent_at"
                " FROM done WHERE deliveries.id = done.id",
                [
                    v
                    for o in sent
                    for v in (o.delivery_id, o.message_id, o.attempts, to_epoch(o.at))
                ],
            )
        failed = [o for o in outcomes if o.status != "sent"]
        if not failed:
            return
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE deliveries SET status = 'failed', error = ?, attempts = ? WHERE id = ?",
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

    async def journal(self, user_id: int) -> list[aiosqlite.Row]:
        """One subscriber's delivery journal, oldest first."""
        return await self._db.fetch_all(
            "SELECT * FROM deliveries WHERE user_id = ? ORDER BY local_date, kind", (user_id,)
        )


def _epoch_or_none(instant: datetime | None) -> int | None:
    return None if instant is None else to_epoch(instant)


async def _journal_pending(
    conn: aiosqlite.Connection,
    days: list[tuple[Subscriber, date]],
    kind: DeliveryKind,
    stamp: int,
    owner: str,
) -> list[ClaimedDelivery]:
    """Write pending journal rows in one statement; return the ones that were not there yet."""
    if not days:
        return []
    values = ", ".join(["(?, ?, ?, 'pending', ?, ?)"] * len(days))
    params = [
        value
        for subscriber, day in days
        for value in (subscriber.user_id, day.isoformat(), kind, stamp, owner)
    ]
    cursor = await conn.execute(_JOURNAL_PENDING.format(values=values), params)
    ids = {user_id: delivery_id for delivery_id, user_id in await cursor.fetchall()}
    return [
        ClaimedDelivery(ids[subscriber.user_id], subscriber, day, kind)
        for subscriber, day in days
        if subscriber.user_id in ids
    ]
