"""One message against Telegram's answers: 429, 5xx, timeouts, blocked and vanished chats."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.reminders.sender import (
    RetryPolicy,
    SendOutcome,
    in_flight_limit,
    send_ceiling,
    send_with_retries,
)
from bot.settings import Settings

POLICY = RetryPolicy(backoff=(1.0, 3.0, 9.0))


async def attempt(answers: list[TelegramError | int]) -> tuple[SendOutcome, list[float], int]:
    """Send against a scripted Telegram; return the outcome, the waits, and the calls made."""
    waits: list[float] = []
    calls = 0

    async def send() -> int:
        nonlocal calls
        answer = answers[calls]
        calls += 1
        if isinstance(answer, TelegramError):
            raise answer
        return answer

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    outcome = await send_with_retries(send, policy=POLICY, sleep=sleep)
    return outcome, waits, calls


async def test_429_waits_the_retry_after_telegram_gave() -> None:
    outcome, waits, calls = await attempt([RetryAfter(7), 42])
    assert outcome == SendOutcome("sent", 2, message_id=42)
    assert waits == [7.0]
    assert calls == 2


@pytest.mark.parametrize(
    "transient",
    [
        lambda: NetworkError("Internal Server Error"),
        lambda: NetworkError("Bad Gateway"),
        lambda: TimedOut(),
    ],
    ids=["500", "502", "timeout"],
)
async def test_5xx_and_timeouts_are_retried_with_back_off(
    transient: Callable[[], TelegramError],
) -> None:
    outcome, waits, _ = await attempt([transient(), transient(), 5])
    assert outcome == SendOutcome("sent", 3, message_id=5)
    assert waits == [1.0, 3.0]


async def test_after_the_last_retry_telegram_counts_as_unreachable() -> None:
    outcome, waits, calls = await attempt([NetworkError("Internal Server Error")] * 4)
    assert (outcome.status, outcome.attempts, outcome.error) == (
        "held", 4, "NetworkError: Internal Server Error",
    )  # fmt: skip
    assert waits == [1.0, 3.0, 9.0]
    assert calls == 4


@pytest.mark.parametrize(
    "gone",
    [
        Forbidden("Forbidden: bot was blocked by the user"),
        Forbidden("Forbidden: user is deactivated"),
        BadRequest("Chat not found"),
    ],
    ids=["blocked", "deactivated", "chat-not-found"],
)
async def test_a_chat_that_is_gone_is_not_retried(gone: TelegramError) -> None:
    outcome, waits, calls = await attempt([gone, 1])
    assert (outcome.status, outcome.error) == ("blocked", gone.message)
    assert (waits, calls) == ([], 1)


async def test_a_request_telegram_refuses_is_not_retried() -> None:
    outcome, waits, calls = await attempt([BadRequest("Message is too long"), 1])
    assert (outcome.status, outcome.error) == ("failed", "Message is too long")
    assert (waits, calls) == ([], 1)


async def test_a_long_flood_wait_is_held_with_telegrams_wait_not_sat_through() -> None:
    outcome, waits, calls = await attempt([RetryAfter(3600), 1])
    assert outcome == SendOutcome(
        "held", 1, error="flood control: retry after 3600 s", retry_after=3600.0
    )
    assert (waits, calls) == ([], 1)


async def test_a_429_on_the_last_attempt_is_held_not_failed() -> None:
    outcome, waits, calls = await attempt([RetryAfter(2), RetryAfter(2), RetryAfter(2),
                                           RetryAfter(5), 1])  # fmt: skip
    assert outcome == SendOutcome("held", 4, error="flood control: retry after 5 s",
                                  retry_after=5.0)  # fmt: skip
    assert (waits, calls) == ([2.0, 2.0, 2.0], 4)


async def test_a_wait_up_to_the_longest_is_sat_through() -> None:
    outcome, waits, _ = await attempt([RetryAfter(300), 9])
    assert outcome == SendOutcome("sent", 2, message_id=9)
    assert waits == [300.0]


def test_in_flight_bound_follows_the_ceiling() -> None:
    assert send_ceiling(Settings(send_rate=25)) == 25
    assert in_flight_limit(Settings(send_rate=25)) == 13
    assert in_flight_limit(Settings(send_rate=1)) == 4
    paid = Settings(allow_paid_broadcast=True)
    assert send_ceiling(paid) == 1000
    assert in_flight_limit(paid) == 500
    # Paying for broadcasts, an operator may still cap the pace (and the Stars spent).
    capped = Settings(send_rate=300, allow_paid_broadcast=True)
    assert send_ceiling(capped) == 300
    assert in_flight_limit(capped) == 150
