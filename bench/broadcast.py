"""Broadcast figures: the bot's own sending throughput, the capacity it buys, and taps meanwhile.

Each run is a minimal fake Bot API (bench/_fake_api.py, enforcing Telegram's 30/s, 1,000/s paid
and 1/s per chat with 429s) and the real bot on loopback (bench/_send_child.py: `build_application`
as `python -m bot run` has it, whose reminder sender process, with its own limiter, journal
connection and HTTP client, sends to a database where everyone is due). CPU is the bot's two
processes (the one serving people and its sender), not the fake's. Messages/s is from the first
to the last message the fake accepted.

`python -m bench broadcast`; `BENCH_QUICK=1` shrinks every run.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench._capacity import largest_served, lateness
from bench._goals import judge
from bench._send_run import measure
from bot.settings import Settings

QUICK = os.environ.get("BENCH_QUICK") == "1"
SECONDS = 2 if QUICK else 8  # of sending per throughput run
# (SEND_RATE, paid broadcast): the default free pace, then paid broadcast up to its ceiling.
RATES = ((25.0, False), (100.0, True), (300.0, True), (1000.0, True))
SIZES = (10_000, 100_000, 1_000_000)
P95_GOAL = timedelta(minutes=15)
# Taps a second during a fan-out: under the free 30/s beside free reminders; more when paid.
TAPS = ((25.0, False, 5.0), (1000.0, True, 20.0))


def main() -> None:
    """Print the throughput, capacity and tap-latency tables."""
    settings = Settings(database_path=Path("unused.sqlite3"))
    measured: dict[float, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-broadcast-") as folder:
        print(
            "throughput: the bot's sender process sending to everyone due, against a fake Bot API"
            " in another process (goal: >= 0.9 of 1,000/s; 0 lost; duplicates 0)"
        )
        print(
            "  SEND_RATE  paid  messages  messages/s  of rate  CPU s/1,000  429s  lost  twice"
            "  fake CPU s"
        )
        for rate, paid in RATES:
            count = max(50, int(rate * SECONDS))
            run = measure(Path(folder), count, rate, paid=paid)
            measured[rate] = run
            print(
                f"  {rate:>9,.0f}  {'yes' if paid else 'no':>4}  {count:>8,}"
                f"  {run['messages_per_s']:>10,.1f}  {run['messages_per_s'] / rate:>7.2f}"
                f"  {run['cpu_per_1000']:>11.2f}  {run['rate_limited']:>4.0f}"
                f"  {run['lost']:>4.0f}  {run['duplicates']:>5.0f}  {run['fake_cpu_s']:>10.2f}"
                f"  {_throughput_verdict(rate, run)}"
            )
        _capacity(settings, measured)
        _taps(Path(folder))


def _throughput_verdict(rate: float, run: dict[str, Any]) -> str:
    """Every run: nothing lost or sent twice; at 1,000/s, also 0.9 of it reached."""
    fast = run["messages_per_s"] >= 900 if rate == 1000 else True
    what = "0.9 of 1,000/s, " if rate == 1000 else ""
    return judge(
        f"broadcast: {what}none lost or twice at {rate:,.0f}/s",
        fast and run["lost"] == 0 and run["duplicates"] == 0,
    )


def _capacity(settings: Settings, measured: dict[float, dict[str, Any]]) -> None:
    tick = settings.reminder_tick_seconds
    grace = settings.missed_reminder_grace.total_seconds()
    free, paid = measured[25.0]["messages_per_s"], measured[1000.0]["messages_per_s"]
    print(
        "capacity: lateness of the morning reminder (model: the measured rates above, a tick"
        f" every {tick:g} s, most people at 06:00-08:00 on the hour or half hour, five timezones;"
        f" later than MISSED_REMINDER_GRACE={grace / 3600:g} h is skipped)"
    )
    print(f"  subscribers  free, SEND_RATE 25 ({free:.1f}/s)       paid 1,000 ({paid:.0f}/s)")
    for size in SIZES:
        cells = [_lateness_cell(lateness(size, rate, tick, grace)) for rate in (free, paid)]
        print(f"  {size:>11,}  {cells[0]:<34}  {cells[1]}")
    limit = P95_GOAL.total_seconds()
    most = [largest_served(rate, tick, grace, limit) for rate in (free, paid)]
    print(
        f"  largest served with p95 under {P95_GOAL.seconds // 60} min:"
        f" {most[0]:,} at the free pace, {most[1]:,} with paid broadcast"
    )


def _lateness_cell(found: Any) -> str:
    if found.skipped >= 0.05:  # the slowest twentieth never get their morning reminder
        return f"median {_duration(found.median)}, p95 never ({found.skipped:.0%} skipped)"
    cell = f"median {_duration(found.median)}, p95 {_duration(found.p95)}"
    return cell + (f", {found.skipped:.1%} skipped" if found.skipped else "")


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _taps(folder: Path) -> None:
    print(
        "taps during a fan-out: set button tapped -> SQLite write, callback answer, edit"
        " (goal: p99 under 50 ms at 1,000/s)"
    )
    for rate, paid, taps in TAPS:
        count = max(100, int(rate * (SECONDS + 2)))
        run = measure(folder, count, rate, paid=paid, taps=taps)
        latencies = sorted(run["tap_ms"])
        if not latencies:
            print(f"  SEND_RATE {rate:,.0f}: the fan-out ended before any tap")
            continue
        p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
        verdict = judge("broadcast: tap p99 under 50 ms at 1,000/s", p99 < 50) if paid else ""
        print(
            f"  SEND_RATE {rate:>5,.0f}{' paid' if paid else ' free'}, {taps:g} taps/s"
            f" ({len(latencies)} taps, reminders at {run['messages_per_s']:,.0f}/s):"
            f" p50 {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms,"
            f" worst {latencies[-1]:.1f} ms; 429s {run['rate_limited']:.0f} {verdict}".rstrip()
        )


if __name__ == "__main__":
    main()
