"""The way the scheduler does NOT work, measured for comparison: one run_daily job per subscriber.

Run as `python -m bench._naive_jobs DB COUNT` in a fresh process; prints one JSON line with the
time from process start to a started JobQueue holding every job, and the peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sqlite3
import sys
import time
from datetime import time as wall_time
from pathlib import Path
from zoneinfo import ZoneInfo

STARTED = time.perf_counter()

from telegram.ext import ApplicationBuilder, CallbackContext  # noqa: E402


async def _remind(context: CallbackContext) -> None:
    """Would send the routine; never runs during the measurement."""


async def register_all(path: Path, count: int) -> tuple[int, float]:
    """Build an application and give its JobQueue one daily job per subscriber."""
    application = ApplicationBuilder().token("123456:NAIVE-BENCHMARK-TOKEN-xxxxxxxxxxxx").build()
    job_queue = application.job_queue
    assert job_queue is not None
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT user_id, chat_id, timezone, reminder_time FROM subscribers LIMIT ?", (count,)
    )
    zones: dict[str, ZoneInfo] = {}
    registered = 0
    for user_id, chat_id, zone, reminder_time in rows:
        hours, minutes = (int(part) for part in reminder_time.split(":"))
        tzinfo = zones.setdefault(zone, ZoneInfo(zone))
        job_queue.run_daily(
            _remind,
            time=wall_time(hours, minutes, tzinfo=tzinfo),
            chat_id=chat_id,
            user_id=user_id,
            name=str(user_id),
        )
        registered += 1
    conn.close()
    await job_queue.start()
    ready = time.perf_counter() - STARTED
    assert len(job_queue.jobs()) == registered
    await job_queue.stop(wait=False)
    return registered, ready


def main() -> None:
    """Register the jobs and print the figures as JSON."""
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    registered, ready = asyncio.run(register_all(path, count))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"jobs": registered, "ready_s": ready, "peak_rss_mb": peak_kb / 1024}))


if __name__ == "__main__":
    main()
