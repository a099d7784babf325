"""The bot's side of bench/throughput.py, in a fresh process: one fan-out against the fake API.

`python -m bench._send_child DATABASE PORT SEND_RATE PAID [TAPS_PER_S] [PROFILE]` builds the real
application (`build_application`, PTB's own HTTPXRequest, production logging at INFO), runs one
scheduler tick that sends every reminder due, and prints one JSON line: wall time, the CPU time
of this process (all its threads: event loop and SQLite), and the tick's report. With
TAPS_PER_S > 0, simulated people tap set buttons on messages meanwhile, and the time from
each tap reaching the bot to the bot's last API call for it is reported.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import Update

from bench._scheduler_data import DAY_START
from bot.app import build_application
from bot.clock import FakeClock
from bot.lifecycle import running
from bot.logs import configure_logging
from bot.reminders.tick import run_tick
from bot.settings import Settings

TOKEN = "123456:bench-token-not-a-secret-at-all"


async def fan_out(
    database: Path, port: int, rate: float, paid: bool, taps: float
) -> dict[str, Any]:
    """Send what is due; return timings, CPU and the tick's counts (and tap latencies)."""
    overrides: dict[str, Any] = {"send_rate": rate} if rate else {}
    settings = Settings(
        database_path=database,
        telegram_api_url=f"http://127.0.0.1:{port}/bot",
        allow_paid_broadcast=paid,
        **overrides,
    )
    configure_logging(settings.log_level, TOKEN)
    clock = FakeClock(DAY_START + timedelta(minutes=1))
    app = build_application(settings, clock=clock, token=TOKEN)
    gc.collect()  # as bot.runner does after start-up: long-lived objects out of full passes
    gc.freeze()
    async with running(app, polling=False):
        await _prepare_taps(app, taps)
        cpu, began = time.process_time(), time.perf_counter()
        tick = asyncio.create_task(run_tick(app.bot_data, app.bot, clock.now()))
        latencies = await _tap_while(app, tick, taps) if taps else []
        report = await tick
        took, cpu_used = time.perf_counter() - began, time.process_time() - cpu
    return {
        "seconds": took,
        "cpu_s": cpu_used,
        "sent": report.sent,
        "failed": report.failed,
        "claimed": report.claimed,
        "tap_ms": latencies,
    }


async def _prepare_taps(app: Any, taps: float) -> None:
    """Give tapping people (chat ids from 10**9) a routine message to tap on."""
    if not taps:
        return
    from bench._taps import prepare_tappers

    await prepare_tappers(app)


async def _tap_while(app: Any, tick: asyncio.Task[Any], taps: float) -> list[float]:
    """Tap `taps` times a second until the tick finishes; return each tap's latency in ms."""
    from bench._taps import tap_update

    latencies: list[float] = []
    pending: set[asyncio.Task[None]] = set()
    number = 0

    async def one(update: Update) -> None:
        started = time.perf_counter()
        await app.process_update(update)
        latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.sleep(1.0)  # let the fan-out reach its pace first
    while not tick.done():
        number += 1
        task = asyncio.create_task(one(tap_update(app, number)))
        pending.add(task)
        task.add_done_callback(pending.discard)
        await asyncio.sleep(1 / taps)
    await asyncio.gather(*pending)
    return latencies


def main(argv: list[str]) -> None:
    """Run one fan-out and print its figures as JSON."""
    database, port, rate, paid = Path(argv[0]), int(argv[1]), float(argv[2]), argv[3] == "1"
    taps = float(argv[4]) if len(argv) > 4 else 0.0
    if len(argv) > 5:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = profiler.runcall(asyncio.run, fan_out(database, port, rate, paid, taps))
        pstats.Stats(profiler, stream=sys.stderr).sort_stats(argv[5]).print_stats(45)
    else:
        result = asyncio.run(fan_out(database, port, rate, paid, taps))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
