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
from typing import Any

from telegram import Update

from bench._goals import judge
from bot.content.loader import default_content_dir, load_content
from bot.content.poses import ExercisePose
from bot.emulator.models import BotMessage
from bot.emulator.wire import UploadedFile
from bot.figures import render_animation, render_figure
from bot.services import BotServices
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
        f" {judge('figures: how-to tap p95 under 300 ms', taps['p95'] < 300)}"
    )
    print(
        f"  first tap of a card never sent ({taps['cold_kind']}: draw in the worker + upload):"
        f" {taps['cold']:.0f} ms; longest event-loop stall meanwhile {taps['cold_stall']:.1f} ms"
    )
    stalls = asyncio.run(_stall_by_place())
    print(f"longest event-loop stall while drawing the slowest animation ({stalls['id']})")
    print(
        f"  in the chart worker process (as the bot does): {stalls['process']:.1f} ms;"
        f" in a thread, for comparison: {stalls['thread']:.1f} ms"
    )


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


async def _howto_taps(database: Path) -> dict[str, Any]:
    async with BotHarness.running(database) as harness:
        people = [harness.user(20_000 + n, f"User{n}") for n in range(USERS)]
        routines = []
        for person in people:
            await person.command("start")
            routines.append((await person.command("today"))[-1])
        # Each /today above introduced its new exercises, uploading each picture once. Time a
        # cold tap too: forget one stored id and tap its How? button (draw and upload again).
        # An animated one, the slowest to draw, and with the worker process already running,
        # as it is once anyone has had a card or a chart.
        first = routines[0]
        how, animated = _cold_button(harness, first)
        await sql(harness.repo).execute(
            "DELETE FROM figure_files WHERE figure_id = ?", (how.split(":", 1)[1],)
        )
        with _StallWatch() as watch:
            began = time.perf_counter()
            await people[0].tap(first, data=how)
            cold = time.perf_counter() - began
        cold_stall = await watch.worst()
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
        "cold_stall": cold_stall * 1000,
        "cold_kind": "an animation" if animated else "a picture",
    }


def _cold_button(harness: BotHarness, routine: BotMessage) -> tuple[str, bool]:
    """The routine's first How? button of an animated exercise (else its first one)."""
    poses = harness.services.content.poses
    buttons = [row[1].callback_data or "" for row in routine.buttons[:-2]]
    for data in buttons:
        pose = poses.get(data.split(":", 1)[1])
        if pose is not None and pose.animate:
            return data, True
    return buttons[0], False


class _StallWatch:
    """Measures the longest gap between an event-loop task's 1 ms ticks while it runs."""

    def __enter__(self) -> _StallWatch:
        self._done = asyncio.Event()
        self._task = asyncio.create_task(self._watch())
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()

    async def worst(self) -> float:
        return await self._task

    async def _watch(self) -> float:
        worst, last = 0.0, time.perf_counter()
        while not self._done.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            worst, last = max(worst, now - last), now
        return worst


async def _stall_by_place() -> dict[str, Any]:
    """The loop's longest stall while the slowest animation is drawn in the worker, or a thread."""
    poses = [p for p in load_content(default_content_dir()).poses.values() if p.animate]
    slowest = max(poses, key=_time_animation)
    services, loop = BotServices(), asyncio.get_running_loop()
    pool = services.chart_pool
    await loop.run_in_executor(pool, render_animation, slowest)  # the worker started and warm
    with _StallWatch() as watch:
        await loop.run_in_executor(pool, render_animation, slowest)
    in_process = await watch.worst()
    services.close_chart_pool()
    with _StallWatch() as watch:
        await asyncio.to_thread(render_animation, slowest)
    in_thread = await watch.worst()
    return {"id": slowest.id, "process": in_process * 1000, "thread": in_thread * 1000}


def _time_animation(pose: ExercisePose) -> float:
    began = time.perf_counter()
    render_animation(pose)
    return time.perf_counter() - began


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
