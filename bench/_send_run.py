"""Run one measured fan-out: the fake Bot API and the bot, each in its own process."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench._scheduler_data import make_database

ROOT = Path(__file__).resolve().parent.parent
FREE_CEILING = 30.0  # Telegram: about 30 messages a second per bot without paid broadcast
PAID_CEILING = 1000.0  # and up to 1,000 with allow_paid_broadcast


@contextmanager
def fake_api() -> Iterator[int]:
    """Start bench/_fake_api.py; yield its port; stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench._fake_api", str(FREE_CEILING), str(PAID_CEILING)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)


def fake_stats(port: int) -> dict[str, float]:
    """The fake API's tallies."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/botx/stats", timeout=10) as answer:
        stats: dict[str, float] = json.loads(answer.read())
    return stats


def measure(
    folder: Path, count: int, rate: float, *, paid: bool, taps: float = 0.0
) -> dict[str, Any]:
    """Fan `count` reminders out at `rate`; the bot's and the fake's figures together."""
    database = make_database(
        folder / f"send-{count}.sqlite3", count, due_within=(0, 60), met_every_exercise=True
    )
    with fake_api() as port:
        args = [str(database), str(port), str(rate), "1" if paid else "0", str(taps)]
        done = subprocess.run(
            [sys.executable, "-m", "bench._send_child", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"the bot's process failed: {done.stderr[-2000:]}")
        bot: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        stats = fake_stats(port)
    bot["warnings"] = sum(1 for line in done.stderr.splitlines() if " WARNING " in line)
    return {
        **bot,
        "count": count,
        "rate": rate,
        "paid": paid,
        # First to last message the fake API accepted (the bot's own window is read by polling).
        "messages_per_s": stats["accepted"] / max(stats["send_span_s"], 1e-9),
        "cpu_per_1000": bot["cpu_s"] / max(1.0, stats["accepted"]) * 1000,
        "rate_limited": stats["rate_limited"],
        "lost": count - stats["chats"],
        "duplicates": stats["duplicates"],
        "fake_cpu_s": stats["cpu_s"],
        "send_span_s": stats["send_span_s"],
    }
