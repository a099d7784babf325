"""A simulated hour (injected clock) with 2,000 subscribers: memory stays flat and the database
grows with the data, not with time. Behind the `slow` marker: `make soak` runs it."""

from __future__ import annotations

import gc
import logging
import os
import random
from datetime import timedelta
from pathlib import Path

import psutil
import pytest

from bot.emulator import BotApiEmulator
from bot.qa.answer import QuestionAnswerer
from bot.reminders.tick import run_tick
from bot.testing import BotHarness, sql
from tests.reliability.report import TALLY
from tests.reminders.test_delivery import NO_WAIT, REMINDER, subscribe

PEOPLE = 2_000
TICK = timedelta(seconds=5)
MiB = 1024 * 1024


@pytest.mark.slow
async def test_an_hour_keeps_memory_flat_and_the_database_proportional(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    emulator = BotApiEmulator(global_rate=None, per_chat_rate=None)
    process = psutil.Process(os.getpid())
    # Measure the bot, not the test's own records: pytest keeps every captured log record, and
    # the emulator keeps every request; both are trimmed so only the bot's memory is counted.
    logging.getLogger().setLevel(logging.WARNING)
    async with BotHarness.running(
        database_path, answerer=shared_answerer, emulator=emulator, send_rate=1000
    ) as h:
        people = [await subscribe(h, 20_000 + n) for n in range(PEOPLE)]
        h.clock.set(REMINDER - TICK)
        rng = random.Random(3)
        rss: list[int] = []
        for tick in range(720):  # an hour of ticks, five seconds apart
            h.clock.advance(TICK)
            await run_tick(h.services, h.app.bot, h.clock.now(), policy=NO_WAIT)
            for person in rng.sample(people, 3):  # a few taps every tick
                routine = next((m for m in person.messages if m.buttons), None)
                if routine is not None:
                    await person.tap(routine, data=routine.buttons[0][0].callback_data)
            emulator.requests.clear()
            if tick % 60 == 59:
                gc.collect()
                rss.append(process.memory_info().rss)
        pages = await sql(h.repo).fetch_value("PRAGMA page_count")
        page_size = await sql(h.repo).fetch_value("PRAGMA page_size")
        rows = sum(
            [await sql(h.repo).fetch_value(f"SELECT COUNT(*) FROM {table}")
             for table in ("subscribers", "deliveries", "routines", "set_completions")]
        )  # fmt: skip
    after_fan_out = rss[1]  # the morning's messages are in; from here on the load is steady
    growth = (rss[-1] - after_fan_out) / MiB
    TALLY["rss_growth_mb"] += max(0, round(growth))
    print(f"\nRSS {after_fan_out / MiB:.0f} MB -> {rss[-1] / MiB:.0f} MB over the hour; "
          f"database {pages * page_size / MiB:.1f} MB for {rows:,} rows")  # fmt: skip
    assert growth < 25, f"RSS grew {growth:.0f} MB during a steady hour"
    assert pages * page_size / rows < 4096  # bytes per stored row: proportional to the data
