"""Sending one reminder the way Telegram asks: paced, retried when it is worth it, never forced.

Pacing lives in the application's rate limiter (`build_rate_limiter`, wired in
`build_application`; see `bot.reminders.pacing`): reminders wait their turn in its broadcast
lane, replies and edits pass ahead of them, and a 429 pauses all of them for `retry_after`. This
module adds what Telegram expects per message: bounded retries with back-off for 5xx answers and
timeouts, giving up for good on chats that are gone, and, when Telegram still cannot be reached
after the retries, `held`: the tick holds the delivery for later (`bot.core.outage`).

Flood control: a 429 is waited out in place (by the limiter, then here) only while its
`retry_after` is at most `RetryPolicy.longest_retry_after` (300 s). A longer one (Telegram sends
minutes, sometimes an hour, to a bot over its limits), or a 429 on the last attempt, is `held`
with that `retry_after`: the tick holds the reminder (journal row `pending`, `retry_at` the end
of the wait, `hold_until` the end of the person's local day) and the outage breaker holds every
other Telegram reminder, without a request, until the same instant the limiter's pause ends
(the limiter hands back the reminders waiting in it rather than sleeping through the pause).
After the wait one probe goes, then the rest through the send window and the limiter, once
each; a reminder whose local day ends first is failed for the day, as after any outage.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from telegram import InlineKeyboardMarkup
from telegram.constants import FloodLimit
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.core.message_parts import Choices
from bot.reminders.pacing import SharedPacing, TwoLaneRateLimiter
from bot.reminders.telegram_markup import inline_keyboard
from bot.settings import Settings

logger = logging.getLogger(__name__)

# Telegram: about 20 messages a minute into one group.
GROUP_MESSAGES_PER_MINUTE = 20
# 429s the limiter itself waits out (each one pauses every request) before a send sees it.
LIMITER_RETRIES = 3
# The bucket refills in tenths of a second, so a burst is at most a tenth of the rate: a queue
# of thousands never puts more than SEND_RATE * 1.1 messages into any one-second window.
BURST_WINDOW_SECONDS = 0.1
# Answers meaning the chat can never receive a message again (HTTP 400, not 403).
_GONE_CHAT_ERRORS = ("chat not found", "user not found", "peer_id_invalid", "bot was kicked")

Sleep = Callable[[float], Awaitable[Any]]
SendStatus = Literal["sent", "blocked", "failed", "held"]


@dataclass(frozen=True)
class OutgoingMessage:
    """A message ready to send: its text and choices (as Telegram's inline keyboard too)."""

    text: str
    choices: Choices = ()
    parse_mode: str | None = None
    exercises: tuple[str, ...] = ()  # a routine's exercises (for first-time cards)

    @cached_property
    def reply_markup(self) -> InlineKeyboardMarkup | None:
        """The choices as an inline keyboard, built once per message (a tick shares messages)."""
        return inline_keyboard(self.choices)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one message: waits (seconds) before each retry after a 5xx or timeout."""

    backoff: tuple[float, ...] = (1.0, 3.0, 9.0)
    longest_retry_after: float = 300.0

    @property
    def attempts(self) -> int:
        """The most times one message is tried."""
        return len(self.backoff) + 1


@dataclass(frozen=True)
class SendOutcome:
    """What happened to one message: sent (with its id), chat gone, refused for the day, or
    held (Telegram could not be reached: connection errors, timeouts, 5xx; or, with
    `retry_after`, it asked for a wait too long to sit through)."""

    status: SendStatus
    attempts: int
    message_id: int | None = None
    error: str | None = None
    retry_after: float | None = None  # held under flood control: seconds before the next try


def send_ceiling(settings: Settings) -> float:
    """Reminders per second: SEND_RATE; with paid broadcast and SEND_RATE unset, 1,000.

    An operator who pays for broadcasts may set SEND_RATE to cap the Stars spent per second.
    """
    if settings.allow_paid_broadcast and "send_rate" not in settings.model_fields_set:
        return float(FloodLimit.PAID_MESSAGES_PER_SECOND)
    return settings.send_rate


def in_flight_limit(settings: Settings) -> int:
    """The most reminders sent at once: half a second's worth at the ceiling, at least 4.

    This is also the most messages a crash can leave unconfirmed (and resend after a restart).
    With WhatsApp on, its own ceiling (WHATSAPP_SEND_RATE) adds to Telegram's.
    """
    whatsapp = settings.whatsapp_send_rate if "whatsapp" in settings.channels else 0.0
    return max(4, math.ceil((send_ceiling(settings) + whatsapp) / 2))


def build_rate_limiter(
    settings: Settings,
    *,
    shared: SharedPacing | None = None,
    clock: Callable[[], float] | None = None,
) -> TwoLaneRateLimiter:
    """The limiter every request passes through: reminders at `send_ceiling`, replies first.

    Paid broadcasts (`allow_paid_broadcast=True`) do not count against the free 30/s. `shared`
    couples the bot's limiter with its sender process's (see `bot.reminders.pacing`). A reminder
    met by a pause longer than `RetryPolicy.longest_retry_after` is handed back, not kept
    waiting. `clock` (seconds; `time.monotonic` by default) is for tests on an injected clock.
    """
    return TwoLaneRateLimiter(
        broadcast_rate=send_ceiling(settings),
        paid_broadcast=settings.allow_paid_broadcast,
        burst_window=BURST_WINDOW_SECONDS,
        max_retries=LIMITER_RETRIES,
        longest_broadcast_wait=RetryPolicy.longest_retry_after,
        shared=shared,
        clock=clock or time.monotonic,
    )


def retry_after_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds.

    The public `retry_after` warns about its coming type change; PTB's own limiter reads the
    stored timedelta the same way.
    """
    return error._retry_after.total_seconds()


def chat_is_gone(error: TelegramError) -> bool:
    """Whether an error means this chat will never take a message (blocked, deleted, unknown)."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and any(
        phrase in error.message.lower() for phrase in _GONE_CHAT_ERRORS
    )


async def send_with_retries(
    send: Callable[[], Awaitable[int]],
    *,
    policy: RetryPolicy,
    sleep: Sleep = asyncio.sleep,
) -> SendOutcome:
    """Call `send` (returns the message id) until it works, the chat is gone, or tries run out.

    429 waits `retry_after` up to `policy.longest_retry_after`; a longer one, or one on the last
    try, is `held` with its `retry_after` (flood control). 5xx answers, timeouts and connection
    errors wait the policy's back-off, and after the last try the message is `held` (Telegram is
    unreachable). A timeout may hide a message Telegram did deliver: Telegram has no idempotency
    key, so that retry (and the later one of a held delivery) is the one case where a person can
    get a routine twice.
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return SendOutcome("sent", attempt, message_id=await send())
        except RetryAfter as exc:
            seconds = retry_after_seconds(exc)
            if attempt >= policy.attempts or seconds > policy.longest_retry_after:
                error = f"flood control: retry after {math.ceil(seconds)} s"
                return SendOutcome("held", attempt, error=error, retry_after=seconds)
            await sleep(seconds)
        except TelegramError as exc:
            if chat_is_gone(exc):
                return SendOutcome("blocked", attempt, error=exc.message)
            if isinstance(exc, BadRequest) or not isinstance(exc, NetworkError):
                # A request Telegram will refuse however often it is sent.
                return SendOutcome("failed", attempt, error=exc.message)
            if attempt >= policy.attempts:  # Telegram is unreachable, not refusing this one
                return SendOutcome("held", attempt, error=f"{type(exc).__name__}: {exc.message}")
            logger.info("send failed (%s), retry %d", exc.message, attempt)
            await sleep(policy.backoff[attempt - 1])
