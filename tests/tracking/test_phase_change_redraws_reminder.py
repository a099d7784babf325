"""A phase changed before anything of today's routine was recorded redraws today's reminders in
place: scrolling up, the person sees the routine they will do, and its buttons record sets at
once; the morning one keeps "Snooze 30 min", the snoozed repeat has none (before: the reminder
showed the old phase's routine until one of its buttons was tapped). With a set recorded, the
reminder keeps the routine it was recorded on. A reminder Telegram will not let the bot edit
("message can't be edited") stays, and today's routine comes anew after a line saying why
(before: the person got "something went wrong" after the phase was saved)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.emulator.models import BotMessage
from bot.testing import BotHarness, sql
from tests.subscribers import set_up
from tests.tracking.test_phase_change_mid_day import (
    KIM,
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


async def test_a_reminder_telegram_will_not_edit_is_sent_anew(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    kim, sent = await sent_this_morning(harness)
    harness.emulator.faults.refuse_edits(kim.chat_id, sent.message_id)
    caplog.set_level(logging.INFO, logger="bot")
    note, routine = await switch_to_gentle(kim)
    # The phase is saved, the old reminder stays as it was, and today's new one comes instead.
    saved = await harness.repo.subscribers.get(KIM)
    assert saved is not None and saved.phase == "acute"
    assert kim.message(sent.message_id) == sent
    assert note.text == (
        "Today's earlier message could not be changed to the Gentle relief routine: here it is."
    )
    assert shows(routine, GENTLE_TODAY)
    await kim.tap(routine, text=routine.button_texts[0])
    [(_, _, set_no)] = await sets_in_db(harness)
    assert set_no == 1
    assert harness.errors == []
    assert [
        r.getMessage() for r in caplog.records if "could not be redrawn" in r.getMessage()
    ] == [
        f"phase change: routine message {sent.message_id} of person {KIM} could not be redrawn "
        "(Telegram: message can't be edited); today's routine sent anew"
    ]


async def test_a_today_message_is_redrawn_too(harness: BotHarness) -> None:
    kim = await set_up(harness)  # 07:00 in Berlin: no reminder yet
    *_, asked = await kim.command("today")
    assert shows(asked, RECOVERING_TODAY)
    assert await switch_to_gentle(kim) == []  # edited in place: no new message
    redrawn = kim.message(asked.message_id)
    assert shows(redrawn, GENTLE_TODAY)
    assert SNOOZE not in redrawn.button_texts
    # Its first tap records a set (before: it showed the new routine and recorded nothing).
    await kim.tap(redrawn, text=redrawn.button_texts[0])
    [(day, exercise, set_no)] = await sets_in_db(harness)
    assert (day, set_no) == ("2026-11-25", 1)
    assert kim.last_callback_answer == f"{exercise_name(harness, exercise)}: set 1 of 2 done."


async def test_only_the_latest_days_today_messages_are_kept(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await kim.command("today")
    harness.clock.advance(timedelta(days=1))
    *_, tomorrows = await kim.command("today")
    rows = await sql(harness.repo).fetch_all(
        "SELECT local_date, message_id FROM routine_messages WHERE user_id = ?", (KIM,)
    )
    assert [tuple(row) for row in rows] == [("2026-11-26", str(tomorrows.message_id))]


async def test_a_tap_on_the_frozen_reminder_changes_the_routine_sent_anew(
    harness: BotHarness,
) -> None:
    """The routine sent anew after a phase change is the frozen reminder's copy: a tap on the
    reminder changes it in place (before: each such tap sent yet another copy)."""
    kim, sent = await sent_this_morning(harness)
    harness.emulator.faults.refuse_edits(kim.chat_id, sent.message_id)
    _, routine = await switch_to_gentle(kim)
    assert await kim.tap(sent, text=sent.button_texts[0]) == []
    assert kim.last_callback_answer and "Gentle relief" in kim.last_callback_answer
    assert await sets_in_db(harness) == []  # the old phase's button records nothing
    assert kim.message(sent.message_id) == sent
    assert kim.message(routine.message_id).button_texts == routine.button_texts
    first = routine.button_texts[0]
    assert await kim.tap(routine, text=first) == []
    assert await kim.tap(sent, text=sent.button_texts[0]) == []  # still no copy
    assert kim.message(routine.message_id).button_texts[0] != first
    assert len(await sets_in_db(harness)) == 1
    assert harness.errors == []
