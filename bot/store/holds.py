"""SQL of reminders held while their messaging app cannot be reached, and of the outages.

A held delivery is a journal row still `pending`, owned by no instance, with `retry_at` (when
it may be claimed again) and `hold_until` (the end of the person's local day: then it is given
up as `failed`). The rules are in `bot.core.outage`. Each channel's outage (since when, why,
the next probe, the wait it asked for under flood control) is kept in `runtime_state` under
`reminders.outage.<channel>`, so a restarted sender goes on probing (or waiting) instead of
sending every held reminder into an app that is still down or still asking for a pause.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta

from bot.core.outage import Outage
from bot.core.records import ClaimedDelivery
from bot.core.subscriber import Subscriber
from bot.store.channels import FIRST_OTHER_CHANNEL_ID, TELEGRAM
from bot.store.claims import ClaimBatch
from bot.store.database import Database
from bot.store.epoch import from_epoch, to_epoch
from bot.store.subscribers import subscriber_from_row

_OUTAGE_PREFIX = "reminders.outage."
# The channel of a journal row's person: Telegram's ids are below 2^53 (bot/store/channels.py).
_OF_CHANNEL = f"""
    CASE WHEN d.user_id < {FIRST_OTHER_CHANNEL_ID} THEN '{TELEGRAM}'
         ELSE (SELECT channel FROM channel_identities AS i WHERE i.user_id = d.user_id) END
"""
_SELECT_HELD = f"""
    SELECT d.id AS delivery_id, d.local_date AS delivery_date, d.kind AS delivery_kind, s.*
    FROM deliveries AS d JOIN subscribers AS s ON s.user_id = d.user_id
    WHERE d.retry_at IS NOT NULL AND d.retry_at <= :now AND d.status = 'pending'
      AND {_OF_CHANNEL} = :channel
    ORDER BY d.retry_at, d.id
    LIMIT :limit
"""


class HoldStore:
    """Held deliveries: claimed again, released, given up, counted; each channel's outage."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim_held(
        self,
        now: datetime,
        *,
        channel: str,
        limit: int,
        owner: str,
        owed: Callable[[Subscriber], bool],
    ) -> ClaimBatch:
        """Atomically take up to `limit` held deliveries of `channel` due by `now` to send.

        One no longer `owed` (stopped or paused meanwhile) is recorded as skipped instead.
        """
        parameters = {"now": to_epoch(now), "channel": channel, "limit": limit}
        stamp = to_epoch(now)

        def claim(conn: sqlite3.Connection) -> ClaimBatch:
            batch = ClaimBatch()
            for row in conn.execute(_SELECT_HELD, parameters).fetchall():
                subscriber, delivery_id = subscriber_from_row(row), row["delivery_id"]
                if not owed(subscriber):
                    conn.execute(
                        "UPDATE deliveries SET status = 'skipped', retry_at = NULL,"
                        " error = 'not wanted any more' WHERE id = ?",
                        (delivery_id,),
                    )
                    batch.skipped += 1
                    continue
                conn.execute(
                    "UPDATE deliveries SET retry_at = NULL, claimed_by = ?, claimed_at = ?"
                    " WHERE id = ?",
                    (owner, stamp, delivery_id),
                )
                day = date.fromisoformat(row["delivery_date"])
                batch.deliveries.append(
                    ClaimedDelivery(delivery_id, subscriber, day, row["delivery_kind"])
                )
            return batch

        return await self._db.write_in_thread(claim)

    async def release(self, channel: str, now: datetime) -> int:
        """The channel answers again: every held delivery of it may be claimed from `now`;
        return how many it holds."""
        return await self._db.execute(
            f"UPDATE deliveries AS d SET retry_at = min(retry_at, :now)"
            f" WHERE d.retry_at IS NOT NULL AND {_OF_CHANNEL} = :channel",
            {"now": to_epoch(now), "channel": channel},
        )

    async def sweep(self, now: datetime) -> tuple[int, bool]:
        """Each tick, in one round trip: fail every held delivery whose person's local day is
        over; return how many, and whether any other is due to be claimed by `now`."""
        stamp = to_epoch(now)

        def sweep(conn: sqlite3.Connection) -> tuple[int, bool]:
            gave_up = conn.execute(
                "UPDATE deliveries SET status = 'failed', retry_at = NULL,"
                " error = substr('held until the day ended: ' || coalesce(error, '?'), 1, 500)"
                " WHERE retry_at IS NOT NULL AND hold_until <= ?",
                (stamp,),
            ).rowcount
            due = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM deliveries WHERE retry_at <= ?)", (stamp,)
            ).fetchone()[0]
            return gave_up, bool(due)

        return await self._db.write_in_thread(sweep)

    async def held_counts(self) -> dict[str, int]:
        """How many deliveries each channel has held."""
        rows = await self._db.fetch_all(
            f"SELECT {_OF_CHANNEL} AS channel, COUNT(*) FROM deliveries AS d"
            " WHERE d.retry_at IS NOT NULL GROUP BY 1"
        )
        return {str(channel): int(count) for channel, count in rows}

    async def save_outage(self, outage: Outage) -> None:
        """Keep a channel's outage (a new one, or its next probe after a failed one)."""
        value = json.dumps(
            {
                "since": to_epoch(outage.since),
                "error": outage.error,
                "delay": outage.delay.total_seconds(),
                "next_probe_at": to_epoch(outage.next_probe_at),
                "asked_wait": outage.asked_wait,
            }
        )
        await self._db.execute(
            "INSERT INTO runtime_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_OUTAGE_PREFIX + outage.channel, value),
        )

    async def end_outage(self, channel: str) -> None:
        """The channel answers again."""
        await self._db.execute(
            "DELETE FROM runtime_state WHERE key = ?", (_OUTAGE_PREFIX + channel,)
        )

    async def outages(self) -> list[Outage]:
        """Every channel's outage, as the sender last recorded it."""
        rows = await self._db.fetch_all(
            "SELECT substr(key, ?), value FROM runtime_state WHERE substr(key, 1, ?) = ?"
            " ORDER BY key",
            (len(_OUTAGE_PREFIX) + 1, len(_OUTAGE_PREFIX), _OUTAGE_PREFIX),
        )
        outages = []
        for channel, value in rows:
            fields = json.loads(value)
            since, next_probe_at = from_epoch(fields["since"]), from_epoch(fields["next_probe_at"])
            assert since is not None and next_probe_at is not None
            delay = timedelta(seconds=fields["delay"])
            asked = fields.get("asked_wait")  # flood control (absent: kept before it was known)
            outages.append(Outage(channel, since, fields["error"], delay, next_probe_at, asked))
        return outages
