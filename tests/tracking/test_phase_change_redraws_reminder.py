"""A phase changed before anything of today's routine was recorded redraws today's reminders in
place: scrolling up, the person sees the routine they will do, and its buttons record sets at
once; the morning one keeps "Snooze 30 min", the snoozed repeat has none (before: the reminder
showed the old phase's routine until one of its buttons was tapped). With a set recorded, the
reminder keeps the routine it was recorded on."""

from __future__ import annotations

from datetime import timedelta

from bot.emulator.models import BotMessage
from bot.testing import BotHarness
from tests.tracking.test_phase_change_mid_day import (
    STAYS,
    exercise_name,
    routine_messages,
    sent_this_morning,
    sets_in_db,
    switch_to_gentle,
)

SNOOZE = "⏰ Snooze 30 min"
GENTLE_TODAY = "Your routine for Wednesday 25 November: Gentle relief"
RECOVERING_TODAY = "Your routine for Wednesday 25 November: Recovering"


def shows(message: BotMessage, heading: str) -> bool:
    return (message.text or "").startswith(heading)


async def test_the_morning_reminder_shows_the_new_phases_routine(harness: BotHarness) -> None:
    kim, sent = await sent_this_morning(harness)
    assert shows(sent, RECOVERING_TODAY)
    assert await switch_to_gentle(kim) == []  # edited in place: no new message
    reminder = kim.message(sent.message_id)
    assert shows(reminder, GENTLE_TODAY)
    assert SNOOZE in reminder.button_texts
    # Its buttons are today's routine's: the first tap records a set.
    first = reminder.button_texts[0]
    await kim.tap(reminder, text=first)
    [(day, exercise, set_no)] = await sets_in_db(harness)
    assert (day, set_no) == ("2026-11-25", 1)
    assert first.startswith(exercise_name(harness, exercise))
    assert kim.last_callback_answer == f"{exercise_name(harness, exercise)}: set 1 of 2 done."


async def test_a_snoozed_repeat_is_redrawn_too_without_snooze(harness: BotHarness) -> None:
    kim, sent = await sent_this_morning(harness)
    await kim.tap(sent, text=SNOOZE)
    harness.clock.advance(timedelta(minutes=31))
    await harness.tick()
    repeat = routine_messages(kim)[-1]
    assert repeat.message_id != sent.message_id
    await switch_to_gentle(kim)
    morning, again = kim.message(sent.message_id), kim.message(repeat.message_id)
    assert shows(morning, GENTLE_TODAY) and shows(again, GENTLE_TODAY)
    assert SNOOZE in morning.button_texts and SNOOZE not in again.button_texts


async def test_a_reminder_with_a_set_recorded_keeps_its_routine(harness: BotHarness) -> None:
    kim, sent = await sent_this_morning(harness)
    await kim.tap(sent, text=sent.button_texts[0])
    before = kim.message(sent.message_id)
    assert await switch_to_gentle(kim) == [kim.last]
    assert kim.last.text == STAYS
    assert kim.message(sent.message_id) == before


async def test_a_reminder_the_person_deleted_is_left_alone(harness: BotHarness) -> None:
    kim, sent = await sent_this_morning(harness)
    kim.delete_message(sent.message_id)
    assert await switch_to_gentle(kim) == []  # no error, nothing sent in its place
    assert all(m.message_id != sent.message_id for m in kim.messages)
    assert harness.errors == []
    *_, routine = await kim.command("today")
    assert shows(routine, GENTLE_TODAY)
