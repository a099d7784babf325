"""Scheduler figures: start-up at 100k and 1M subscribers (beside one-job-per-subscriber at 50k),
claiming at 1M, and a 5,000-message fan-out against the emulator enforcing Telegram's 30/s.

`python -m bench scheduler`; `BENCH_QUICK=1` shrinks every size for a smoke run.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from bench._fanout import fan_out, fanout_database
from bench._goals import judge
from bench._scheduler_data import DAY_START, copy_database, make_database
from bot.clock import FakeClock
from bot.core.reminder_rules import DueDecision, decide_due
from bot.core.subscriber import Subscriber
from bot.reminders.sender import in_flight_limit
from bot.reminders.tick import run_tick
from bot.services import BotServices
from bot.settings import Settings
from bot.store import Repository

QUICK = os.environ.get("BENCH_QUICK") == "1"
STARTUP_SIZES = (2_000, 20_000) if QUICK else (100_000, 1_000_000)
NAIVE_SIZE = 2_000 if QUICK else 50_000
CLAIM_SIZE = STARTUP_SIZES[-1]
FANOUT_SIZE = 200 if QUICK else 5_000
TICK = timedelta(seconds=5)


def main() -> None:
    """Print every scheduler figure."""
    with tempfile.TemporaryDirectory(prefix="bench-scheduler-") as folder:
        work = Path(folder)
        databases = {n: make_database(work / f"subscribers-{n}.sqlite3", n) for n in STARTUP_SIZES}
        print("start-up (fresh process each; goal: under 1 s, flat memory)")
        peaks = []
        for count, path in databases.items():
            figures = _startup(copy_database(path, work / "startup.sqlite3"), count)
            fast = judge(f"scheduler: start-up under 1 s at {count:,}", figures["ready_s"] < 1.0)
            print(f"  ours, {count:>9,} subscribers: {_describe(figures)} {fast}")
            peaks.append(figures["peak_rss_mb"])
        # Flat: ten times the subscribers, under a tenth more memory.
        flat = judge("scheduler: flat start-up memory", peaks[-1] < peaks[0] * 1.1)
        print(f"  memory at {STARTUP_SIZES[-1] // STARTUP_SIZES[0]}x the subscribers:"
              f" {peaks[-1] - peaks[0]:+.0f} MB {flat}")  # fmt: skip
        naive = _child("bench._naive_jobs", str(databases[STARTUP_SIZES[0]]), str(NAIVE_SIZE))
        print(f"  one run_daily job each, {NAIVE_SIZE:,}: {_describe(naive)}")
        claim = asyncio.run(_claim_ticks(copy_database(databases[CLAIM_SIZE], work / "c.sqlite3")))
        print(f"claiming at {CLAIM_SIZE:,} subscribers (goal: under 50 ms a tick)")
        print(f"  tick with nothing due: {claim['empty_ms']:.2f} ms (median)")
        every = judge("scheduler: every claiming tick under 50 ms", claim["max_ms"] < 50)
        print(
            f"  tick claiming the {claim['rows_per_tick']:.0f} rows due in {TICK.seconds} s:"
            f" {claim['p50_ms']:.2f} ms median, {claim['p95_ms']:.2f} ms p95,"
            f" {claim['max_ms']:.2f} ms worst {every}"
        )
        rate = Settings(database_path=work / "unused.sqlite3").send_rate
        fan = asyncio.run(fan_out(fanout_database(work, FANOUT_SIZE), FANOUT_SIZE, rate))
        print(
            f"fan-out: {FANOUT_SIZE:,} due in one minute, SEND_RATE {rate:g}/s, emulator enforcing"
            " 30/s overall and 1/s per chat (goal: >= 0.9 of SEND_RATE, 0 429s, 0 lost, 0 twice)"
        )
        print(
            f"  {fan['rate']:.1f} messages/s = {fan['rate'] / rate:.2f} of SEND_RATE;"
            f" 429s {fan['rate_limited']:.0f}; lost {fan['lost']:.0f};"
            f" duplicates {fan['duplicates']:.0f}; failed {fan['failed']:.0f};"
            f" last message after {fan['seconds']:.1f} s {_fan_out_verdict(fan, rate)}"
        )


def _fan_out_verdict(fan: dict[str, float], rate: float) -> str:
    clean = fan["rate_limited"] == 0 and fan["lost"] == 0 and fan["duplicates"] == 0
    return judge(
        "scheduler: fan-out at 0.9 of SEND_RATE, clean", fan["rate"] >= 0.9 * rate and clean
    )


def _describe(figures: dict[str, float]) -> str:
    # The answerer is built after start-up, in a worker thread (questions only need it).
    questions = (
        f" (questions from {figures['questions_s']:.2f} s)" if "questions_s" in figures else ""
    )
    return (
        f"ready in {figures['ready_s']:.2f} s{questions}, peak RSS {figures['peak_rss_mb']:.0f} MB"
    )


def _child(module: str, *args: str) -> dict[str, float]:
    """Run `python -m module args...` in a fresh interpreter; return the JSON it prints last."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _startup(path: Path, count: int) -> dict[str, float]:
    return _child("bench._startup", str(path), str(count))


async def _claim_ticks(path: Path) -> dict[str, float]:
    """Time ticks over the 1M database: empty ones, then ones that claim what fell due."""
    repo = await Repository.open(path)
    settings = Settings(database_path=path)
    services = BotServices()
    clock = FakeClock(DAY_START - timedelta(minutes=1))
    services.attach(settings=settings, content=None, clock=clock)  # type: ignore[arg-type]
    services.attach_repository(repo)
    try:
        empty = []
        for _ in range(50):
            started = time.perf_counter()
            report = await run_tick(services, None, clock.now())
            empty.append(time.perf_counter() - started)
            assert report.claimed == 0
        limit, grace = in_flight_limit(settings), settings.missed_reminder_grace

        def decide(subscriber: Subscriber, *, now: datetime) -> DueDecision:
            return decide_due(subscriber, now, grace)

        ticks, rows = [], 0
        for _ in range(100):
            now = clock.advance(TICK)
            started = time.perf_counter()
            await repo.scheduler.beat("bench", now)
            while True:
                batch = await repo.deliveries.claim_due(
                    now, limit=limit, owner="bench", decide=partial(decide, now=now)
                )
                rows += batch.touched
                if batch.touched < limit:
                    break
            ticks.append(time.perf_counter() - started)
        ticks.sort()
        return {
            "empty_ms": statistics.median(empty) * 1000,
            "rows_per_tick": rows / len(ticks),
            "p50_ms": statistics.median(ticks) * 1000,
            "p95_ms": ticks[int(len(ticks) * 0.95) - 1] * 1000,
            "max_ms": ticks[-1] * 1000,
        }
    finally:
        await repo.close()
