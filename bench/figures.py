"""Figure figures: drawing every exercise picture and animation, and a how-to tap by file_id.

`python -m bench figures`; `BENCH_QUICK=1` shrinks it. The tap path is the real handler: the
callback answer and a sendPhoto by file_id, through the emulator in-process (no network), at a
pace under Telegram's 30 messages a second so the figure is the bot's own, not a queue's.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from telegram import Update

from bot.content.loader import default_content_dir, load_content
from bot.emulator.wire import UploadedFile
from bot.figures import render_animation, render_figure
from bot.testing import BotHarness, sql

QUICK = os.environ.get("BENCH_QUICK") == "1"
USERS = 20 if QUICK else 200
TAPS_PER_SECOND = 20
SECONDS = 2 if QUICK else 10


def main() -> None:
    """Print the rendering and tap figures."""
    render = _render_all()
    print(f"render all {render['count']:.0f} figures (720 x 450 PNG each, in-process)")
    print(
        f"  total {render['total']:.0f} ms; per figure {render['p50']:.0f} ms median,"
        f" {render['max']:.0f} ms worst"
    )
    print(f"render all {render['gifs']:.0f} animations (480 x 300 GIF, 12 frames)")
    print(f"  total {render['gif_total']:.0f} ms; worst {render['gif_max']:.0f} ms")
    with tempfile.TemporaryDirectory(prefix="bench-figures-") as folder:
        taps = asyncio.run(_howto_taps(Path(folder) / "figures.sqlite3"))
    print(
        f"how-to tap with a stored file_id, {USERS} users, {TAPS_PER_SECOND} taps/s for"
        f" {SECONDS} s ({taps['count']:.0f} taps; goal: p95 under 300 ms)"
    )
    print(
        f"  answer + sendPhoto/sendAnimation by file_id: {taps['p50']:.1f} ms p50,"
        f" {taps['p95']:.1f} ms p95, {taps['max']:.1f} ms worst;"
        f" uploads during the run: {taps['uploads']:.0f}"
    )
    print(f"  first tap of a picture never sent (draw + upload): {taps['cold']:.0f} ms")


def _render_all() -> dict[str, float]:
    poses = load_content(default_content_dir()).poses
    render_figure(next(iter(poses.values())))  # fonts and caches warm, as in a running bot
    timings = []
    for pose in poses.values():
        began = time.perf_counter()
        render_figure(pose)
        timings.append(time.perf_counter() - began)
    gif_timings = []
    for pose in (p for p in poses.values() if p.animate):
        began = time.perf_counter()
        render_animation(pose)
        gif_timings.append(time.perf_counter() - began)
    return {
        "count": len(timings),
        "total": sum(timings) * 1000,
        "p50": statistics.median(timings) * 1000,
        "max": max(timings) * 1000,
        "gifs": len(gif_timings),
        "gif_total": sum(gif_timings) * 1000,
        "gif_max": max(gif_timings, default=0.0) * 1000,
    }


async def _howto_taps(database: Path) -> dict[str, float]:
    async with BotHarness.running(database) as harness:
        people = [harness.user(20_000 + n, f"User{n}") for n in range(USERS)]
        routines = []
        for person in people:
            await person.command("start")
            routines.append((await person.command("today"))[-1])
        # Each /today above introduced its new exercises, uploading each picture once. Time a
        # cold tap too: forget one stored id and tap its How? button (draw and upload again).
        first = routines[0]
        how = first.buttons[0][1].callback_data or ""
        await sql(harness.repo).execute(
            "DELETE FROM figure_files WHERE figure_id = ?", (how.split(":", 1)[1],)
        )
        began = time.perf_counter()
        await people[0].tap(first, data=how)
        cold = time.perf_counter() - began
        uploads_before = _uploads(harness)
        latencies: list[float] = []
        tasks: list[asyncio.Task[None]] = []
        rng, interval = random.Random(19), 1 / TAPS_PER_SECOND
        started = time.perf_counter()
        for n in range(TAPS_PER_SECOND * SECONDS):
            due = started + n * interval
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            index = rng.randrange(USERS)
            routine = routines[index]
            row = routine.buttons[rng.randrange(len(routine.buttons) - 2)]
            people[index].person.tap(routine.message_id, data=row[1].callback_data)
            [update] = harness.emulator.take_updates()
            tasks.append(asyncio.create_task(_timed(harness, update, due, latencies)))
        await asyncio.gather(*tasks)
        uploads = _uploads(harness) - uploads_before
        harness.assert_clean()
    latencies.sort()
    return {
        "count": len(latencies),
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "max": latencies[-1] * 1000,
        "uploads": uploads,
        "cold": cold * 1000,
    }


def _uploads(harness: BotHarness) -> int:
    sends = [r for r in harness.emulator.requests if r.method in ("sendPhoto", "sendAnimation")]
    return sum(
        1
        for r in sends
        if isinstance(r.params.get("photo", r.params.get("animation")), UploadedFile)
    )


async def _timed(
    harness: BotHarness, data: dict[str, object], due: float, latencies: list[float]
) -> None:
    await harness.app.process_update(Update.de_json(data, harness.app.bot))
    latencies.append(time.perf_counter() - due)


if __name__ == "__main__":
    main()
