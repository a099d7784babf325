"""Start-up as the scheduler does it, measured in a fresh process: `python -m bench._startup DB N`.

Times this module's start (the interpreter's own start-up, some 20 ms, is not counted) to a
bot that is ready to send: the bot's modules imported, application built (content validated),
database opened and migrated, getMe and the command menu against the in-process emulator, and
a first reminder tick run over all N subscribers. The question answerer is built in a worker
thread from then on, as in `python -m bot run`: its figure is when the first question could be
answered. Prints one JSON line with those times and the peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from datetime import timedelta
from pathlib import Path

STARTED = time.perf_counter()

from bench._scheduler_data import DAY_START  # noqa: E402
from bot.app import build_application  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.emulator import BotApiEmulator, EmulatorRequest  # noqa: E402
from bot.lifecycle import running  # noqa: E402
from bot.reminders.tick import run_tick  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.testing import sql  # noqa: E402


async def start(path: Path, count: int) -> dict[str, float]:
    """Start the bot on the database and run its first tick; return the figures."""
    emulator = BotApiEmulator()
    clock = FakeClock(DAY_START - timedelta(minutes=1))  # nothing due: start-up cost alone
    app = build_application(
        Settings(database_path=path), request=EmulatorRequest(emulator), clock=clock,
        token=emulator.token,
    )  # fmt: skip
    async with running(app, polling=False):
        stored = await sql(app.bot_data.repo).fetch_value("SELECT COUNT(*) FROM subscribers")
        assert stored == count, (stored, count)
        report = await run_tick(app.bot_data, app.bot, clock.now())
        ready = time.perf_counter() - STARTED
        assert report.claimed == 0
        await app.bot_data.answerer_started()
        questions = time.perf_counter() - STARTED
    return {"ready_s": ready, "questions_s": questions}


def main() -> None:
    """Run the start-up and print the figures as JSON."""
    figures = asyncio.run(start(Path(sys.argv[1]), int(sys.argv[2])))
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
