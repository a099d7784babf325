"""The tick's send window: at most a bound of deliveries claimed and not yet journaled.

That bound (`in_flight_limit`) is the most a crash can make a person receive twice. Outcomes
are committed in chunks, and a delivery keeps its place in the bound until its outcome is
committed, so batching does not widen it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Any

from bot.core.records import ClaimedDelivery
from bot.reminders.sender import OutgoingMessage
from bot.store.claims import ClaimBatch
from bot.store.deliveries import DeliveryOutcome

logger = logging.getLogger(__name__)

Claim = Callable[[int], Awaitable[ClaimBatch]]

# Most rows one claim takes: a claim holds SQLite's write lock, which a tap's write in the bot's
# process waits for, while its rows are read, decided and journaled; small claims keep it short.
CLAIM_MAX = 16


@dataclass
class TickReport:
    """What a tick did, counted per delivery (and per row settled without a message)."""

    claimed: int = 0  # deliveries taken to send: due, snoozed, or left by a crashed instance
    taken_over: int = 0  # of those, left in flight by an instance that stopped beating
    sent: int = 0
    skipped: int = 0  # missed by more than MISSED_REMINDER_GRACE: recorded, not sent
    failed: int = 0  # given up for the day (refused by the app, or held until the day ended)
    held: int = 0  # the app could not be reached: tried again later the same day
    blocked: int = 0  # the chat is gone: the subscriber was deactivated
    rescheduled: int = 0  # moved on without a message: paused, stopped, or day already served


Composed = tuple[ClaimedDelivery, "OutgoingMessage | DeliveryOutcome"]


class SendWindow:
    """Keeps at most `limit` deliveries claimed and unrecorded, claiming more as slots free up.

    A slot is taken at claim and freed when the delivery's outcome is committed to the journal;
    outcomes are committed a chunk at a time (a quarter of the window), or when nothing else is
    in flight.
    """

    def __init__(
        self,
        limit: int,
        report: TickReport,
        *,
        compose: Callable[[list[ClaimedDelivery]], Awaitable[list[Composed]]],
        deliver: Callable[
            [ClaimedDelivery, OutgoingMessage], Coroutine[Any, Any, DeliveryOutcome]
        ],
        record: Callable[[list[DeliveryOutcome]], Awaitable[None]],
        keep_going: Callable[[], bool],
    ) -> None:
        self.limit = limit
        self.chunk = max(1, limit // 4)  # claim and record in chunks, not one row per slot
        self.report = report
        self.compose, self.deliver, self.record = compose, deliver, record
        self.keep_going = keep_going
        self.running = 0
        self.finished: list[asyncio.Task[DeliveryOutcome]] = []
        self.unrecorded: list[DeliveryOutcome] = []
        self.wake = asyncio.Event()

    async def feed(self, claim: Claim) -> None:
        """Claim and start deliveries until `claim` runs dry or `keep_going` says stop."""
        while self.keep_going():
            free = self.limit - self.running - len(self.finished) - len(self.unrecorded)
            if free < self.chunk and (self.running or self.finished or self.unrecorded):
                await self._make_room()
                continue
            asked = min(free, CLAIM_MAX)
            batch = await claim(asked)
            self.report.claimed += len(batch.deliveries)
            self.report.skipped += batch.skipped
            self.report.rescheduled += batch.rescheduled
            self._start(await self.compose(batch.deliveries))
            if batch.touched < asked:
                return

    async def drain(self) -> None:
        """Wait for every delivery in flight and record every outcome."""
        while self.running or self.finished or self.unrecorded:
            await self._make_room()

    def _start(self, composed: Iterable[Composed]) -> None:
        for delivery, message in composed:
            if isinstance(message, OutgoingMessage):
                task = asyncio.create_task(self.deliver(delivery, message))
                task.add_done_callback(self._done)
                self.running += 1
            else:  # could not be composed: given up for the day, the journal keeps why
                self._count(message)
                self.unrecorded.append(message)

    def _done(self, task: asyncio.Task[DeliveryOutcome]) -> None:
        self.running -= 1
        self.finished.append(task)
        self.wake.set()

    async def _make_room(self) -> None:
        """Collect finished deliveries; commit their outcomes once a chunk is ready."""
        if not self.finished and self.running and len(self.unrecorded) < self.chunk:
            self.wake.clear()
            await self.wake.wait()
        finished, self.finished = self.finished, []
        for task in finished:
            try:
                outcome = task.result()
            except Exception:
                # The row stays pending and is resent after a restart (the journal keeps it).
                logger.exception("a reminder delivery crashed")
                self.report.failed += 1
                continue
            self._count(outcome)
            self.unrecorded.append(outcome)
        if self.unrecorded and (len(self.unrecorded) >= self.chunk or not self.running):
            outcomes, self.unrecorded = self.unrecorded, []
            await self.record(outcomes)

    def _count(self, outcome: DeliveryOutcome) -> None:
        setattr(self.report, outcome.status, getattr(self.report, outcome.status) + 1)
