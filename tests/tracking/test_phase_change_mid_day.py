"""A phase changed after today's routine was sent: once a set of it was tapped (or the day
skipped), today's stays the one sent, its taps still count once, the person is told so where they
change it and on /today, and tomorrow's is the new phase's (before: the menu only showed the new
phase, and /today's old routine came unexplained). With nothing of it recorded yet, today's
routine becomes the new phase's: /today shows it, the reminders and /today's messages are
redrawn with it (test_phase_change_redraws_reminder.py), and a tap on buttons shown earlier in a
message not redrawn shows it in their place and records nothing (before: today's stayed the old
phase's all day)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.emulator.models import BotMessage
from bot.testing import BotHarness, ChatUser, sql
from tests.subscribers import set_up

KIM = 7
STAYS = (
    "Today's routine stays the Recovering one you were sent, and your taps on it count; "
    "Gentle relief routines start tomorrow."
)


def routine_messages(person: ChatUser) -> list[BotMessage]:
    return [m for m in person.messages if (m.text or "").startswith("Your routine for")]


async def sets_in_db(harness: BotHarness) -> list[tuple[str, str, int]]:
    rows = await sql(harness.repo).fetch_all(
        "SELECT local_date, exercise_id, set_no FROM set_completions WHERE user_id = ?"
        " ORDER BY rowid",
        (KIM,),
    )
    return [(str(row[0]), str(row[1]), int(row[2])) for row in rows]


async def sent_this_morning(harness: BotHarness) -> tuple[ChatUser, BotMessage]:
    """Kim, set up, and the routine the 07:30 reminder sent her (Berlin, Wednesday 25 Nov)."""
    kim = await set_up(harness)
    harness.clock.set(datetime(2026, 11, 25, 6, 30, 5, tzinfo=UTC))  # 07:30:05 in Berlin
    await harness.tick()
    [sent] = routine_messages(kim)
    return kim, sent


async def switch_to_gentle(kim: ChatUser) -> list[BotMessage]:
    [menu] = await kim.command("settings")
    await kim.tap(menu, text="Phase")
    return await kim.tap(kim.message(menu.message_id), data="m:phase:acute")


async def test_todays_routine_stays_the_one_sent_and_the_person_is_told(
    harness: BotHarness,
) -> None:
    kim, sent = await sent_this_morning(harness)
    first = sent.button_texts[0]  # "Hamstring strap stretch 0/2"
    await kim.tap(sent, text=first)
    assert await switch_to_gentle(kim) == [kim.last]
    assert kim.last.text == STAYS
    # The old message's buttons still record today's sets, once each.
    await kim.tap(kim.message(sent.message_id), text=first.split(" 0/")[0])
    assert [(d, s) for d, _, s in await sets_in_db(harness)] == [
        ("2026-11-25", 1),
        ("2026-11-25", 2),
    ]
    note, routine = (await kim.command("today"))[-2:]
    assert note.text == STAYS
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November: Recovering")
    progress = await kim.command("progress")
    assert any("Sets done in total: 2" in (m.text or "") for m in progress)
    harness.clock.advance(timedelta(days=1))
    await harness.tick()
    tomorrow = routine_messages(kim)[-1].text or ""
    assert tomorrow.startswith("Your routine for Thursday 26 November: Gentle relief")
    *_, later = await kim.command("today")
    assert (later.text or "").startswith("Your routine for Thursday 26 November: Gentle relief")


async def test_a_phase_changed_before_todays_routine_gives_the_new_one_without_a_note(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)  # 07:00 in Berlin: today's has not come
    assert await switch_to_gentle(kim) == []
    *_, routine = await kim.command("today")
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November: Gentle")
    assert all(m.text != STAYS for m in kim.messages)


async def test_a_phase_changed_before_any_tap_switches_todays_routine(
    harness: BotHarness,
) -> None:
    kim, _ = await sent_this_morning(harness)
    *_, asked = await kim.command("today")
    # Shown before the bot kept /today's message ids (an upgrade): not redrawn at the change.
    assert await sql(harness.repo).execute("DELETE FROM routine_messages") == 1
    old_first = asked.button_texts[0]  # a Recovering exercise, 0/2
    assert await switch_to_gentle(kim) == []  # nothing tapped: no "stays" note
    *_, routine = await kim.command("today")
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November: Gentle relief")
    # A tap on the earlier Recovering buttons records nothing: it shows today's routine.
    await kim.tap(asked, text=old_first)
    assert kim.last_callback_answer == (
        "Today's routine is now the Gentle relief one: here it is. Tap again to record a set."
    )
    assert await sets_in_db(harness) == []
    redrawn = kim.message(asked.message_id)
    assert (redrawn.text or "").startswith("Your routine for Wednesday 25 November: Gentle")
    assert not any("Snooze 30 min" in text for text in redrawn.button_texts)
    new_first = redrawn.button_texts[0]
    await kim.tap(redrawn, text=new_first)
    [(day, exercise, set_no)] = await sets_in_db(harness)
    assert (day, set_no) == ("2026-11-25", 1)
    assert new_first.startswith(exercise_name(harness, exercise))
    progress = await kim.command("progress")
    assert any("Sets done in total: 1" in (m.text or "") for m in progress)
    # Taps on today's routine are recorded now: switching back leaves it the Gentle one.
    [menu] = await kim.command("settings")
    await kim.tap(menu, text="Phase")
    [note] = await kim.tap(kim.message(menu.message_id), data="m:phase:recovering")
    assert note.text == (
        "Today's routine stays the Gentle relief one you were sent, and your taps on it count; "
        "Recovering routines start tomorrow."
    )


async def test_a_day_skipped_keeps_its_routine_through_a_phase_change(
    harness: BotHarness,
) -> None:
    kim, sent = await sent_this_morning(harness)
    [question] = await kim.tap(sent, text="Skip today")
    await kim.tap(question, text="No time")
    assert await switch_to_gentle(kim) == [kim.last]
    assert kim.last.text == STAYS
    note, routine = (await kim.command("today"))[-2:]
    assert note.text == STAYS
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November: Recovering")


def exercise_name(harness: BotHarness, exercise_id: str) -> str:
    return harness.services.content.exercises[exercise_id].name
