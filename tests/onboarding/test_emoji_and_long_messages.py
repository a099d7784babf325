"""Messages of emoji only, and very long ones, at a set-up step: never read as a place or time."""

from __future__ import annotations

import pytest

from bot.testing import BotHarness
from tests.onboarding.test_no_traps import row
from tests.onboarding.test_typed_step_answers import TIME_BUTTONS, at_the_time_step


@pytest.mark.parametrize("typed", ["😭😭😭", "🙏", "👍 👍"])
async def test_emoji_at_the_timezone_step_are_no_place(harness: BotHarness, typed: str) -> None:
    sam = harness.user(5, "Sam")
    await sam.command("start")
    before = await harness.snapshot()
    replies = await sam.send(typed)
    assert all("a place called" not in (m.text or "") for m in replies)
    assert "still waiting for your city or timezone" in (replies[-1].text or "")
    assert await harness.snapshot() == before


@pytest.mark.parametrize("typed", ["⏰", "🙂🙂"])
async def test_emoji_at_the_time_step_are_no_time(harness: BotHarness, typed: str) -> None:
    sam = await at_the_time_step(harness, 6)
    replies = await sam.send(typed)
    assert all("isn't a time" not in (m.text or "") for m in replies)
    assert "still waiting for your reminder time" in (replies[-1].text or "")
    assert replies[-1].button_texts == TIME_BUTTONS
    assert (await row(harness, 6))[3] == "time"


async def test_a_very_long_message_at_a_step_is_answered_and_the_step_waits(
    harness: BotHarness,
) -> None:
    sam = await at_the_time_step(harness, 8)
    replies = await sam.send("my leg hurts when I sit at 7 " * 140)  # about 4,000 characters
    assert all(len(m.text or "") <= 4096 for m in replies)
    assert "still waiting for your reminder time" in (replies[-1].text or "")
    assert (await row(harness, 8))[1:] == ("07:30", "recovering", "time")
