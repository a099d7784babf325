"""Many people tapping at the moment the morning fan-out runs: nobody sees a database error."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest
from telegram import Update

from bot.emulator import BotApiEmulator
from bot.qa.answer import QuestionAnswerer
from bot.reminders.send_window import TickReport
from bot.reminders.tick import run_tick
from bot.testing import BotHarness, sql
from tests.reminders.test_delivery import NO_WAIT, REMINDER, subscribe


async def taps_during_fan_out(database: Path, people: int, answerer: QuestionAnswerer) -> None:
    emulator = BotApiEmulator(global_rate=None, per_chat_rate=None)
    async with BotHarness.running(
        database, answerer=answerer, emulator=emulator, send_rate=1000
    ) as h:
        tappers = [await subscribe(h, 5000 + n) for n in range(people)]
        routines = [(await person.command("today"))[-1] for person in tappers]
        for n in range(people):  # a second group, due now, gets the fan-out meanwhile
            await subscribe(h, 9000 + n)
        h.clock.set(REMINDER + timedelta(seconds=2))
        for person, routine in zip(tappers, routines, strict=True):
            person.person.tap(routine.message_id, data=routine.buttons[0][0].callback_data)
        updates = h.emulator.take_updates()
        results = await asyncio.gather(
            run_tick(h.services, h.app.bot, h.clock.now(), policy=NO_WAIT),
            *(h.app.process_update(Update.de_json(u, h.app.bot)) for u in updates),
        )
        report = cast(TickReport, results[0])
        assert report.sent == 2 * people  # both groups were due at 07:30
        assert h.errors == []
        stored = await sql(h.repo).fetch_value("SELECT COUNT(*) FROM set_completions")
        assert stored == people
        errors = [m for n in range(people) for m in h.emulator.messages(5000 + n)
                  if "went wrong" in (m.text or "")]  # fmt: skip
        assert errors == []


async def test_taps_and_fan_out_together(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    await taps_during_fan_out(database_path, 150, shared_answerer)


@pytest.mark.slow
async def test_a_thousand_taps_and_fan_out_together(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    await taps_during_fan_out(database_path, 1000, shared_answerer)
