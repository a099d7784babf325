"""SQL for the scheduler's operational facts in `runtime_state`: ticks and instance heartbeats.

`scheduler.last_tick` holds the UTC epoch seconds (as text) of the newest tick of any instance;
the health check reads it. `scheduler.instance.<id>` holds each running instance's last beat,
so the instances can tell a crashed owner's pending deliveries from ones still in flight.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.store.claims import INSTANCE_KEY_PREFIX, LAST_TICK_KEY
from bot.store.database import Database
from bot.store.epoch import from_epoch, to_epoch

# Heartbeats of instances gone this long, with nothing left pending, are deleted.
FORGET_INSTANCES_AFTER = timedelta(days=1)


class SchedulerStateStore:
    """The scheduler's last tick and the heartbeats of the running instances."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def beat(self, instance: str, now: datetime) -> None:
        """Record a tick of `instance` at `now` (also as the scheduler's last tick)."""
        stamp = str(to_epoch(now))
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO runtime_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(LAST_TICK_KEY, stamp), (INSTANCE_KEY_PREFIX + instance, stamp)],
            )
            await conn.execute(
                "DELETE FROM runtime_state WHERE substr(key, 1, length(:prefix)) = :prefix"
                " AND CAST(value AS INTEGER) < :before"
                " AND substr(key, length(:prefix) + 1) NOT IN ("
                "   SELECT claimed_by FROM deliveries"
                "   WHERE status = 'pending' AND claimed_by IS NOT NULL)",
                {"prefix": INSTANCE_KEY_PREFIX, "before": to_epoch(now - FORGET_INSTANCES_AFTER)},
            )

    async def last_tick(self) -> datetime | None:
        """When any scheduler instance last ticked (None before the first tick)."""
        value = await self._db.fetch_value(
            "SELECT value FROM runtime_state WHERE key = ?", (LAST_TICK_KEY,)
        )
        return None if value is None else from_epoch(int(value))
