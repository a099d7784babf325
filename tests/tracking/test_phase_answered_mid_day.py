"""A phase given at set-up's phase step after a set of today's routine was recorded: today's stays
the one recorded on, and the person is told so whether they type the phase or tap it, as they are
from the settings menu (before: a typed or tapped answer at the step said nothing, and /today then
showed the old phase's routine unexplained)."""

from __future__ import annotations

from bot.emulator.models import BotMessage
from bot.testing import BotHarness, ChatUser, sql

STAYS = (
    "Today's routine stays the Recovering one you were sent, and your taps on it count; "
    "Gentle relief routines start tomorrow."
)


async def one_set_before_the_phase(harness: BotHarness) -> ChatUser:
    """Kim at the phase step of set-up, with one set of today's Recovering routine recorded."""
    kim = harness.user(7, "Kim")
    await kim.command("start")
    await kim.send("Berlin")
    await kim.send("07:30")
    *_, routine = await kim.command("today")
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November: Recovering")
    await kim.tap(routine, text=routine.button_texts[0])
    count = await sql(harness.repo).fetch_value(
        "SELECT COUNT(*) FROM set_completions WHERE user_id = 7"
    )
    assert count == 1
    return kim


def texts(messages: list[BotMessage]) -> list[str]:
    return [m.text or "" for m in messages]


async def test_a_typed_phase_says_todays_routine_stays(harness: BotHarness) -> None:
    kim = await one_set_before_the_phase(harness)
    replies = texts(await kim.send("Gentle relief"))
    assert STAYS in replies
    assert replies[-1].startswith("All set")  # the summary comes last, with its button
    note, routine = (await kim.command("today"))[-2:]
    assert note.text == STAYS
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November: Recovering")


async def test_a_tapped_phase_says_the_same(harness: BotHarness) -> None:
    kim = await one_set_before_the_phase(harness)
    prompt = next(m for m in reversed(kim.messages) if "Gentle relief" in m.button_texts)
    replies = texts(await kim.tap(prompt, text="Gentle relief"))
    assert STAYS in replies
    assert replies[-1].startswith("All set")
