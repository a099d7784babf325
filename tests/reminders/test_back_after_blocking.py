"""Someone who blocked the bot (Telegram answered 403) and unblocked it writes again: reminders
come back and the reply says so once (before: answered, but never reminded again, and not told).
"""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness, ChatUser, sql
from tests.subscribers import set_up

HOUR = timedelta(hours=1)


async def blocked_kim(harness: BotHarness) -> ChatUser:
    kim = await set_up(harness)
    harness.emulator.faults.block_chat(kim.chat_id)
    harness.clock.advance(HOUR)  # 08:00 in Berlin: the morning's routine meets the 403
    await harness.tick()
    assert await status(harness) == ("blocked", None)
    harness.emulator.faults.unblock_chat(kim.chat_id)
    return kim


async def status(harness: BotHarness) -> tuple[object, ...]:
    row = await sql(harness.repo).fetch_one(
        "SELECT status, next_reminder_at FROM subscribers WHERE user_id = 7"
    )
    assert row is not None
    return tuple(row)


async def test_a_message_after_unblocking_turns_reminders_back_on(harness: BotHarness) -> None:
    kim = await blocked_kim(harness)
    replies = await kim.send("is walking ok?")
    assert replies[0].text == (
        "Good to hear from you again, Kim. Your morning reminders are back on: "
        "next one Thu 26 Nov at 07:30. Send /stop if you'd rather not get them."
    )
    assert "walk" in (replies[1].text or "").lower()  # the question is answered as ever
    assert (await status(harness))[0] == "active"
    seen = len(kim.messages)
    harness.clock.advance(24 * HOUR)
    await harness.tick()
    [routine, *_cards] = kim.messages[seen:]
    assert (routine.text or "").startswith("Your routine for Thursday 26 November")
    assert len(await kim.send("thanks")) == 1  # said once, not on every message


async def test_stop_and_start_after_unblocking_say_only_their_own_words(
    harness: BotHarness,
) -> None:
    kim = await blocked_kim(harness)
    [stopped] = await kim.command("stop")
    assert (stopped.text or "").startswith("Done: no more reminders.")
    assert await status(harness) == ("stopped", None)


async def test_someone_who_chose_stop_stays_stopped_when_they_write(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await kim.command("stop")
    await kim.send("is walking ok?")
    assert await status(harness) == ("stopped", None)


async def test_today_or_a_set_tapped_first_after_unblocking_turns_reminders_back_on(
    harness: BotHarness,
) -> None:
    kim = await blocked_kim(harness)
    back, *_cards, routine = await kim.command("today")
    assert (back.text or "").startswith("Good to hear from you again, Kim.")
    assert (routine.text or "").startswith("Your routine for Wednesday 25 November")
    assert (await status(harness))[0] == "active"
    await sql(harness.repo).execute("UPDATE subscribers SET status = 'blocked' WHERE user_id = 7")
    [back] = await kim.tap(routine, data=routine.buttons[0][0].callback_data)
    assert (back.text or "").startswith("Good to hear from you again, Kim.")
    assert (await status(harness))[0] == "active"
    assert ": set 1 of " in (kim.last_callback_answer or "")
