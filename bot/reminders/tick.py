"""One scheduler tick: claim what is due, send it with bounded concurrency, record every outcome.

A tick first takes over deliveries a crashed instance left in flight, then due reminders, then
due snoozes. At most `in_flight_limit(settings)` deliveries are claimed and unconfirmed at any
moment: that is the most a crash can make a person receive twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telegram import Bot

from bot.context import BotServices
from bot.core.records import ClaimedDelivery
from bot.core.reminder_rules import decide_due, snooze_owed
from bot.reminders.compose import compose_routine_message
from bot.reminders.sender import (
    RetryPolicy,
    SendStatus,
    in_flight_limit,
    send_with_retries,
)
from bot.settings import Settings
from bot.store.deliveries import ClaimBatch

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
    bot: Bot,
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
        window = _SendWindow(
            in_flight_limit(settings),
            report,
            deliver=lambda delivery: _deliver(services, bot, delivery, policy),
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


class _SendWindow:
    """Keeps at most `limit` deliveries in flight, claiming more as slots free up."""

    def __init__(
        self,
        limit: int,
        report: TickReport,
        *,
        deliver: Callable[[ClaimedDelivery], Coroutine[Any, Any, SendStatus]],
        keep_going: Callable[[], bool],
    ) -> None:
        self.limit = limit
        self.report = report
        self.deliver = deliver
        self.keep_going = keep_going
        self.tasks: set[asyncio.Task[SendStatus]] = set()

    async def feed(self, claim: Claim) -> None:
        """Claim and start deliveries until `claim` runs dry or `keep_going` says stop."""
        # Claim in chunks of a quarter of the window, not one row per freed slot.
        chunk = max(1, self.limit // 4)
        while self.keep_going():
            free = self.limit - len(self.tasks)
            if free < chunk and self.tasks:
                await self._settle(asyncio.FIRST_COMPLETED)
                continue
            batch = await claim(free)
            self.report.claimed += len(batch.deliveries)
            self.report.skipped += batch.skipped
            self.report.rescheduled += batch.rescheduled
            self.tasks.update(asyncio.create_task(self.deliver(d)) for d in batch.deliveries)
            if batch.touched < free:
                return

    async def drain(self) -> None:
        """Wait for every delivery in flight."""
        while self.tasks:
            await self._settle(asyncio.ALL_COMPLETED)

    async def _settle(self, when: str) -> None:
        done, self.tasks = await asyncio.wait(self.tasks, return_when=when)
        for task in done:
            try:
                status = task.result()
            except Exception:
                # The row stays pending and is resent after a restart (the journal keeps it).
                logger.exception("a reminder delivery crashed")
                status = "failed"
            setattr(self.report, status, getattr(self.report, status) + 1)


async def _deliver(
    services: BotServices, bot: Bot, delivery: ClaimedDelivery, policy: RetryPolicy
) -> SendStatus:
    """Compose, send and record one claimed delivery."""
    repo, subscriber = services.repo, delivery.subscriber
    try:
        message = await compose_routine_message(
            services, subscriber, delivery.day, snoozable=delivery.kind == "routine"
        )
    except Exception:
        logger.exception("could not compose the routine of user %s", subscriber.user_id)
        await repo.deliveries.mark_failed(delivery.delivery_id, error="compose failed", attempts=0)
        return "failed"
    paid = True if services.settings.allow_paid_broadcast else None

    async def send() -> int:
        sent = await bot.send_message(
            chat_id=subscriber.chat_id,
            text=message.text,
            reply_markup=message.reply_markup,
            parse_mode=message.parse_mode,
            allow_paid_broadcast=paid,
        )
        return sent.message_id

    outcome = await send_with_retries(send, policy=policy)
    now = services.clock.now()
    if outcome.status == "sent" and outcome.message_id is not None:
        await repo.deliveries.mark_sent(
            delivery.delivery_id, message_id=outcome.message_id, attempts=outcome.attempts, now=now
        )
    elif outcome.status == "blocked":
        logger.info("chat %s is gone (%s): reminders stopped", subscriber.chat_id, outcome.error)
        await repo.deliveries.deactivate(
            delivery.delivery_id,
            user_id=subscriber.user_id,
            reason=outcome.error or "blocked",
            attempts=outcome.attempts,
            now=now,
        )
    else:
        logger.warning(
            "gave up on the %s for user %s on %s after %d attempts: %s",
            delivery.kind, subscriber.user_id, delivery.day, outcome.attempts, outcome.error,
        )  # fmt: skip
        await repo.deliveries.mark_failed(
            delivery.delivery_id, error=outcome.error or "unknown", attempts=outcome.attempts
        )
    return outcome.status
