"""Telegram tells the bot at once when a person blocks or unblocks it (my_chat_member): a block
stops every send there and then (before: learnt only from a 403 at the next morning's send) and
an unblock brings the reminders back without the person writing (before: only at their next
message)."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness, sql
from tests.subscribers import set_up

HOUR = timedelta(hours=1)


async def status(harness: BotHarness) -> tuple[object, ...]:
    row = await sql(harness.repo).fetch_one(
        "SELECT status, next_reminder_at IS NOT NULL FROM subscribers WHERE user_id = 7"
    )
    assert row is not None
    return tuple(row)


def sends_to(harness: BotHarness, chat_id: int, since: int) -> list[int]:
    return [
        r.status
        for r in harness.emulator.requests[since:]
        if r.params.get("chat_id") == chat_id and r.method.startswith("send")
    ]


async def test_a_block_stops_reminders_at_once_with_no_send_tried(harness: BotHarness) -> None:
    kim = await set_up(harness)  # 07:00 in Berlin, reminders at 07:30
    assert await status(harness) == ("active", 1)
    assert await kim.block_bot() == []  # nothing can be sent to someone who has blocked the bot
    assert await status(harness) == ("blocked", 0)
    since = len(harness.emulator.requests)
    for hours in (1, 25, 49):  # this morning's reminder and the next two
        harness.clock.set(harness.clock.now() + HOUR * hours)
        await harness.tick()
    assert sends_to(harness, kim.chat_id, since) == []  # not even one 403


async def test_an_unblock_brings_reminders_back_without_writing(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await kim.block_bot()
    harness.clock.advance(24 * HOUR)  # Thursday 07:00 in Berlin
    [back] = await kim.unblock_bot()
    assert back.text == (
        "Good to hear from you again, Kim. Your morning reminders are back on: "
        "next one Thu 26 Nov at 07:30. Send /stop if you'd rather not get them."
    )
    assert await status(harness) == ("active", 1)
    seen = len(kim.messages)
    harness.clock.advance(HOUR)
    await harness.tick()
    [routine, *_cards] = kim.messages[seen:]
    assert (routine.text or "").startswith("Your routine for Thursday 26 November")
    assert len(await kim.send("thanks")) == 1  # the welcome back is not said again


async def test_someone_who_chose_stop_stays_stopped_through_block_and_unblock(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    await kim.command("stop")
    await kim.block_bot()
    assert await kim.unblock_bot() == []
    assert await status(harness) == ("stopped", 0)


async def test_a_block_by_someone_never_started_changes_nothing(harness: BotHarness) -> None:
    stranger = harness.user(99, "Sam")
    before = await harness.snapshot()
    await stranger.block_bot()
    assert await stranger.unblock_bot() == []
    assert await harness.snapshot() == before
