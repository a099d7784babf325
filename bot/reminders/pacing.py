"""The bot's rate limiter: reminders have their own budget, and replies never queue behind them.

Telegram's limits, as its Bot FAQ states them: about 30 messages a second per bot (up to 1,000
with paid broadcast, `allow_paid_broadcast`), about 20 a minute into one group, and one 429
with `retry_after` when a limit is crossed. PTB's `AIORateLimiter` puts every request that
carries a chat id into one overall queue, so at a morning peak the edit that shows a tapped set
waited behind the reminders already queued. Here there are two lanes:

- the broadcast lane: requests sent with `rate_limit_args=BROADCAST` (the reminders), paced at
  SEND_RATE in the order they come, with bursts of at most a tenth of a second's worth;
- the interactive lane: everything else (replies, edits, callback answers), admitted at once
  while the bot is under Telegram's free 30/s. Without paid broadcast, each reply also takes
  the place of one reminder (the reminders' schedule moves back a slot), so replies come first
  and the two lanes together stay at SEND_RATE while people are busy. Paid broadcasts are not
  counted against the free 30/s.

A person's replies come at the pace of their own taps and messages, one answer each, so they
keep Telegram's per-chat limit; reminders go to each chat once. Groups keep 20 a minute each.
A 429 pauses both lanes for `retry_after`, then the request is retried (up to `max_retries`).
A reminder is not kept waiting through a pause longer than `longest_broadcast_wait`: it is
handed back at once (`RetryAfter` with the pause's remaining seconds, no request made), so the
sender holds it in the journal until the pause is over (`bot.reminders.sender`).

When the reminders are sent by a process of their own (`bot.reminders.sender_process`), the two
processes' limiters share a `SharedPacing`: the bot's process counts its free replies there and
the sender's moves its schedule back by as many slots; a 429 seen by either pauses both.
"""

from __future__ import annotations

import asyncio
import ctypes
import enum
import math
import multiprocessing
import time
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

# The free ceiling shared by every message that is not a paid broadcast.
FREE_MESSAGES_PER_SECOND = 30.0
# Replies admitted at once beyond a tenth of a second's worth of the free ceiling.
INTERACTIVE_RESERVE = 3.0
# Added to a 429's retry_after waited out in place, so the retry lands after Telegram's window.
PAUSE_MARGIN = 0.1


class Lane(enum.Enum):
    """Which lane a request takes; pass `rate_limit_args=BROADCAST` for a reminder."""

    BROADCAST = "broadcast"


BROADCAST = Lane.BROADCAST


class TokenBucket:
    """`rate` tokens a second, holding at most `capacity`; time in `time.monotonic` seconds."""

    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate, self.capacity = rate, max(1.0, capacity)
        self.tokens, self.stamp = self.capacity, now

    def wait(self, now: float) -> float:
        """Seconds until a token is there (0 if one is now)."""
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        # A hair's tolerance: float rounding must not leave a token at 0.9999999999 forever.
        return 0.0 if self.tokens >= 1.0 - 1e-9 else (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        """Spend one token (after `wait` said there was one)."""
        self.tokens -= 1.0


class SharedPacing:
    """What two processes' limiters share: free replies sent so far, and a 429's pause.

    Two numbers in shared memory: the reply count is written by the bot's process only, the
    pause end (`time.monotonic`, one clock for the whole machine) by whichever process met the
    429. Each is one aligned 8-byte word, so a reader never sees half a write.
    """

    REPLIES, RESUME_AT = 0, 1

    def __init__(self, cells: Any) -> None:
        self._cells = cells

    @classmethod
    def create(cls) -> SharedPacing:
        """New shared state, to hand to a 'spawn' child when it starts."""
        return cls(multiprocessing.get_context("spawn").RawArray(ctypes.c_double, 2))

    @property
    def replies(self) -> float:
        """Free replies the bot's process has sent."""
        return float(self._cells[self.REPLIES])

    def add_reply(self) -> None:
        """Count one free reply."""
        self._cells[self.REPLIES] += 1.0

    @property
    def resume_at(self) -> float:
        """The monotonic time before which nobody sends (a 429's `retry_after`)."""
        return float(self._cells[self.RESUME_AT])

    def pause_until(self, resume: float) -> None:
        """Pause both processes until `resume` (never shortens a pause)."""
        if resume > self._cells[self.RESUME_AT]:
            self._cells[self.RESUME_AT] = resume


class TwoLaneRateLimiter(BaseRateLimiter[Lane]):
    """Paces reminders at SEND_RATE and lets interactive requests through first."""

    def __init__(
        self,
        *,
        broadcast_rate: float,
        paid_broadcast: bool,
        burst_window: float = 0.1,
        group_rate: float = 20 / 60,
        group_burst: float = 20,
        max_retries: int = 3,
        longest_broadcast_wait: float = math.inf,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        shared: SharedPacing | None = None,
    ) -> None:
        now = clock()
        self._shared = shared
        self._replies_seen = shared.replies if shared is not None else 0.0
        self._clock, self._sleep = clock, sleep
        # Reminders: each one is given the next slot of a SEND_RATE schedule when it arrives
        # (GCRA), up to a tenth of a second early, and sleeps until then: no queue to hand over.
        self._interval = 1.0 / broadcast_rate
        self._tolerance = max(0.0, broadcast_rate * burst_window - 1.0) * self._interval
        self._next_slot = now
        # Free messages share Telegram's free ceiling (free reminders above 30/s only make
        # sense against a server that allows them: the tests' emulator).
        free_rate = max(FREE_MESSAGES_PER_SECOND, 0.0 if paid_broadcast else broadcast_rate)
        self._free = TokenBucket(free_rate, free_rate * burst_window + INTERACTIVE_RESERVE, now)
        self._paid = paid_broadcast
        self._group_rate, self._group_burst = group_rate, group_burst
        self._groups: dict[int | str, TokenBucket] = {}
        self._resume_at = 0.0
        self._pauses = 0
        self._max_retries = max_retries
        self._longest_broadcast_wait = longest_broadcast_wait

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Lane | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Admit the request in its lane, send it, and wait out 429s for everyone."""
        chat_id = data.get("chat_id")
        group = _group_key(chat_id)
        for attempt in range(self._max_retries + 1):
            if rate_limit_args is BROADCAST:
                await self._admit_broadcast()
            elif chat_id is not None:
                await self._admit_interactive(group)
            else:
                await self._wait_pause()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                # Telegram asks the whole bot to wait: every lane pauses, not just this request.
                seconds = exc._retry_after.total_seconds()
                if rate_limit_args is BROADCAST and seconds > self._longest_broadcast_wait:
                    self._pause(seconds)  # exactly: the sender holds the reminder as long
                    self._hand_back_long_pause()
                self._pause(seconds + PAUSE_MARGIN)
                if attempt == self._max_retries:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _pause(self, seconds: float) -> None:
        resume = self._clock() + seconds
        if self._shared is not None:
            self._shared.pause_until(resume)
        self._pause_until(resume)

    def _pause_until(self, resume: float) -> None:
        if resume > self._resume_at:
            self._resume_at = resume
            self._next_slot = max(self._next_slot, resume)
            self._pauses += 1  # reminders already given a slot take a new one after the pause

    def _sync_shared(self) -> None:
        """Take in the other process's 429 pause and, without paid broadcast, its replies."""
        shared = self._shared
        if shared is None:
            return
        self._pause_until(shared.resume_at)
        replies = shared.replies
        if replies != self._replies_seen:
            if not self._paid:
                moved = (replies - self._replies_seen) * self._interval
                self._next_slot = max(self._next_slot, self._clock()) + moved
            self._replies_seen = replies

    def _hand_back_long_pause(self) -> None:
        """A reminder does not sit through a long pause: raise it with the pause's rest."""
        wait = self._resume_at - self._clock()
        if wait > self._longest_broadcast_wait + PAUSE_MARGIN:
            raise RetryAfter(timedelta(seconds=wait))

    async def _wait_pause(self, *, broadcast: bool = False) -> None:
        self._sync_shared()
        while (wait := self._resume_at - self._clock()) > 0:
            if broadcast:
                self._hand_back_long_pause()
            await self._sleep(wait)
            self._sync_shared()

    async def _admit_broadcast(self) -> None:
        while True:
            await self._wait_pause(broadcast=True)
            now, pauses = self._clock(), self._pauses
            slot = max(now, self._next_slot - self._tolerance)
            self._next_slot = max(self._next_slot, now) + self._interval
            if slot > now:
                await self._sleep(slot - now)
                self._sync_shared()
            if pauses == self._pauses:
                return

    async def _admit_interactive(self, group: int | str | None) -> None:
        while True:
            self._sync_shared()
            now = self._clock()
            wait = max(self._resume_at - now, self._free.wait(now))
            if group is not None:
                bucket = self._groups.get(group)
                if bucket is None:
                    bucket = self._groups[group] = TokenBucket(
                        self._group_rate, self._group_burst, now
                    )
                wait = max(wait, bucket.wait(now))
            if wait <= 0:
                break
            await self._sleep(wait)
        self._free.take()
        if not self._paid:
            # A free reply takes a reminder's place: reminders yield the free ceiling to people.
            self._next_slot = max(self._next_slot, now) + self._interval
            if self._shared is not None:  # and the sender process's reminders too
                self._shared.add_reply()
                self._replies_seen = self._shared.replies
        if group is not None:
            self._groups[group].take()
            if len(self._groups) > 10_000:  # forget groups that have been quiet long enough
                self._groups = {k: b for k, b in self._groups.items() if b.tokens < b.capacity}


def _group_key(chat_id: object) -> int | str | None:
    """Groups and channels (negative ids, @usernames) have their own 20-a-minute limit."""
    if isinstance(chat_id, str):
        try:
            chat_id = int(chat_id)
        except ValueError:
            return chat_id
    if isinstance(chat_id, int) and chat_id < 0:
        return chat_id
    return None
