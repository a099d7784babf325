"""/today and its buttons: taps recorded once, progress shown in place, undo, how-to, safety."""

from __future__ import annotations

from datetime import timedelta

from bot.emulator import BotMessage
from bot.reminders.routine_keyboard import MarkSet
from bot.testing import BotHarness, ChatUser, sql


async def routine_for(harness: BotHarness, user_id: int = 1001) -> tuple[ChatUser, BotMessage]:
    alex = harness.user(user_id, "Alex")
    await alex.command("start")
    *_, routine = await alex.command("today")
    return alex, routine


async def sets_in_db(harness: BotHarness, user_id: int = 1001) -> list[tuple[str, int]]:
    rows = await sql(harness.repo).fetch_all(
        "SELECT exercise_id, set_no FROM set_completions WHERE user_id = ? ORDER BY rowid",
        (user_id,),
    )
    return [(row[0], row[1]) for row in rows]


async def test_today_shows_every_item_with_a_progress_button_and_how_to(
    harness: BotHarness,
) -> None:
    _, routine = await routine_for(harness)
    assert routine.text and "Your routine for" in routine.text
    item_rows = routine.buttons[:-2]
    assert len(item_rows) >= 2
    assert [b.text for b in routine.buttons[-2]] == ["✅ All done", "Skip today"]
    for row in item_rows:
        assert row[0].text.endswith(("0/1", "0/2", "0/3", "0/4", "0/5"))
        assert row[1].text == "How?"
    assert routine.buttons[-1][0].text.startswith("↩")


async def test_a_tap_records_the_set_answers_and_edits_in_place(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    first = routine.buttons[0][0].text
    name, sets = first.rsplit(" ", 1)[0], int(first.rsplit("/", 1)[1])
    new = await alex.tap(routine, text=first)
    assert new == []  # the same message is edited, nothing new is sent
    assert alex.last_callback_answer == f"{name}: set 1 of {sets} done."
    assert alex.message(routine.message_id).buttons[0][0].text == f"{name} 1/{sets}"
    assert len(await sets_in_db(harness)) == 1


async def test_double_tap_and_stale_keyboard_record_the_set_once(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    data = routine.buttons[0][0].callback_data
    assert data is not None
    await alex.tap(routine, data=data)
    await alex.tap(routine, data=data)  # the same button again (double tap / retried update)
    assert len(await sets_in_db(harness)) == 1


async def test_completing_an_item_shows_a_check_mark(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    label = routine.buttons[0][0].text
    name, sets = label.rsplit(" ", 1)[0], int(label.rsplit("/", 1)[1])
    for _ in range(sets):
        current = alex.message(routine.message_id).buttons[0][0]
        await alex.tap(routine, data=current.callback_data)
    assert alex.message(routine.message_id).buttons[0][0].text == f"✅ {name}"
    assert alex.last_callback_answer == f"{name}: all sets done!"
    await alex.tap(routine, data=alex.message(routine.message_id).buttons[0][0].callback_data)
    assert alex.last_callback_answer == f"{name} is already done for today."
    assert len(await sets_in_db(harness)) == sets


async def test_finishing_every_set_completes_the_routine(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    for row_index in range(len(routine.buttons) - 2):  # item rows, not All done and undo
        while not alex.message(routine.message_id).buttons[row_index][0].text.startswith("✅"):
            button = alex.message(routine.message_id).buttons[row_index][0]
            await alex.tap(routine, data=button.callback_data)
    assert "routine done" in (alex.last.text or "")
    completed = await sql(harness.repo).fetch_value(
        "SELECT completed_at FROM routines WHERE user_id = 1001"
    )
    assert completed is not None


async def test_undo_takes_back_the_last_set(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    await alex.tap(routine, text=routine.buttons[0][0].text)
    await alex.tap(routine, text="↩")
    assert await sets_in_db(harness) == []
    assert alex.message(routine.message_id).buttons[0][0].text == routine.buttons[0][0].text
    await alex.tap(routine, text="↩")
    assert alex.last_callback_answer == "Nothing to undo yet."


async def test_how_to_shows_steps_and_cautions(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    [card] = await alex.tap(routine, data=routine.buttons[0][1].callback_data)
    assert card.text and "How to do it:" in card.text and "Stop if:" in card.text
    assert alex.last_callback_answer == ""


async def test_someone_else_cannot_mark_a_routine(harness: BotHarness) -> None:
    _, routine = await routine_for(harness)
    intruder = harness.user(2002, "Eve")
    await intruder.command("start")
    intruder.person.tap_raw(
        harness.emulator.chat_messages[1001][routine.message_id],
        routine.buttons[0][0].callback_data or "",
    )
    await harness.deliver_pending()
    assert (
        intruder.last_callback_answer
        == "This routine belongs to someone else, so I can't mark it for you."
    )
    assert await sets_in_db(harness) == [] and await sets_in_db(harness, 2002) == []


async def test_forged_data_is_answered_and_changes_nothing(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    stored = harness.emulator.chat_messages[1001][routine.message_id]
    for forged in ["s:garbage", "s:20261125:99:1", "h:no-such-exercise", "u:x", "zz", "s:1:2:3:4"]:
        alex.person.tap_raw(stored, forged)
        await harness.deliver_pending()
        assert alex.last_callback_answer in {
            "This button has expired.",
            "This routine belongs to someone else, so I can't mark it for you.",
        }, forged
    assert await sets_in_db(harness) == []


async def test_taps_on_old_routines(harness: BotHarness) -> None:
    alex, routine = await routine_for(harness)
    data = MarkSet.unpack(routine.buttons[0][0].callback_data or "")
    harness.clock.advance(timedelta(days=2))
    await alex.tap(routine, data=data.pack())
    assert len(await sets_in_db(harness)) == 1  # two days back is still accepted
    harness.clock.advance(timedelta(days=1))
    await alex.tap(routine, data=MarkSet(data.day, data.item, 2).pack())
    assert alex.last_callback_answer and "more than two days old" in alex.last_callback_answer
    assert len(await sets_in_db(harness)) == 1


async def test_today_before_start_asks_to_start(harness: BotHarness) -> None:
    stranger = harness.user(3003)
    [reply] = await stranger.command("today")
    assert "/start" in (reply.text or "")
