"""Claiming due rows for the reminder scheduler: due reminders, due snoozes, abandoned rows.

A claim is one IMMEDIATE transaction that writes the journal row (`pending`, owned by the
claiming instance) and advances `next_reminder_at` together, so a second tick or a second
process on the same database finds nothing left to claim. Each claim runs whole on the
connection's thread (`Database.write_in_thread`): SQLite's write lock, which a tap's write in
the bot's process waits for, is held only while SQLite works, never while the event loop is
busy elsewhere.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.core.records import ClaimedDelivery, DeliveryKind
from bot.core.subscriber import Subscriber
from bot.store.database import Database
from bot.store.epoch import to_epoch
from bot.store.subscribers import subscriber_from_row

if TYPE_CHECKING:
    from bot.core.reminder_rules import DueDecision

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
    WHERE d.status = 'pending' AND d.retry_at IS NULL AND d.claimed_by IS NOT :owner
      AND coalesce(d.claimed_by, '') NOT IN (
          SELECT substr(key, length(:prefix) + 1) FROM runtime_state
          WHERE substr(key, 1, length(:prefix)) = :prefix
            AND CAST(value AS INTEGER) >= :alive_since)
    ORDER BY d.claimed_at
    LIMIT :limit
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


class ClaimStore:
    """The scheduler's claims; each is one transaction in one round trip to SQLite's thread."""

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
        """Atomically take up to `limit` due reminders: journal them and move each row on.

        `decide` runs on the database's thread, inside the transaction: plain, quick code.
        """
        stamp = to_epoch(now)

        def claim(conn: sqlite3.Connection) -> ClaimBatch:
            rows = conn.execute(_SELECT_DUE, (stamp, limit)).fetchall()
            decided = [(s, decide(s)) for s in map(subscriber_from_row, rows)]
            sends = [(s, d.day) for s, d in decided if d.action == "send" and d.day is not None]
            skips = [(s, d.day) for s, d in decided if d.action == "skip" and d.day is not None]
            journaled = _journal_pending(conn, sends, "routine", stamp, owner)
            if skips:
                conn.executemany(
                    _JOURNAL_SKIPPED,
                    [(s.user_id, day.isoformat(), "missed", stamp) for s, day in skips],
                )
            conn.executemany(
                "UPDATE subscribers SET next_reminder_at = ? WHERE user_id = ?",
                [(_epoch_or_none(d.next_at), s.user_id) for s, d in decided],
            )
            # The rest: paused or stopped meanwhile, or their local day already had its routine.
            rescheduled = len(decided) - len(journaled) - len(skips)
            return ClaimBatch(journaled, len(skips), rescheduled)

        return await self._db.write_in_thread(claim)

    async def claim_snoozes(
        self,
        now: datetime,
        *,
        limit: int,
        owner: str,
        owed: Callable[[Subscriber], bool],
    ) -> ClaimBatch:
        """Atomically take up to `limit` due snoozes: journal each one and clear it."""
        stamp = to_epoch(now)

        def claim(conn: sqlite3.Connection) -> ClaimBatch:
            rows = conn.execute(
                "SELECT * FROM subscribers WHERE snooze_at IS NOT NULL AND snooze_at <= ?"
                " ORDER BY snooze_at LIMIT ?",
                (stamp, limit),
            ).fetchall()
            subscribers = [subscriber_from_row(row) for row in rows]
            owed_days = [
                (s, s.snooze_date) for s in subscribers if s.snooze_date is not None and owed(s)
            ]
            journaled = _journal_pending(conn, owed_days, "snooze", stamp, owner)
            conn.executemany(
                "UPDATE subscribers SET snooze_at = NULL, snooze_date = NULL WHERE user_id = ?",
                [(s.user_id,) for s in subscribers],
            )
            return ClaimBatch(journaled, rescheduled=len(subscribers) - len(journaled))

        return await self._db.write_in_thread(claim)

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
        parameters = {
            "owner": owner,
            "prefix": INSTANCE_KEY_PREFIX,
            "alive_since": to_epoch(alive_since),
            "limit": limit,
        }
        too_old = to_epoch(resend_since)

        def claim(conn: sqlite3.Connection) -> ClaimBatch:
            batch = ClaimBatch()
            for row in conn.execute(_SELECT_ABANDONED, parameters).fetchall():
                subscriber = subscriber_from_row(row)
                delivery_id = row["delivery_id"]
                if row["delivery_claimed_at"] < too_old or not subscriber.is_active:
                    conn.execute(
                        "UPDATE deliveries SET status = 'skipped', error = ? WHERE id = ?",
                        ("abandoned", delivery_id),
                    )
                    batch.skipped += 1
                    continue
                conn.execute(
                    "UPDATE deliveries SET claimed_by = ? WHERE id = ?", (owner, delivery_id)
                )
                day = date.fromisoformat(row["delivery_date"])
                batch.deliveries.append(
                    ClaimedDelivery(delivery_id, subscriber, day, row["delivery_kind"])
                )
            return batch

        return await self._db.write_in_thread(claim)


def _epoch_or_none(instant: datetime | None) -> int | None:
    return None if instant is None else to_epoch(instant)


def _journal_pending(
    conn: sqlite3.Connection,
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
    rows = conn.execute(_JOURNAL_PENDING.format(values=values), params).fetchall()
    ids = {user_id: delivery_id for delivery_id, user_id in rows}
    return [
        ClaimedDelivery(ids[subscriber.user_id], subscriber, day, kind)
        for subscriber, day in days
        if subscriber.user_id in ids
    ]
