"""Tracking figures: the tap path at a sustained 200 taps/s from 1,000 users, and the chart.

The tap path is the real handler, database write, callback answer and message edit, with the
emulator in-process (no network). `python -m bench tracking`; `BENCH_QUICK=1` shrinks it.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from telegram import Update

from bench._goals import judge
from bot.content.loader import default_content_dir, load_content
from bot.core.chart import ChartWords, render_progress_chart
from bot.core.records import DayRecord, PainCheckin
from bot.services import BotServices
from bot.testing import BotHarness, ChatUser

QUICK = os.environ.get("BENCH_QUICK") == "1"
USERS = 100 if QUICK else 1_000
TAPS_PER_SECOND = 200
SECONDS = 2 if QUICK else 10
CHART_RUNS = 5 if QUICK else 20


def main() -> None:
    """Print the tap-path and chart figures."""
    with tempfile.TemporaryDirectory(prefix="bench-tracking-") as folder:
        taps = asyncio.run(_tap_path(Path(folder) / "taps.sqlite3"))
    print(
        f"tap path, {USERS:,} users, {TAPS_PER_SECOND} taps/s for {SECONDS} s"
        f" ({taps['count']:.0f} taps; goal: p99 under 20 ms)"
    )
    print(
        f"  handler + SQLite write + answer + edit: {taps['p50']:.2f} ms p50,"
        f" {taps['p99']:.2f} ms p99, {taps['max']:.2f} ms worst;"
        f" {taps['achieved']:.0f} taps/s achieved"
        f" {judge('tracking: tap p99 under 20 ms', taps['p99'] < 20)}"
    )
    chart = asyncio.run(_chart())
    print(
        "chart, drawn in the bot's worker process (goal: under 300 ms, loop never blocked 50 ms)"
    )
    print(
        f"  render: {chart['p50']:.0f} ms median, {chart['max']:.0f} ms worst;"
        f" longest event-loop stall while rendering: {chart['stall']:.1f} ms"
        f" {_chart_verdict(chart)}"
    )


def _chart_verdict(chart: dict[str, float]) -> str:
    met = chart["max"] < 300 and chart["stall"] < 50  # every render, and the loop never blocked
    return judge("tracking: chart under 300 ms, loop never blocked 50 ms", met)


async def _tap_path(database: Path) -> dict[str, float]:
    # Telegram's broadcast limit (SEND_RATE, 30/s) also paces edits; it is lifted here so the
    # figure is the bot's own path, not the limiter's queue.
    async with BotHarness.running(database, send_rate=1_000) as harness:
        people = [harness.user(10_000 + n, f"User{n}") for n in range(USERS)]
        routines = [await _routine(person) for person in people]
        # The in-process emulator holds every simulated chat: state the real bot never has.
        # Freezing it keeps the collector from walking it, so the figure is the bot's own.
        gc.freeze()
        latencies: list[float] = []
        tasks: list[asyncio.Task[None]] = []
        rng = random.Random(7)
        interval = 1 / TAPS_PER_SECOND
        total = TAPS_PER_SECOND * SECONDS
        started = time.perf_counter()
        for n in range(total):
            due = started + n * interval
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            index = rng.randrange(USERS)
            person, message_id = people[index], routines[index]
            view = person.message(message_id)
            button = view.buttons[rng.randrange(len(view.buttons) - 2)][0]
            person.person.tap(message_id, data=button.callback_data)
            [update] = harness.emulator.take_updates()
            tasks.append(asyncio.create_task(_timed(harness, update, due, latencies)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - started
        harness.assert_clean()
    latencies.sort()
    return {
        "count": len(latencies),
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "max": latencies[-1] * 1000,
        "achieved": len(latencies) / elapsed,
    }


async def _routine(person: ChatUser) -> int:
    await person.command("start")
    *_, routine = await person.command("today")
    return routine.message_id


async def _timed(
    harness: BotHarness, data: dict[str, object], due: float, latencies: list[float]
) -> None:
    await harness.app.process_update(Update.de_json(data, harness.app.bot))
    latencies.append(time.perf_counter() - due)


async def _chart() -> dict[str, float]:
    today = date(2026, 11, 25)
    days = [DayRecord(today - timedelta(days=n), n % 3 != 0, None, 6, 9) for n in range(30)]
    pain = [PainCheckin(today - timedelta(days=n), 2 + n % 5) for n in range(0, 30, 2)]
    words = ChartWords.from_texts(load_content(default_content_dir()).texts)
    # As the bot does it: one worker process, started once (its first chart warms it up).
    services = BotServices()
    pool, loop = services.chart_pool, asyncio.get_running_loop()
    await loop.run_in_executor(pool, render_progress_chart, days, pain, today, words)
    timings: list[float] = []
    stall = 0.0
    for _ in range(CHART_RUNS):
        done = asyncio.Event()

        async def watch(done: asyncio.Event) -> float:
            worst, last = 0.0, time.perf_counter()
            while not done.is_set():
                await asyncio.sleep(0.001)
                now = time.perf_counter()
                worst, last = max(worst, now - last), now
            return worst

        watcher = asyncio.create_task(watch(done))
        began = time.perf_counter()
        await loop.run_in_executor(pool, render_progress_chart, days, pain, today, words)
        timings.append(time.perf_counter() - began)
        done.set()
        stall = max(stall, await watcher)
    services.close_chart_pool()
    return {
        "p50": statistics.median(timings) * 1000,
        "max": max(timings) * 1000,
        "stall": stall * 1000,
    }


if __name__ == "__main__":
    main()
