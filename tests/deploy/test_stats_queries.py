"""/stats reads counts and indexes, never whole tables, and counts what the table-reading
queries it replaced counted (the figures an operator sees did not change with migrations 15 and
17; tests/deploy/test_stats_counts.py follows the counts through every kind of write)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.store import Repository, claims
from bot.store import stats as stats_sql
from bot.store.database import Database
from bot.store.epoch import to_epoch
from bot.store.migrations import MIGRATIONS
from bot.testing import sql

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
SINCE = to_epoch(NOW - timedelta(days=1))
WEEK = (NOW.date() - timedelta(days=7)).isoformat()

# The queries /stats ran before migration 15: each reads its whole table, so they are the
# reference for what the figures mean.
_OLD_BY_STATE = "SELECT status, paused, COUNT(*) AS n FROM subscribers GROUP BY status, paused"
_OLD_DELIVERIES = (
    "SELECT SUM(status = 'sent' AND sent_at >= :since) AS sent,"
    " SUM(status = 'failed' AND claimed_at >= :since) AS failed FROM deliveries"
)
_OLD_ROUTINES = (
    "SELECT COUNT(*) AS shown, COUNT(completed_at) AS completed FROM routines"
    " WHERE local_date > :week"
)


def plan(conn: sqlite3.Connection, query: str, params: Any) -> list[str]:
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {query}", params)]


async def test_each_count_searches_an_index(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    before = [m for m in MIGRATIONS if m.number < 15]
    await (await Database.open(path, migrations=before)).close()
    with sqlite3.connect(path) as conn:  # before migration 15 every count read its table
        assert plan(conn, _OLD_BY_STATE, ())[0] == "SCAN subscribers"
        assert plan(conn, _OLD_DELIVERIES, {"since": SINCE}) == ["SCAN deliveries"]
        assert plan(conn, _OLD_ROUTINES, {"week": WEEK}) == ["SCAN routines"]
    await (await Database.open(path)).close()
    with sqlite3.connect(path) as conn:
        # Subscribers by state and routines by day: a row per state or day, kept by triggers.
        assert plan(conn, stats_sql._BY_STATE, ()) == ["SCAN subscriber_counts"]
        assert plan(conn, stats_sql._DELIVERIES, {"since": SINCE})[2::2] == [
            "SEARCH deliveries USING COVERING INDEX deliveries_sent (sent_at>?)",
            "SEARCH deliveries USING COVERING INDEX deliveries_by_status"
            " (status=? AND claimed_at>?)",
        ]
        assert plan(conn, stats_sql._ROUTINES, (WEEK,)) == [
            "SEARCH routine_counts USING PRIMARY KEY (local_date>?)"
        ]
        # The scheduler's hot query still finds the people due through its own index.
        assert plan(conn, claims._SELECT_DUE, (0, 16)) == [
            "SEARCH subscribers USING INDEX subscribers_due"
            " (next_reminder_at>? AND next_reminder_at<?)"
        ]


async def test_the_figures_are_those_the_whole_tables_give(tmp_path: Path) -> None:
    repo = await Repository.open(tmp_path / "bot.sqlite3")
    db = sql(repo)
    created = to_epoch(NOW - timedelta(days=30))
    # user 1..9: active, active, paused, stopped, blocked, stopped and paused, then 3 active.
    states = [("active", 0), ("active", 0), ("active", 1), ("stopped", 0), ("blocked", 0),
              ("stopped", 1), ("active", 0), ("active", 0), ("active", 0)]  # fmt: skip
    for user_id, (status, paused) in enumerate(states, start=1):
        await db.execute(
            "INSERT INTO subscribers (user_id, chat_id, timezone, reminder_time,"
            " programme_start, status, paused, created_at, updated_at)"
            " VALUES (?, ?, 'UTC', '07:00', '2026-10-26', ?, ?, ?, ?)",
            (user_id, user_id, status, paused, created, created),
        )
    # The journal around the 24 h edge: sent on it, a second before it, pending, failed
    # claimed on and before it, failed with a sent_at left from nothing, skipped.
    journal = [
        (1, "2026-11-24", "sent", SINCE - 60, SINCE),
        (2, "2026-11-24", "sent", SINCE - 60, SINCE - 1),
        (3, "2026-11-25", "sent", SINCE + 99, SINCE + 100),
        (4, "2026-11-25", "pending", SINCE + 99, None),
        (5, "2026-11-25", "failed", SINCE, None),
        (6, "2026-11-24", "failed", SINCE - 1, None),
        (7, "2026-11-25", "failed", SINCE + 5, SINCE + 5),
        (8, "2026-11-25", "skipped", SINCE + 5, None),
        (9, "2026-11-20", "sent", SINCE - 86_400 * 4, SINCE - 86_400 * 4),
    ]
    for user_id, day, status, claimed, sent in journal:
        await db.execute(
            "INSERT INTO deliveries (user_id, local_date, status, claimed_at, sent_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (user_id, day, status, claimed, sent),
        )
    # Routines: on the week's first excluded day, just inside it, today; some completed.
    routines = [(1, WEEK, True), (2, WEEK, False), (1, "2026-11-19", True),
                (2, "2026-11-19", False), (3, "2026-11-25", True), (4, "2026-11-24", False),
                (5, "2026-11-01", True)]  # fmt: skip
    for user_id, day, completed in routines:
        await db.execute(
            "INSERT INTO routines (user_id, local_date, phase, plan_json, created_at,"
            " completed_at) VALUES (?, ?, 'recovering', '{}', ?, ?)",
            (user_id, day, created, created if completed else None),
        )

    stats = await repo.stats.collect(NOW)
    by_state = await db.fetch_all(_OLD_BY_STATE)
    old_deliveries = await db.fetch_one(_OLD_DELIVERIES, {"since": SINCE})
    old_routines = await db.fetch_one(_OLD_ROUTINES, {"week": WEEK})
    await repo.close()

    assert (stats.active, stats.paused, stats.stopped, stats.blocked) == (5, 1, 2, 1)
    assert sum(row["n"] for row in by_state) == 9
    assert (stats.sent_24h, stats.failed_24h) == (2, 2)
    assert old_deliveries is not None and old_routines is not None
    assert (old_deliveries["sent"], old_deliveries["failed"]) == (2, 2)
    assert (stats.routines_7d, stats.completed_7d) == (4, 2)
    assert (old_routines["shown"], old_routines["completed"]) == (4, 2)
