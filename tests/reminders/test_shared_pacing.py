"""The bot's and its sender process's rate limiters keep one budget through SharedPacing."""

from __future__ import annotations

import asyncio
import multiprocessing

import pytest
from telegram.error import RetryAfter

from bot.reminders.pacing import BROADCAST, SharedPacing, TwoLaneRateLimiter
from tests.reminders.test_pacing import StoppedTime, send

RATE = 25  # reminders a second: a slot every 0.04 s, the first 0.06 s of them early


def pair(
    time: StoppedTime, *, paid: bool = False
) -> tuple[TwoLaneRateLimiter, TwoLaneRateLimiter]:
    """The bot's limiter and the sender's, on one clock (time.monotonic is machine-wide)."""
    shared_by_both = SharedPacing.create()

    def one() -> TwoLaneRateLimiter:
        return TwoLaneRateLimiter(
            broadcast_rate=RATE, paid_broadcast=paid, clock=time.clock, sleep=time.sleep,
            shared=shared_by_both,
        )  # fmt: skip

    return one(), one()


async def fine() -> bool:
    return True


async def next_reminder_waits(sender: TwoLaneRateLimiter, time: StoppedTime) -> float:
    """How long the sender's next reminder sleeps for its slot."""
    task = asyncio.create_task(send(sender, 99, BROADCAST, fine))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return time.slept[-1]


@pytest.mark.parametrize(("paid", "slots"), [(False, 10 + 3), (True, 10)])
async def test_free_replies_in_the_bot_take_reminder_slots_in_the_sender(
    paid: bool, slots: int
) -> None:
    """Without paid broadcast, 3 replies put the sender's 11th reminder 3 slots later."""
    time = StoppedTime()
    bot, sender = pair(time, paid=paid)
    queued = [asyncio.create_task(send(sender, n, BROADCAST, fine)) for n in range(1, 11)]
    await asyncio.sleep(0)
    for _ in range(3):
        await send(bot, 7, None, fine)  # the edits showing tapped sets: at once
    assert await next_reminder_waits(sender, time) == pytest.approx(slots * 0.04 - 0.06)
    for task in queued:
        task.cancel()
    await asyncio.gather(*queued, return_exceptions=True)


async def test_a_429_met_by_the_bot_pauses_the_senders_reminders() -> None:
    time = StoppedTime()
    bot, sender = pair(time)
    calls: list[str] = []

    async def refused() -> bool:
        calls.append("refused")
        raise RetryAfter(5)

    first = asyncio.create_task(send(bot, 1, None, refused))
    await asyncio.sleep(0)
    reminder = asyncio.create_task(send(sender, 2, BROADCAST, fine))
    await asyncio.sleep(0)
    assert calls == ["refused"]  # Telegram said wait: the other process did not send either
    assert time.slept == [pytest.approx(5.1)] * 2
    for task in (first, reminder):
        task.cancel()
    await asyncio.gather(first, reminder, return_exceptions=True)


def _reply_three_times_and_pause(shared: SharedPacing) -> None:
    for _ in range(3):
        shared.add_reply()
    shared.pause_until(123.0)


def test_the_shared_state_crosses_into_a_spawned_process() -> None:
    shared = SharedPacing.create()
    child = multiprocessing.get_context("spawn").Process(
        target=_reply_three_times_and_pause, args=(shared,)
    )
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0
    assert (shared.replies, shared.resume_at) == (3, 123.0)
    shared.pause_until(100.0)  # a shorter pause never cuts a longer one
    assert shared.resume_at == 123.0
