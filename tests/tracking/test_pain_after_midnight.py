"""A pain score for yesterday's check-in, answered after midnight, is confirmed for its own day
(before: "Pain today: N/10" for Wednesday's score)."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness
from tests.subscribers import set_up


async def test_yesterdays_pain_answered_after_midnight_names_its_day(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    *_, routine = await kim.command("today")  # Wednesday 25 November, 07:00 in Berlin
    [congratulation] = await kim.tap(routine, text="✅ All done")
    harness.clock.advance(timedelta(hours=17, minutes=30))  # Thursday 00:30 in Berlin
    await kim.tap(congratulation, text="5")
    assert kim.message(congratulation.message_id).text == "Pain on Wednesday: 5/10. Noted."
    assert kim.last_callback_answer == "Pain on Wednesday: 5/10. Noted."


async def test_todays_pain_is_still_confirmed_as_today(harness: BotHarness) -> None:
    kim = await set_up(harness)
    *_, routine = await kim.command("today")
    [congratulation] = await kim.tap(routine, text="✅ All done")
    harness.clock.advance(timedelta(hours=16, minutes=30))  # Wednesday 23:30 in Berlin
    await kim.tap(congratulation, text="5")
    assert kim.message(congratulation.message_id).text == "Pain today: 5/10. Noted."


async def test_yesterdays_check_in_asked_after_midnight_names_its_day(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    *_, routine = await kim.command("today")  # Wednesday 25 November, 07:00 in Berlin
    harness.clock.advance(timedelta(hours=17, minutes=30))  # Thursday 00:30 in Berlin
    [congratulation] = await kim.tap(routine, text="✅ All done")
    assert (congratulation.text or "").startswith("🎉 That's Wednesday's routine done.")
    assert (congratulation.text or "").endswith(
        "How was your pain on Wednesday? 0 means none, 10 the worst you can imagine."
    )
    assert "right now" not in (congratulation.text or "")


async def test_a_log_pain_button_tapped_after_midnight_asks_about_its_day(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    [photo] = await kim.command("progress")  # Wednesday, 07:00 in Berlin
    harness.clock.advance(timedelta(hours=16, minutes=30))  # Wednesday 23:30: today's question
    [question] = await kim.tap(photo, text="Log today's pain")
    assert (question.text or "").startswith("How is your pain right now?")
    harness.clock.advance(timedelta(hours=1))  # Thursday 00:30: the button is Wednesday's
    [question] = await kim.tap(photo, text="Log today's pain")
    assert (question.text or "").startswith("How was your pain on Wednesday?")


async def test_a_log_pain_button_tapped_after_midnight_is_renamed_for_its_day(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    [photo] = await kim.command("progress")  # Wednesday, 07:00 in Berlin
    assert kim.message(photo.message_id).button_texts == ["Log today's pain"]
    harness.clock.advance(timedelta(hours=17, minutes=30))  # Thursday 00:30 in Berlin
    [question] = await kim.tap(photo, text="Log today's pain")
    assert (question.text or "").startswith("How was your pain on Wednesday?")
    assert kim.message(photo.message_id).button_texts == ["Log Wednesday's pain"]
    [photo] = await kim.command("progress")  # a new /progress is Thursday's: today again
    assert kim.message(photo.message_id).button_texts == ["Log today's pain"]
