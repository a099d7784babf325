"""SQL for the operator's numbers: subscribers by state, reminders, completion, failures."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.store.database import Database
from bot.store.epoch import to_epoch

# Subscribers by state and routines by day are counts SQLite keeps as their rows are written
# (migration 17, bot/store/counts_schema.py): a handful of rows, not an entry per row. The last
# 24 h of the journal are a moving window: each count reads an index of migration 15, a day's
# rows. SQLite, without ANALYZE's figures, would count the sent rows through
# deliveries_by_status (every sent row of the week), hence INDEXED BY.
_BY_STATE = "SELECT paused, status, n FROM subscriber_counts"
_DELIVERIES = """
SELECT (SELECT COUNT(*) FROM deliveries INDEXED BY deliveries_sent
        WHERE status = 'sent' AND sent_at >= :since) AS sent,
       (SELECT COUNT(*) FROM deliveries WHERE status = 'failed' AND claimed_at >= :since)
           AS failed
"""
_ROUTINES = (
    "SELECT COALESCE(SUM(shown), 0) AS shown, COALESCE(SUM(completed), 0) AS completed"
    " FROM routine_counts WHERE local_date > ?"
)


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
        """The numbers as of `now`, read on a connection apart, which taps and replies do not
        wait for (a million subscribers: bench/stats.py)."""
        since = to_epoch(now - timedelta(days=1))
        week = (now.date() - timedelta(days=7)).isoformat()
        return await self._db.apart(lambda conn: _count(conn, since, week))


def _count(conn: sqlite3.Connection, since: int, week: str) -> Stats:
    counts = {"active": 0, "paused": 0, "stopped": 0, "blocked": 0}
    for paused, status, n in conn.execute(_BY_STATE):
        counts["paused" if status == "active" and paused else status] += n
    sent, failed = conn.execute(_DELIVERIES, {"since": since}).fetchone()
    shown, completed = conn.execute(_ROUTINES, (week,)).fetchone()
    return Stats(
        **counts, sent_24h=sent, failed_24h=failed, routines_7d=shown, completed_7d=completed
    )
