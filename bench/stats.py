"""/stats at a million subscribers: the time `repo.stats.collect` takes, with its figures.

The database is the steady state the hourly upkeep leaves: 1,000,000 subscribers (some
paused, stopped or blocked), a week of the delivery journal (7,000,000 rows, a few failed)
and the routines of ten days (the three oldest outside /stats's week). /stats is an operator's
command; the figure beside its time is the longest of the bot's writes meanwhile (a heartbeat
every 5 ms on the bot's own connection, as bench/housekeeping.py measures its upkeep).

`python -m bench stats`; `BENCH_QUICK=1` shrinks it for a smoke run.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench._goals import judge
from bench._scheduler_data import DAY_START, make_database
from bench.housekeeping import GOAL_WRITE_S, _writes_during
from bot.content.loader import default_content_dir, load_content
from bot.ops.stats import stats_text
from bot.store import Repository
from bot.store.stats import Stats

QUICK = os.environ.get("BENCH_QUICK") == "1"
SUBSCRIBERS = 20_000 if QUICK else 1_000_000
JOURNAL_DAYS = 7
ROUTINE_DAYS = 10
GOAL_S = 0.5
NOW = DAY_START + timedelta(days=1)  # the journal's newest day is the last 24 h

# A few people in each state but active, spread over the ids.
_STATES = """
UPDATE subscribers SET
    status = CASE WHEN user_id % 50 = 1 THEN 'stopped' WHEN user_id % 50 = 2 THEN 'blocked'
                  ELSE 'active' END,
    paused = user_id % 25 = 3
"""
# One day of the journal: everyone's routine, sent over the day; one in 200 failed.
_JOURNAL = """
INSERT INTO deliveries (user_id, local_date, kind, status, message_id, attempts, claimed_at,
                        sent_at, error)
SELECT user_id, :day, 'routine', CASE WHEN user_id % 200 = 7 THEN 'failed' ELSE 'sent' END,
       user_id, 1, :at + user_id * 86400 / :count,
       CASE WHEN user_id % 200 = 7 THEN NULL ELSE :at + 30 + user_id * 86400 / :count END,
       CASE WHEN user_id % 200 = 7 THEN 'bench' END
FROM subscribers ORDER BY user_id
"""
# One day of routines: shown to everyone, completed by a third.
_ROUTINES = """
INSERT INTO routines (user_id, local_date, phase, plan_json, created_at, completed_at)
SELECT user_id, :day, 'recovering', '{}', :at,
       CASE WHEN (user_id + :n) % 3 = 0 THEN :at + 600 END
FROM subscribers ORDER BY user_id
"""


def main() -> None:
    """Print how long /stats takes on a week's journal at SUBSCRIBERS, and what it says."""
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as folder:
        path = make_database(Path(folder) / "stats.sqlite3", SUBSCRIBERS)
        started = time.perf_counter()
        journal, routines = _fill(path)
        built = time.perf_counter() - started
        print(f"/stats at {SUBSCRIBERS:,} subscribers, {journal:,} journal rows,"
              f" {routines:,} routines (filled in {built:.0f} s; goal: under 500 ms)")  # fmt: skip
        first = asyncio.run(_writes_during(path, _stats))  # reads the file into the page cache
        again = asyncio.run(_writes_during(path, _stats))
    seconds, longest = min(first.seconds, again.seconds), max(again.writes)
    verdict = judge("stats: /stats at 1M subscribers under 0.5 s", seconds < GOAL_S)
    print(f"  {seconds * 1000:.0f} ms (the quicker of two runs) {verdict}")
    verdict = judge("stats: the bot's writes meanwhile under 50 ms", longest < GOAL_WRITE_S)
    print(f"  {len(again.writes)} writes of the bot meanwhile, longest {longest * 1000:.1f} ms"
          f" {verdict}")  # fmt: skip
    for line in stats_text(again.result, load_content(default_content_dir()).texts).splitlines():
        print(f"  | {line}")


def _fill(path: Path) -> tuple[int, int]:
    """States, JOURNAL_DAYS of the journal up to NOW's day and ROUTINE_DAYS of routines."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(_STATES)
        for back in range(ROUTINE_DAYS):
            day = DAY_START - timedelta(days=back)
            params = {"day": day.date().isoformat(), "at": int(day.timestamp()),
                      "count": SUBSCRIBERS, "n": back}  # fmt: skip
            conn.execute(_ROUTINES, params)
            if back < JOURNAL_DAYS:
                conn.execute(_JOURNAL, params)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        journal = int(conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0])
        routines = int(conn.execute("SELECT COUNT(*) FROM routines").fetchone()[0])
        return journal, routines
    finally:
        conn.close()


async def _stats(repo: Repository) -> Stats:
    return await repo.stats.collect(NOW)
