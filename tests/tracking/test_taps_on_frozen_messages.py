"""Buttons on a message Telegram will not let the bot edit any more (400 "message can't be
edited", e.g. one it holds too old): the tap still counts once, is answered, and what the edit
would have shown comes as a new message (before: "Sorry, something went wrong" and a traceback
in the log, with the set recorded but not shown)."""

from __future__ import annotations

import json
import logging
from datetime import timedelta

import pytest

from bot.emulator import BotMessage
from bot.testing import BotHarness, ChatUser
from tests.subscribers import set_up
from tests.tracking.test_taps import routine_for, sets_in_db

RESENT = "That message can no longer be changed, so here is your routine as it is now."


def frozen(harness: BotHarness, person: ChatUser, message: BotMessage) -> BotMessage:
    """`message`, which Telegram from now on refuses to edit."""
    harness.emulator.faults.refuse_edits(person.chat_id, message.message_id)
    return message


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "can't be edited" in r.getMessage()]


async def test_a_set_tapped_on_a_frozen_routine_counts_once_and_comes_anew(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    alex, routine = await routine_for(harness)
    frozen(harness, alex, routine)
    first = routine.buttons[0][0].text
    name, sets = first.rsplit(" ", 1)[0], int(first.rsplit("/", 1)[1])
    note, fresh = await alex.tap(routine, text=first)
    assert alex.last_callback_answer == f"{name}: set 1 of {sets} done."
    assert alex.message(routine.message_id) == routine  # Telegram kept it as it was
    assert note.text == RESENT
    assert fresh.text == routine.text
    assert fresh.buttons[0][0].text == f"{name} 1/{sets}"
    # The same button again (a second tap, or Telegram retrying the update): still one set.
    await alex.tap(routine, text=first)
    assert len(await sets_in_db(harness)) == 1
    # The new message's buttons are edited in place as usual.
    assert await alex.tap(fresh, text=f"{name} 1/{sets}") == []
    shown = alex.message(fresh.message_id).buttons[0][0].text
    assert shown == (f"✅ {name}" if sets == 2 else f"{name} 2/{sets}")
    assert len(await sets_in_db(harness)) == 2
    assert harness.errors == []
    [line, *_] = refusals(caplog)
    assert line.exc_info is None and "TEST-emulator-token" not in line.getMessage()
    assert line.getMessage() == (
        f"tap on message {routine.message_id} of person {alex.user_id}: Telegram: message "
        "can't be edited; what it would show was sent anew"
    )


async def test_all_done_then_a_score_and_a_feeling_on_frozen_messages(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    alex, routine = await routine_for(harness)
    note, fresh, congratulation = await alex.tap(
        frozen(harness, alex, routine), text="✅ All done"
    )
    assert alex.last_callback_answer == "Marked every remaining set as done."
    assert note.text == RESENT
    assert all(row[0].text.startswith("✅") for row in fresh.buttons[:-2])
    assert (congratulation.text or "").startswith("🎉 That's today's routine done.")
    # The check-in's question cannot be edited either: the score is noted and said anew.
    recorded, feeling = await alex.tap(frozen(harness, alex, congratulation), text="3")
    assert alex.last_callback_answer == recorded.text == "Pain today: 3/10. Noted."
    assert feeling.text == "How did today's routine feel?"
    [reply] = await alex.tap(frozen(harness, alex, feeling), text="About right")
    assert not alex.last_callback_answer and reply.text and reply.buttons == []
    assert len(refusals(caplog)) == 3
    assert all(line.exc_info is None for line in refusals(caplog))
    assert harness.errors == []


async def test_more_taps_on_a_frozen_routine_change_its_copy(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """Three sets tapped on a frozen routine: one copy comes, and the later taps change it in
    place (before: the routine came anew on every tap, three copies for three sets)."""
    caplog.set_level(logging.INFO, logger="bot")
    alex, routine = await routine_for(harness)
    frozen(harness, alex, routine)
    labels = [row[0].text for row in routine.buttons[:3]]
    names = [label.rsplit(" ", 1)[0] for label in labels]
    note, copy = await alex.tap(routine, text=labels[0])
    assert note.text == RESENT
    assert await alex.tap(routine, text=labels[1]) == []
    assert alex.last_callback_answer == f"{names[1]}: set 1 of {labels[1][-1]} done."
    assert await alex.tap(routine, text=labels[2]) == []
    shown = [row[0].text for row in alex.message(copy.message_id).buttons[:3]]
    assert shown == [f"{name} 1/{label[-1]}" for name, label in zip(names, labels, strict=True)]
    assert len(await sets_in_db(harness)) == 3
    assert alex.message(routine.message_id) == routine
    assert refusals(caplog)[-1].getMessage() == (
        f"tap on message {routine.message_id} of person {alex.user_id}: Telegram: message "
        f"can't be edited; its copy, message {copy.message_id}, was changed instead"
    )
    # Once the copy is frozen too, a tap on it sends one more, which later taps change.
    frozen(harness, alex, copy)
    sets = int(labels[0].rsplit("/", 1)[1])
    one, two = f"{names[0]} 1/{sets}", (f"✅ {names[0]}" if sets == 2 else f"{names[0]} 2/{sets}")
    again, newer = await alex.tap(copy, text=one)
    assert again.text == RESENT and newer.buttons[0][0].text == two
    assert await alex.tap(routine, text="↩ Undo last set") == []
    assert alex.message(newer.message_id).buttons[0][0].text == one
    # The copy's id is the person's data like the rest: in /export (and gone with /forget).
    [document, _] = await alex.command("export")
    [day] = json.loads(document.document or b"{}")["routines"]
    assert day["copy_message_id"] == str(newer.message_id)
    assert harness.errors == []


async def test_undo_and_skip_on_a_frozen_routine_change_its_copy(harness: BotHarness) -> None:
    """Undo on a frozen routine changes the copy sent after its first tap (before: the copy
    kept showing the set taken back, and the routine came once more)."""
    alex, routine = await routine_for(harness)
    first, second = routine.buttons[0][0].text, routine.buttons[1][0].text
    _, copy = await alex.tap(frozen(harness, alex, routine), text=first)
    assert await alex.tap(routine, text=second) == []
    assert await alex.tap(routine, text="↩ Undo last set") == []
    assert alex.last_callback_answer == f"Took back the last set of {second.rsplit(' ', 1)[0]}."
    shown = alex.message(copy.message_id).buttons
    assert shown[0][0].text.endswith(" 1/" + first.rsplit("/", 1)[1])
    assert shown[1][0].text == second
    assert len(await sets_in_db(harness)) == 1
    # Undone to what the frozen message shows already: the copy shows it too, nothing is sent.
    assert await alex.tap(routine, text="↩ Undo last set") == []
    assert await sets_in_db(harness) == []
    assert alex.message(copy.message_id).buttons[0][0].text == first
    [question] = await alex.tap(routine, text="Skip today")
    [reply] = await alex.tap(frozen(harness, alex, question), text="No time")
    assert alex.last_callback_answer == "Noted."
    assert (reply.text or "").startswith("That's fine. Even one stretch")
    assert harness.errors == []


async def test_a_frozen_settings_menu_saves_and_comes_anew(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    kim = await set_up(harness)
    [menu] = await kim.command("settings")
    [times] = await kim.tap(frozen(harness, kim, menu), text="Time")
    assert times.text == "Choose a reminder time, or type any other (like 07:15):"
    [summary] = await kim.tap(frozen(harness, kim, times), text="08:30")
    assert kim.last_callback_answer == "Saved."
    assert "08:30" in (summary.text or "") and summary.text != menu.text
    saved = await harness.repo.subscribers.get(kim.user_id)
    assert saved is not None and saved.reminder_time == "08:30"
    assert kim.message(menu.message_id) == menu
    assert len(refusals(caplog)) == 2
    assert all(line.exc_info is None for line in refusals(caplog))
    assert harness.errors == []


async def test_a_frozen_forget_question_is_answered_anew(harness: BotHarness) -> None:
    kim = await set_up(harness)
    [question] = await kim.command("forget")
    [reply] = await kim.tap(frozen(harness, kim, question), text="No, keep my data")
    assert reply.text == "Nothing was deleted."
    assert await harness.repo.subscribers.get(kim.user_id) is not None
    assert harness.errors == []


async def test_frozen_pain_buttons_stay_and_the_score_is_noted(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    kim = await set_up(harness)
    [photo] = await kim.command("progress")  # Wednesday, 07:00 in Berlin
    harness.clock.advance(timedelta(hours=17, minutes=30))  # Thursday 00:30 in Berlin
    # Its button would be renamed "Log Wednesday's pain": it stays, and the question comes.
    [question] = await kim.tap(frozen(harness, kim, photo), text="Log today's pain")
    assert (question.text or "").startswith("How was your pain on Wednesday?")
    assert kim.message(photo.message_id) == photo
    [again] = await kim.tap(photo, text="Log today's pain")
    # The first question cannot be closed: it keeps its buttons, and the score is noted.
    await kim.tap(again, data=frozen(harness, kim, question).buttons[0][4].callback_data)
    assert kim.last_callback_answer == "Pain on Wednesday: 4/10. Noted."
    assert kim.message(again.message_id).text == "Pain on Wednesday: 4/10. Noted."
    assert kim.message(question.message_id) == question
    assert [line.getMessage().split(":")[0] for line in refusals(caplog)] == [
        f"pain button relabelled on message {photo.message_id} of person {kim.user_id}",
        f"pain button relabelled on message {photo.message_id} of person {kim.user_id}",
        f"pain check-in closed on message {question.message_id} of person {kim.user_id}",
    ]
    assert all(line.exc_info is None for line in refusals(caplog))
    assert harness.errors == []


async def test_a_copy_the_person_deleted_is_sent_again(harness: BotHarness) -> None:
    """The person deleted the copy of a frozen routine: the next tap on the frozen one sends a
    new copy, which later taps change (before: Telegram's "not found" was taken as done, and
    the sets tapped showed nowhere)."""
    alex, routine = await routine_for(harness)
    frozen(harness, alex, routine)
    labels = [row[0].text for row in routine.buttons[:3]]
    _, copy = await alex.tap(routine, text=labels[0])
    alex.delete_message(copy.message_id)
    note, again = await alex.tap(routine, text=labels[1])
    assert note.text == RESENT
    assert [row[0].text for row in again.buttons[:2]] == [
        f"{label.rsplit(' ', 1)[0]} 1/{label[-1]}" for label in labels[:2]
    ]
    assert await alex.tap(routine, text=labels[2]) == []
    assert alex.message(again.message_id).buttons[2][0].text.endswith(f" 1/{labels[2][-1]}")
    assert len(await sets_in_db(harness)) == 3
    assert harness.errors == []
