"""Words typed at the reminder-time step that are neither a time nor a question."""

from __future__ import annotations

import pytest

from bot.testing import BotHarness, ChatUser
from tests.onboarding.test_no_traps import row

TIME_BUTTONS = ["06:00", "06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "19:00", "Skip"]


async def at_the_time_step(harness: BotHarness, user_id: int) -> ChatUser:
    sam = harness.user(user_id, "Sam")
    await sam.command("start")
    await sam.send("Berlin")
    assert (await row(harness, user_id))[3] == "time"
    return sam


@pytest.mark.parametrize("typed", ["tomorrow", "Paris", "whenever", "asap"])
async def test_words_that_are_no_time_get_the_steps_own_guidance_and_its_buttons(
    harness: BotHarness, typed: str
) -> None:
    sam = await at_the_time_step(harness, 1)
    before = await harness.snapshot()
    [reply] = await sam.send(typed)
    assert (reply.text or "").startswith(f'"{typed}" isn\'t a time I can use.')
    assert "07:30" in (reply.text or "") and "doesn't cover" not in (reply.text or "")
    assert reply.button_texts == TIME_BUTTONS
    assert await harness.snapshot() == before
    await sam.tap(reply, text="06:30")  # the buttons offered with it answer the step
    assert (await row(harness, 1))[1:] == ("06:30", "recovering", "phase")


async def test_a_question_at_the_time_step_is_still_answered_then_the_step_re_offered(
    harness: BotHarness,
) -> None:
    sam = await at_the_time_step(harness, 2)
    [guidance] = await sam.send("whenever")
    assert "isn't a time" in (guidance.text or "")
    [answer, again] = await sam.send("should I stay in bed?")
    assert "From the guide" in (answer.text or "")
    assert "still waiting for your reminder time" in (again.text or "")
    assert again.button_texts == TIME_BUTTONS
    assert (await row(harness, 2))[3] == "time"
