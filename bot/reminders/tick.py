"""One scheduler tick: claim what is due, send it with bounded concurrency, record every outcome.

A tick first takes over deliveries a crashed instance left in flight, then due reminders, then
due snoozes. At most `in_flight_limit(settings)` deliveries are claimed and unconfirmed at any
moment: that is the most a crash can make a person receive twice. Outcomes are written to the
journal in batches (one transaction for many messages), and a delivery keeps its place in that
bound until its outcome is committed, so batching does not widen it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telegram.ext import ExtBot

from bot.core.records import ClaimedDelivery
from bot.core.reminder_rules import decide_due, snooze_owed
from bot.reminders.channels import deliver_elsewhere, elsewhere
from bot.reminders.compose import fresh_plan_json, routine_message
from bot.reminders.figure_cards import introduce_after_reminder, with_new_exercises
from bot.reminders.pacing import BROADCAST
from bot.reminders.sender import (
    OutgoingMessage,
    RetryPolicy,
    SendStatus,
    in_flight_limit,
    send_with_retries,
)
from bot.services import BotServices
from bot.settings import Settings
from bot.store.deliveries import ClaimBatch, DeliveryOutcome, RoutineToKeep

logger = logging.getLogger(__name__)

Claim = Callable[[int], Awaitable[ClaimBatch]]


@dataclass
class TickReport:
    """What a tick did, counted per delivery (and per row settled without a message)."""

    claimed: int = 0  # deliveries taken to send: due, snoozed, or left by a crashed instance
    taken_over: int = 0  # of those, left in flight by an instance that stopped beating
    sent: int = 0
    skipped: int = 0  # missed by more than MISSED_REMINDER_GRACE: recorded, not sent
    failed: int = 0  # given up for the day after retries (or refused by Telegram)
    blocked: int = 0  # the chat is gone: the subscriber was deactivated
    rescheduled: int = 0  # moved on without a message: paused, stopped, or day already served


def heartbeat_lease(settings: Settings) -> timedelta:
    """How long an instance may go without a heartbeat before its in-flight rows are taken over."""
    return max(timedelta(seconds=10 * settings.reminder_tick_seconds), timedelta(seconds=2))


async def run_tick(
    services: BotServices,
    bot: ExtBot[Any] | None,
    now: datetime,
    *,
    policy: RetryPolicy | None = None,
    keep_going: Callable[[], bool] | None = None,
) -> TickReport:
    """Run one tick at `now`: everything due by then is sent, skipped or moved on.

    `keep_going` is asked before each claim; when it turns false (the bot is stopping) no more
    rows are claimed and the messages in flight are finished.
    """
    settings, repo, state = services.settings, services.repo, services.scheduler
    owner, grace = state.instance_id, settings.missed_reminder_grace
    report = TickReport()
    async with state.tick_lock:
        await repo.scheduler.beat(owner, now)
        policy = policy or RetryPolicy()
        composer = _Composer(services)
        window = SendWindow(
            in_flight_limit(settings),
            report,
            compose=composer.compose,
            deliver=lambda delivery, message: _deliver(services, bot, delivery, message, policy),
            record=repo.deliveries.record_outcomes,
            keep_going=keep_going or (lambda: True),
        )
        await window.feed(
            lambda limit: repo.deliveries.reclaim_abandoned(
                now,
                limit=limit,
                owner=owner,
                alive_since=now - heartbeat_lease(settings),
                resend_since=now - grace,
            )
        )
        if report.claimed:
            report.taken_over = report.claimed
            logger.info("resending %d deliveries a stopped instance left", report.claimed)
        await window.feed(
            lambda limit: repo.deliveries.claim_due(
                now, limit=limit, owner=owner, decide=lambda s: decide_due(s, now, grace)
            )
        )
        await window.feed(
            lambda limit: repo.deliveries.claim_snoozes(
                now, limit=limit, owner=owner, owed=lambda s: snooze_owed(s, now)
            )
        )
        await window.drain()
    if report.claimed or report.skipped or report.rescheduled:
        logger.info("reminder tick: %s", report)
    return report


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
            batch = await claim(free)
            self.report.claimed += len(batch.deliveries)
            self.report.skipped += batch.skipped
            self.report.rescheduled += batch.rescheduled
            self._start(await self.compose(batch.deliveries))
            if batch.touched < free:
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


Composed = tuple[ClaimedDelivery, "OutgoingMessage | DeliveryOutcome"]


class _Composer:
    """Builds each claimed delivery's message; plans and messages are shared within a tick.

    Most people on the same phase, day and dose get the same routine: it is built, rendered and
    turned into buttons once per tick, not once per message.
    """

    def __init__(self, services: BotServices) -> None:
        self.services = services
        self.plans: dict[tuple[Any, ...], str] = {}
        self.messages: dict[tuple[Any, ...], OutgoingMessage] = {}

    async def compose(self, deliveries: list[ClaimedDelivery]) -> list[Composed]:
        """Keep each day's plan (one transaction for the batch) and build every message."""
        if not deliveries:
            return []
        content, now = self.services.content, self.services.clock.now()
        wanted: list[RoutineToKeep] = []
        for delivery in deliveries:
            s, day = delivery.subscriber, delivery.day
            key = (s.phase, day, s.programme_start, s.dose_level)
            plan_json = self.plans.get(key)
            if plan_json is None:
                plan_json = self.plans[key] = fresh_plan_json(content, s, day)
            wanted.append(RoutineToKeep(s.user_id, day, s.phase, plan_json))
        kept = await self.services.repo.deliveries.keep_routines(wanted, now)
        composed: list[Composed] = []
        for delivery in deliveries:
            found = kept[(delivery.subscriber.user_id, delivery.day)]
            snoozable = delivery.kind == "routine"
            shown = (found.plan_json, tuple(sorted(found.done.items())), delivery.day, snoozable)
            message = self.messages.get(shown)
            if message is None:
                try:
                    message = routine_message(
                        content, found.plan_json, found.done, delivery.day, snoozable=snoozable
                    )
                except Exception:
                    user_id = delivery.subscriber.user_id
                    logger.exception("could not compose the routine of user %s", user_id)
                    failed = DeliveryOutcome(
                        delivery.delivery_id, user_id, "failed", 0, now, error="compose failed"
                    )
                    composed.append((delivery, failed))
                    continue
                self.messages[shown] = message
            composed.append((delivery, message))
        return await self._keep_new_exercises(composed)

    async def _keep_new_exercises(self, composed: list[Composed]) -> list[Composed]:
        """Each routine keeps only the exercises its person meets for the first time."""
        routines = [(d, m) for d, m in composed if isinstance(m, OutgoingMessage)]
        cut = await with_new_exercises(
            self.services, [(d.subscriber.user_id, m) for d, m in routines]
        )
        kept = dict(zip((d.delivery_id for d, _ in routines), cut, strict=True))
        return [(d, kept.get(d.delivery_id, m)) for d, m in composed]


async def _deliver(
    services: BotServices,
    bot: ExtBot[Any] | None,
    delivery: ClaimedDelivery,
    message: OutgoingMessage,
    policy: RetryPolicy,
) -> DeliveryOutcome:
    """Send one claimed delivery; return its outcome for the journal."""
    if elsewhere(delivery) or bot is None:  # another app's person, or Telegram is off
        return await deliver_elsewhere(services, delivery)
    subscriber = delivery.subscriber
    paid = True if services.settings.allow_paid_broadcast else None

    async def send() -> int:
        sent = await bot.send_message(
            chat_id=subscriber.chat_id,
            text=message.text,
            reply_markup=message.reply_markup,
            parse_mode=message.parse_mode,
            allow_paid_broadcast=paid,
            rate_limit_args=BROADCAST,  # the limiter's reminder lane: replies go ahead of it
        )
        return sent.message_id

    outcome = await send_with_retries(send, policy=policy)
    status: SendStatus = outcome.status
    if status == "sent" and outcome.message_id is None:
        status = "failed"
    if status == "sent" and message.exercises:
        # Exercises this person meets for the first time (usually none): their cards follow.
        await introduce_after_reminder(
            services, bot, subscriber.user_id, subscriber.chat_id, message.exercises
        )
    if status == "blocked":
        logger.info("chat %s is gone (%s): reminders stopped", subscriber.chat_id, outcome.error)
    elif status == "failed":
        logger.warning(
            "gave up on the %s for user %s on %s after %d attempts: %s",
            delivery.kind, subscriber.user_id, delivery.day, outcome.attempts, outcome.error,
        )  # fmt: skip
    return DeliveryOutcome(
        delivery.delivery_id,
        subscriber.user_id,
        status,
        outcome.attempts,
        services.clock.now(),
        message_id=outcome.message_id,
        error=outcome.error,
    )
