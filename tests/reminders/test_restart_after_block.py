"""Telegram's "Restart" in a chat whose bot was blocked unblocks it and sends /start at once: the
person gets one reply, the /start's, not "reminders are back" and then a welcome back as well.
A /start that is not the first message after the unblock, or comes after something else was
sent, is answered as any /start is: none goes without its reply."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness, ChatUser, sql
from tests.subscribers import set_up

HOUR = timedelta(hours=1)
BACK = (
    "Good to hear from you again, Kim. Your morning reminders are back on: "
    "next one Thu 26 Nov at 07:30. Send /stop if you'd rather not get them."
)
SUMMARY = (
    'All set! Timezone Europe/Berlin, reminders at 07:30, phase "Recovering". Next routine:'
    " Thu 26 Nov at 07:30. You can change anything with /settings."
)
WELCOME_BACK = "Welcome back, Kim! Your settings and history are all still here."


async def blocked_a_day(harness: BotHarness) -> ChatUser:
    kim = await set_up(harness)  # 07:00 in Berlin on Wednesday, reminders at 07:30
    await kim.block_bot()
    harness.clock.advance(24 * HOUR)  # Thursday 07:00: the morning's reminder not yet due
    return kim


def texts_since(kim: ChatUser, seen: int) -> list[str | None]:
    return [message.text for message in kim.messages[seen:]]


async def test_restart_gets_one_reply(harness: BotHarness) -> None:
    kim = await blocked_a_day(harness)
    seen = len(kim.messages)
    await kim.restart_bot()
    assert texts_since(kim, seen) == [
        "Welcome back, Kim! Your history is still here and your reminders are on again.",
        SUMMARY,
    ]
    status = await sql(harness.repo).fetch_value(
        "SELECT status FROM subscribers WHERE user_id = 7"
    )
    assert status == "active"
    # A second /start is a /start like any other, with its whole reply.
    assert [m.text for m in await kim.command("start")] == [WELCOME_BACK, SUMMARY]


async def test_a_start_after_another_message_keeps_its_reply(harness: BotHarness) -> None:
    kim = await blocked_a_day(harness)
    [back] = await kim.unblock_bot()  # from the chat's menu: told at once
    assert back.text == BACK
    [_answer] = await kim.send("thanks")
    assert [m.text for m in await kim.command("start")] == [WELCOME_BACK, SUMMARY]
    assert kim.message(back.message_id).text == BACK  # left as it was said


async def test_a_start_after_a_reminder_keeps_its_reply(harness: BotHarness) -> None:
    kim = await blocked_a_day(harness)
    [back] = await kim.unblock_bot()
    harness.clock.advance(HOUR)  # 08:00: this morning's routine has gone out since
    seen = len(kim.messages)
    await harness.tick()
    assert (texts_since(kim, seen)[0] or "").startswith("Your routine for Thursday 26 November")
    started = await kim.command("start")
    assert [m.text for m in started] == [WELCOME_BACK, SUMMARY.replace("Thu 26", "Fri 27")]
    assert kim.message(back.message_id).text == BACK


async def test_a_notice_telegram_will_not_edit_gets_the_greeting_anew(
    harness: BotHarness,
) -> None:
    kim = await blocked_a_day(harness)
    [back] = await kim.unblock_bot()  # from the chat's menu: told at once
    harness.emulator.faults.refuse_edits(kim.chat_id, back.message_id)
    # The /start's greeting cannot take the notice's place: it comes as a message of its own.
    assert [m.text for m in await kim.command("start")] == [
        "Welcome back, Kim! Your history is still here and your reminders are on again.",
        SUMMARY,
    ]
    assert kim.message(back.message_id).text == BACK
    assert harness.errors == []
