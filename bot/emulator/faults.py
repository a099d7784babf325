"""Fault injection and Telegram's flood limits, for tests that must survive a bad day."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from bot.emulator.models import ApiError, InjectedTimeout

FaultKind = Literal["429", "5xx", "timeout", "403", "400"]
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendAnimation", "sendDocument"})
# Telegram's answer to an edit of a message it will not let the bot change: another user's, or
# one Telegram holds too old or otherwise frozen (the Bot API names the 48 h limit of business
# messages; the error text is the server's own, not the spec's).
CANNOT_EDIT = "Bad Request: message can't be edited"


@dataclass
class _Planned:
    kind: FaultKind
    remaining: int
    methods: frozenset[str] | None
    retry_after: int


class Faults:
    """Planned and random failures, and chats that have blocked the bot."""

    def __init__(self) -> None:
        self._planned: list[_Planned] = []
        self._random_rate = 0.0
        self._random_kinds: tuple[FaultKind, ...] = ()
        self._random_methods: frozenset[str] | None = None
        self._rng = random.Random(0)
        self.blocked_chats: set[int] = set()
        self.injected = 0
        self._down: tuple[FaultKind, frozenset[str] | None] | None = None
        self._down_retry_after = 1
        self.uneditable: set[tuple[int, int]] = set()  # (chat id, message id)

    def fail_next(
        self,
        n: int,
        kind: FaultKind,
        *,
        methods: Iterable[str] | None = None,
        retry_after: int = 1,
    ) -> None:
        """Answer the next `n` matching calls with this fault."""
        allowed = frozenset(methods) if methods is not None else None
        self._planned.append(_Planned(kind, n, allowed, retry_after))

    def random_faults(
        self,
        rate: float,
        *,
        kinds: Iterable[FaultKind] = ("429", "5xx", "timeout"),
        methods: Iterable[str] | None = SEND_METHODS,
        seed: int = 0,
    ) -> None:
        """Fail a share `rate` of matching calls at random (seeded, so runs repeat)."""
        self._random_rate = rate
        self._random_kinds = tuple(kinds)
        self._random_methods = frozenset(methods) if methods is not None else None
        self._rng = random.Random(seed)

    def go_down(
        self,
        kind: FaultKind = "5xx",
        *,
        methods: Iterable[str] | None = None,
        retry_after: int = 1,
    ) -> None:
        """An outage: from now until `come_back`, every matching call answers with `kind`
        (a 429 with `retry_after`: Telegram's flood control)."""
        self._down = (kind, frozenset(methods) if methods is not None else None)
        self._down_retry_after = retry_after

    def come_back(self) -> None:
        """The outage is over: calls are answered again."""
        self._down = None

    def block_chat(self, chat_id: int) -> None:
        """From now on, sends to this chat answer 403 as if the person blocked the bot."""
        self.blocked_chats.add(chat_id)

    def unblock_chat(self, chat_id: int) -> None:
        """The person unblocked the bot."""
        self.blocked_chats.discard(chat_id)

    def refuse_edits(self, chat_id: int, message_id: int) -> None:
        """From now on, edits of this bot message answer 400 "message can't be edited", as
        Telegram does for a message it no longer lets the bot change (see CANNOT_EDIT)."""
        self.uneditable.add((chat_id, message_id))

    def apply(self, method: str) -> None:
        """Raise the fault of an outage, planned or drawn for this call, if any."""
        if self._down is not None and (self._down[1] is None or method in self._down[1]):
            self._raise(self._down[0], self._down_retry_after)
        for plan in self._planned:
            if plan.remaining > 0 and (plan.methods is None or method in plan.methods):
                plan.remaining -= 1
                self._planned = [p for p in self._planned if p.remaining > 0]
                self._raise(plan.kind, plan.retry_after)
        matches = self._random_methods is None or method in self._random_methods
        if self._random_rate and matches and self._rng.random() < self._random_rate:
            self._raise(self._rng.choice(self._random_kinds), 1)

    def _raise(self, kind: FaultKind, retry_after: int) -> None:
        self.injected += 1
        if kind == "429":
            raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        if kind == "5xx":
            raise ApiError(502, "Bad Gateway")
        if kind == "403":
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if kind == "400":
            raise ApiError(400, "Bad Request: message is too long")
        raise InjectedTimeout()


class TokenBucket:
    """A token bucket on a caller's clock: `rate` tokens a second, holding at most `capacity`."""

    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate, self.capacity, self.tokens, self.stamp = rate, capacity, capacity, now

    def take(self, now: float) -> float:
        """Take one token; return 0, or the seconds until one is available."""
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class FloodLimits:
    """Telegram's limits on sends: about 30 messages/s overall and about 1/s per chat.

    Token buckets on an injected clock: the overall bucket holds one second of messages; a chat's
    bucket allows a short burst (as Telegram does in private chats) and refills at its rate.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        global_rate: float | None = 30.0,
        per_chat_rate: float | None = 1.0,
        per_chat_burst: int = 5,
    ) -> None:
        self._clock = clock
        self.global_rate = global_rate
        self.per_chat_rate = per_chat_rate
        self.per_chat_burst = per_chat_burst
        self._global: TokenBucket | None = None
        self._chats: dict[int, TokenBucket] = {}

    def check(self, chat_id: int) -> None:
        """Count one send to `chat_id`, or raise 429 with the seconds to wait."""
        now = self._clock()
        waits = []
        if self.global_rate:
            if self._global is None:
                self._global = TokenBucket(self.global_rate, self.global_rate, now)
            waits.append(self._global.take(now))
        if self.per_chat_rate:
            bucket = self._chats.get(chat_id)
            if bucket is None:
                bucket = self._chats[chat_id] = TokenBucket(
                    self.per_chat_rate, float(self.per_chat_burst), now
                )
            waits.append(bucket.take(now))
        wait = max(waits, default=0.0)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)
