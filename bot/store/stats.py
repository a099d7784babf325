"""SQL for the operator's numbers: subscribers by state, reminders, completion, failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.store.database import Database
from bot.store.epoch import to_epoch


@dataclass(frozen=True)
class Stats:
    """Counts for /stats and `python -m bot stats`; no personal data."""

    active: int
    paused: int
    stopped: int
    blocked: int
    sent_24h: int
    failed_24h: int
    routines_7d: int
    completed_7d: int

    @property
    def completion_rate(self) -> float:
        """Share of routines shown in the last 7 days that were completed."""
        return self.completed_7d / self.routines_7d if self.routines_7d else 0.0


class StatsStore:
    """Aggregate queries only."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def collect(self, now: datetime) -> Stats:
        """The numbers as of `now`."""
        by_status = await self._db.fetch_all(
            "SELECT status, paused, COUNT(*) AS n FROM subscribers GROUP BY status, paused"
        )
        counts = {"active": 0, "paused": 0, "stopped": 0, "blocked": 0}
        for row in by_status:
            key = "paused" if row["status"] == "active" and row["paused"] else row["status"]
            counts[key] += row["n"]
        since = to_epoch(now - timedelta(days=1))
        deliveries = await self._db.fetch_one(
            "SELECT SUM(status = 'sent' AND sent_at >= :since) AS sent,"
            " SUM(status = 'failed' AND claimed_at >= :since) AS failed FROM deliveries",
            {"since": since},
        )
        week = (now.date() - timedelta(days=7)).isoformat()
        routines = await self._db.fetch_one(
            "SELECT COUNT(*) AS shown, COUNT(completed_at) AS completed FROM routines"
            " WHERE local_date > ?",
            (week,),
        )
        assert deliveries is not None and routines is not None
        return Stats(
            **counts,
            sent_24h=deliveries["sent"] or 0,
            failed_24h=deliveries["failed"] or 0,
            routines_7d=routines["shown"],
            completed_7d=routines["completed"],
        )
