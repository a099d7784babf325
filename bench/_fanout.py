"""The fan-out figure for bench/scheduler.py: N subscribers due in the same minute, sent through
the real bot (its rate limiter, retries and journal) to the emulator enforcing Telegram's limits.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from bench._scheduler_data import DAY_START, make_database
from bot.emulator import BotApiEmulator
from bot.testing import BotHarness, sql

TELEGRAM_CEILING = 30.0


def fanout_database(folder: Path, count: int) -> Path:
    """A database of `count` subscribers all due in the first minute of DAY_START."""
    return make_database(
        folder / "fanout.sqlite3", count, due_within=(0, 60), met_every_exercise=True
    )


async def fan_out(path: Path, count: int, send_rate: float) -> dict[str, float]:
    """Send one minute's reminders; return rate, 429s, losses, duplicates and duration."""
    emulator = BotApiEmulator(global_rate=TELEGRAM_CEILING, per_chat_rate=1.0)
    for chat_id in range(1, count + 1):  # every subscriber has started a chat with the bot
        emulator.add_chat({"id": chat_id, "type": "private", "first_name": f"User {chat_id}"})
    start = DAY_START + timedelta(minutes=1)
    async with BotHarness.running(path, start=start, emulator=emulator, send_rate=send_rate) as h:
        began = time.perf_counter()
        report = await h.tick()
        took = time.perf_counter() - began
        sends = [r for r in emulator.sent_requests("sendMessage") if r.status == 200]
        per_chat = Counter(int(r.params["chat_id"]) for r in sends)
        sent_rows = await sql(h.repo).fetch_value(
            "SELECT COUNT(*) FROM deliveries WHERE status = 'sent'"
        )
    return {
        "sent": len(per_chat),
        "lost": count - len(per_chat),
        "duplicates": sum(n - 1 for n in per_chat.values()),
        "journal_sent": float(sent_rows or 0),
        "rate": len(sends) / took,
        "seconds": took,
        "rate_limited": float(emulator.stats.rate_limited),
        "failed": float(report.failed),
    }
