"""The two-lane rate limiter: reminders at SEND_RATE, replies never queued behind them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.reminders.pacing import BROADCAST, Lane, TwoLaneRateLimiter


class VirtualTime:
    """A clock that sleeping moves forward (nothing really waits)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class StoppedTime(VirtualTime):
    """A clock that stands still: whoever sleeps stays asleep (to see who had to wait)."""

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        await asyncio.Event().wait()


def limiter(time: VirtualTime, rate: float = 25, *, paid: bool = False) -> TwoLaneRateLimiter:
    return TwoLaneRateLimiter(
        broadcast_rate=rate, paid_broadcast=paid, clock=time.clock, sleep=time.sleep
    )


async def send(
    limiter: TwoLaneRateLimiter,
    chat_id: int | None,
    lane: Lane | None,
    callback: Callable[..., Coroutine[Any, Any, Any]],
) -> Any:
    data = {} if chat_id is None else {"chat_id": chat_id}
    return await limiter.process_request(callback, (), {}, "sendMessage", data, lane)


async def test_reminders_leave_at_send_rate_with_a_tenth_of_a_second_of_burst() -> None:
    time = VirtualTime()
    pacer = limiter(time, rate=25)
    sent: list[float] = []

    async def callback() -> bool:
        sent.append(time.now)
        return True

    for chat_id in range(1, 101):
        await send(pacer, chat_id, BROADCAST, callback)
    busiest = max(sum(1 for t in sent if start <= t < start + 1) for start in sent)
    assert busiest <= 25 * 1.1
    assert sent[-1] == pytest.approx(99 / 25 - 0.06)  # 100 at 25/s, 0.06 s of them early


async def test_a_reply_goes_out_at_once_while_reminders_queue() -> None:
    """The morning peak: the edit showing a tapped set does not wait behind the fan-out."""
    time = StoppedTime()
    pacer = limiter(time, rate=25)
    sent: list[str] = []

    def record(what: str) -> Callable[[], Coroutine[Any, Any, bool]]:
        async def callback() -> bool:
            sent.append(what)
            return True

        return callback

    queued = [
        asyncio.create_task(send(pacer, n, BROADCAST, record("reminder"))) for n in range(1, 51)
    ]
    await asyncio.sleep(0)  # every reminder has taken its slot; most are asleep until then
    waiting = len(time.slept)
    await send(pacer, 7, None, record("edit"))  # an editMessageReplyMarkup carries a chat id
    await send(pacer, None, None, record("answer"))  # answerCallbackQuery carries none
    assert sent.count("reminder") == 50 - waiting and waiting > 40
    assert sent[-2:] == ["edit", "answer"]
    assert len(time.slept) == waiting  # the replies slept not at all
    # Without paid broadcast the reply took a reminder's place: the next one is a slot later.
    late = asyncio.create_task(send(pacer, 51, BROADCAST, record("reminder")))
    await asyncio.sleep(0)
    assert time.slept[-1] == pytest.approx(51 * 0.04 - 0.06)
    for task in [*queued, late]:
        task.cancel()
    await asyncio.gather(*queued, late, return_exceptions=True)


async def test_with_paid_broadcast_replies_do_not_slow_reminders() -> None:
    time = StoppedTime()
    pacer = limiter(time, rate=1000, paid=True)

    async def callback() -> bool:
        return True

    queued = [asyncio.create_task(send(pacer, n, BROADCAST, callback)) for n in range(1, 501)]
    await asyncio.sleep(0)
    await send(pacer, 7, None, callback)
    late = asyncio.create_task(send(pacer, 501, BROADCAST, callback))
    await asyncio.sleep(0)
    assert time.slept[-1] == pytest.approx(500 * 0.001 - 0.099)
    for task in [*queued, late]:
        task.cancel()
    await asyncio.gather(*queued, late, return_exceptions=True)


async def test_a_429_pauses_both_lanes_and_the_request_is_retried() -> None:
    time = StoppedTime()
    pacer = limiter(time)
    calls: list[str] = []

    async def refused() -> bool:
        calls.append("refused")
        raise RetryAfter(5)

    async def fine() -> bool:
        calls.append("fine")
        return True

    first = asyncio.create_task(send(pacer, 1, None, refused))
    await asyncio.sleep(0)
    reminder = asyncio.create_task(send(pacer, 2, BROADCAST, fine))
    reply = asyncio.create_task(send(pacer, 3, None, fine))
    await asyncio.sleep(0)
    assert calls == ["refused"]  # Telegram said wait: nobody else went either
    assert time.slept == [pytest.approx(5.1)] * 3
    for task in (first, reminder, reply):
        task.cancel()
    await asyncio.gather(first, reminder, reply, return_exceptions=True)


async def test_a_long_flood_wait_hands_reminders_back_and_still_pauses_replies() -> None:
    time = StoppedTime()
    pacer = TwoLaneRateLimiter(
        broadcast_rate=25, paid_broadcast=False, longest_broadcast_wait=300,
        clock=time.clock, sleep=time.sleep,
    )  # fmt: skip
    calls: list[str] = []

    async def refused() -> bool:
        calls.append("refused")
        raise RetryAfter(900)

    async def fine() -> bool:
        calls.append("fine")
        return True

    with pytest.raises(RetryAfter) as first:  # no in-place retry: the sender holds it
        await send(pacer, 1, BROADCAST, refused)
    time.now = 0.5
    with pytest.raises(RetryAfter) as waiting:  # a reminder arriving during the pause
        await send(pacer, 2, BROADCAST, fine)
    reply = asyncio.create_task(send(pacer, 3, None, fine))
    await asyncio.sleep(0)
    assert calls == ["refused"]  # nothing reached Telegram during the wait
    assert first.value._retry_after.total_seconds() == 900
    assert waiting.value._retry_after.total_seconds() == 899.5  # the pause's rest, exactly
    assert time.slept == [pytest.approx(899.5)]  # the reply waits the pause out
    reply.cancel()
    await asyncio.gather(reply, return_exceptions=True)


async def test_a_wait_up_to_the_longest_is_sat_through_by_a_reminder() -> None:
    time = VirtualTime()
    pacer = TwoLaneRateLimiter(
        broadcast_rate=25, paid_broadcast=False, longest_broadcast_wait=300,
        clock=time.clock, sleep=time.sleep,
    )  # fmt: skip
    answers: list[Exception | bool] = [RetryAfter(300), True]

    async def callback() -> bool:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert await send(pacer, 1, BROADCAST, callback) is True
    assert time.now == pytest.approx(300.1)


async def test_a_request_refused_every_time_raises_after_the_retries() -> None:
    time = VirtualTime()
    pacer = limiter(time)
    calls = 0

    async def refused() -> bool:
        nonlocal calls
        calls += 1
        raise RetryAfter(1)

    with pytest.raises(RetryAfter):
        await send(pacer, 1, BROADCAST, refused)
    assert calls == 4  # the first try and three retries, each after the pause


async def test_groups_get_twenty_messages_a_minute_private_chats_are_not_held() -> None:
    time = VirtualTime()
    pacer = limiter(time)

    async def callback() -> bool:
        return True

    for _ in range(20):
        await send(pacer, -100123, None, callback)
    assert time.now < 1
    await send(pacer, -100123, None, callback)
    assert time.now == pytest.approx(3.0, abs=0.01)  # the 21st waits for a twentieth of a minute
    before = time.now
    for _ in range(5):
        await send(pacer, 42, None, callback)
    assert time.now == pytest.approx(before)
