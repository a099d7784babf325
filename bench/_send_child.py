"""The bot's side of bench/broadcast.py, in a fresh process: one fan-out against the fake API.

`python -m bench._send_child DATABASE PORT SEND_RATE PAID [TAPS_PER_S]` runs the bot the way
`python -m bot run` does (`build_application` with the wall clock: the reminders go out from its
sender process, `bot.reminders.sender_process`, with its own limiter, journal connection and
HTTP client; production logging at INFO). Everyone in the database is made due a minute ago;
the sender's first tick sends it all. It prints one JSON line: the wall time and CPU time (the
bot's process and its sender process) from the first journal row to the last outcome, and the
journal's counts. With TAPS_PER_S > 0, simulated people tap set buttons on messages meanwhile,
and the time from each tap reaching the bot to the bot's last API call for it is reported. To
profile the sender, attach py-spy to the pid it logs ("reminder sender started").
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import Update

from bench._scheduler_data import DAY_START
from bot.app import build_application
from bot.lifecycle import running
from bot.logs import configure_logging
from bot.reminders.sender_process import SenderProcess
from bot.runner import freeze_start_up
from bot.settings import Settings

TOKEN = "123456:bench-token-not-a-secret-at-all"
POLL_SECONDS = 0.1  # how often the journal is read to see the fan-out begin and end


async def fan_out(
    database: Path, port: int, rate: float, paid: bool, taps: float
) -> dict[str, Any]:
    """Send what is due; return timings, CPU and the journal's counts (and tap latencies)."""
    overrides: dict[str, Any] = {"send_rate": rate} if rate else {}
    settings = Settings(
        database_path=database,
        telegram_api_url=f"http://127.0.0.1:{port}/bot",
        allow_paid_broadcast=paid,
        **overrides,
    )
    configure_logging(settings.log_level, TOKEN)
    count = _due_now(database)
    app = build_application(settings, token=TOKEN)
    freeze_start_up()  # as bot.runner does after start-up
    async with running(app, polling=False):
        await _prepare_taps(app, taps)
        sender = cast(SenderProcess, app.bot_data.scheduler.sender)
        await _journal_reaches(database, 1)  # the sender's first tick has claimed its first rows
        cpu, began = _cpu(sender), time.perf_counter()
        done = asyncio.create_task(_journal_reaches(database, count, settled=True))
        latencies = await _tap_while(app, done, taps) if taps else []
        await done
        took, cpu_used = time.perf_counter() - began, _cpu(sender) - cpu
        counts = await _journal(database)
    return {
        "seconds": took,
        "cpu_s": cpu_used,
        "sent": counts.get("sent", 0),
        "failed": counts.get("failed", 0),
        "claimed": sum(counts.values()),
        "tap_ms": latencies,
    }


def _due_now(database: Path) -> int:
    """Move everyone's reminder to the last minute (the database was made for DAY_START)."""
    with sqlite3.connect(database) as conn:
        conn.execute(
            "UPDATE subscribers SET next_reminder_at = next_reminder_at - ? + ?",
            (int(DAY_START.timestamp()), int(time.time()) - 60),
        )
        count: int = conn.execute("SELECT COUNT(*) FROM subscribers").fetchone()[0]
    return count


def _cpu(sender: SenderProcess) -> float:
    """CPU seconds so far of this process and of the sender process (Linux: /proc)."""
    fields = Path(f"/proc/{sender.pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])
    return time.process_time() + (utime + stime) / os.sysconf("SC_CLK_TCK")


async def _journal(database: Path) -> dict[str, int]:
    """The journal's rows by status, read on a connection of its own (not the bot's)."""

    def read() -> dict[str, int]:
        with sqlite3.connect(database) as conn:
            rows = conn.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status")
            return {status: n for status, n in rows}

    return await asyncio.to_thread(read)


async def _journal_reaches(database: Path, rows: int, *, settled: bool = False) -> None:
    """Wait until the journal has `rows` rows (with `settled`: none of them still pending)."""
    deadline = time.monotonic() + 120 + rows / 100
    while True:
        counts = await _journal(database)
        if sum(counts.values()) >= rows and not (settled and counts.get("pending")):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"the fan-out stalled: journal {counts}")
        await asyncio.sleep(POLL_SECONDS)


async def _prepare_taps(app: Any, taps: float) -> None:
    """Give tapping people a routine message to tap on."""
    if not taps:
        return
    from bench._taps import prepare_tappers

    await prepare_tappers(app)


async def _tap_while(app: Any, done: asyncio.Task[None], taps: float) -> list[float]:
    """Tap `taps` times a second until the fan-out is over; return each tap's latency in ms."""
    from bench._taps import tap_update

    latencies: list[float] = []
    pending: set[asyncio.Task[None]] = set()
    number = 0

    async def one(update: Update) -> None:
        started = time.perf_counter()
        await app.process_update(update)
        latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.sleep(1.0)  # let the fan-out reach its pace first
    while not done.done():
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
    result = asyncio.run(fan_out(database, port, rate, paid, taps))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
