"""/time with something it cannot read: say what was not understood, change nothing."""

from __future__ import annotations

import pytest

from bot.testing import BotHarness, sql


@pytest.mark.parametrize("argument", ["25:00", "7:60", "soon"])
async def test_time_with_an_unreadable_time_says_so_and_keeps_the_time(
    harness: BotHarness, argument: str
) -> None:
    sam = harness.user(1, "Sam")
    await sam.command("start")
    for answer in ("Berlin", "07:30", "Recovering"):
        await sam.send(answer)
    before = await harness.snapshot()
    [reply] = await sam.command("time", argument)
    assert (reply.text or "").startswith(f'"{argument}" isn\'t a time I can use.')
    assert "/time 07:30" in (reply.text or "")  # how to write it
    assert await harness.snapshot() == before
    stored = await sql(harness.repo).fetch_value("SELECT reminder_time FROM subscribers")
    assert stored == "07:30"


async def test_time_without_an_argument_shows_how_to_use_it(harness: BotHarness) -> None:
    sam = harness.user(1, "Sam")
    await sam.command("start")
    [reply] = await sam.command("time")
    assert (reply.text or "").startswith("Send /time followed by a time")


async def test_time_with_a_very_long_argument_quotes_only_its_start(harness: BotHarness) -> None:
    sam = harness.user(1, "Sam")
    await sam.command("start")
    [reply] = await sam.command("time", "x" * 4000)
    assert (reply.text or "").startswith(f'"{"x" * 39}…" isn\'t a time I can use.')
