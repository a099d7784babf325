"""Housekeeping figures at a million subscribers: forgetting a day's delivery journal, and
the daily backup, each with the bot's writes made meanwhile.

The hourly upkeep deletes the journal's rows a week old: at 1,000,000 subscribers that is about
a million rows once a day, from a table of about eight million (here three: one day forgotten,
two kept). A tenth of the rows forgotten carry a WhatsApp status, unlinked as each row goes
(`whatsapp_messages.delivery_id`). The deletes, in batches, and the backup's copy run on a
connection of their own (`Database.apart`); the figure beside each time is the longest of the
bot's writes (a heartbeat every 5 ms, on the bot's own connection, as a tap's write) meanwhile.

`python -m bench housekeeping`; `BENCH_QUICK=1` shrinks it for a smoke run.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench._goals import judge
from bench._scheduler_data import DAY_START, make_database
from bot.ops.housekeeping import KEEP_DELIVERIES
from bot.store import Repository

QUICK = os.environ.get("BENCH_QUICK") == "1"
SUBSCRIBERS = 20_000 if QUICK else 1_000_000
KEPT_DAYS = 2  # days of rows kept beside the forgotten one (eight in steady state; see above)
GOAL_WRITE_S = 0.05

_JOURNAL = """
INSERT INTO deliveries (user_id, local_date, kind, status, message_id, attempts, claimed_at,
                        sent_at)
SELECT user_id, :day, 'routine', 'sent', user_id, 1, :at + user_id * 3600 / :count,
       :at + user_id * 3600 / :count
FROM subscribers ORDER BY user_id
"""
_STATUSES = """
INSERT INTO whatsapp_messages (wamid, user_id, delivery_id, status, updated_at)
SELECT 'wamid.' || id, user_id, id, 'read', claimed_at FROM deliveries
WHERE local_date = :day AND user_id % 10 = 0
"""


def main() -> None:
    """Print the time to forget one day's journal, then the backup's, with the writes between."""
    with tempfile.TemporaryDirectory(prefix="bench-housekeeping-") as folder:
        path = make_database(Path(folder) / "journal.sqlite3", SUBSCRIBERS)
        rows = _fill(path, DAY_START - KEEP_DELIVERIES - timedelta(days=1))
        before = DAY_START + timedelta(hours=12) - KEEP_DELIVERIES
        forgot = asyncio.run(_writes_during(path, lambda repo: repo.deliveries
                                            .forget_settled_before(before)))  # fmt: skip
        target = Path(folder) / "copy.sqlite3"
        copied = asyncio.run(_writes_during(path, lambda repo: repo.backup_to(target)))
    print(
        f"forgetting a day's journal at {SUBSCRIBERS:,} subscribers ({rows:,} rows,"
        f" {forgot.result:,} forgotten; goal: the bot's writes meanwhile under 50 ms)"
    )
    _report("forgetting", forgot)
    print(f"the daily backup, {rows - int(forgot.result or 0):,} journal rows left")
    _report("backup", copied)


@dataclass
class _Upkeep:
    seconds: float
    writes: list[float]
    result: Any


def _report(name: str, upkeep: _Upkeep) -> None:
    longest = max(upkeep.writes)
    verdict = judge(f"housekeeping: writes during {name} under 50 ms", longest < GOAL_WRITE_S)
    print(f"  {upkeep.seconds:.2f} s; {len(upkeep.writes)} writes meanwhile, longest"
          f" {longest * 1000:.1f} ms {verdict}")  # fmt: skip


def _fill(path: Path, old_day: Any) -> int:
    """A journal of one day to forget and KEPT_DAYS to keep; WhatsApp statuses on a tenth."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        for offset in range(KEPT_DAYS + 1):
            day = old_day + timedelta(days=offset * 4)  # the forgotten day, then recent days
            # Claimed over an hour in the order of their ids, as claims in due order are.
            params = {"day": day.date().isoformat(), "at": int(day.timestamp()),
                      "count": SUBSCRIBERS}  # fmt: skip
            conn.execute(_JOURNAL, params)
            if offset == 0:
                conn.execute(_STATUSES, params)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0])
    finally:
        conn.close()


async def _writes_during(path: Path, upkeep: Callable[[Repository], Awaitable[Any]]) -> _Upkeep:
    """Run `upkeep` while the bot's connection writes a heartbeat every 5 ms."""
    repo = await Repository.open(path)
    try:
        started = time.perf_counter()
        task = asyncio.ensure_future(upkeep(repo))
        writes: list[float] = []
        while not task.done() or not writes:
            began = time.perf_counter()
            await repo.scheduler.beat("bench", DAY_START)
            writes.append(time.perf_counter() - began)
            await asyncio.sleep(0.005)  # pacing, as taps come: not a synchronisation
        result = await task
        return _Upkeep(time.perf_counter() - started, writes, result)
    finally:
        await repo.close()
