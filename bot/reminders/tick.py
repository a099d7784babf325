"""One scheduler tick: claim what is due, send it with bounded concurrency, record every outcome.

A tick first gives up the held deliveries whose person's local day is over, takes over
deliveries a crashed instance left in flight, then held deliveries whose app answers again (or
one, as the probe of an app that is down: `bot.reminders.outages`), then due reminders, then due
snoozes. At most `in_flight_limit(settings)` deliveries are claimed and unconfirmed at any
moment: that is the most a crash can make a person receive twice (`send_window.SendWindow`).
Outcomes are written to the journal in batches (one statement for many messages).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from telegram.error import NetworkError, TelegramError
from telegram.ext import ExtBot

from bot.core.outage import end_of_local_day
from bot.core.records import ClaimedDelivery
from bot.core.reminder_rules import decide_due, snooze_owed
from bot.reminders.channels import PersonHeld, deliver_elsewhere, reminder_channel
from bot.reminders.compose import BatchComposer
from bot.reminders.figure_cards import introduce_after_reminder
from bot.reminders.outages import (
    Probe,
    admit,
    answered,
    flooded,
    held_to_claim,
    log_new_waits,
    outage_of,
    outages,
    probe_idle,
    unreachable,
)
from bot.reminders.pacing import BROADCAST
from bot.reminders.send_window import Claim, SendWindow, TickReport
from bot.reminders.sender import (
    OutgoingMessage,
    RetryPolicy,
    in_flight_limit,
    send_with_retries,
)
from bot.services import BotServices
from bot.settings import Settings
from bot.store.channels import TELEGRAM
from bot.store.claims import ClaimBatch
from bot.store.deliveries import DeliveryOutcome, OutcomeStatus

logger = logging.getLogger(__name__)

# A probe is one request: the app is known to be down, so no quick retries behind it.
PROBE = RetryPolicy(backoff=())


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
        gave_up, held_due = await repo.holds.sweep(now)
        if gave_up:
            logger.warning(
                "gave up on %d held reminders: the local day ended before their app answered",
                gave_up,
            )
        policy = policy or RetryPolicy()
        waits_before = dict(await outages(services))
        composer = BatchComposer(services)
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
        for channel in (TELEGRAM, *services.reminder_channels) if held_due else ():
            wanted = await held_to_claim(services, channel, now)  # all, one probe, or none
            if wanted != 0:
                await window.feed(_held_claim(services, channel, wanted, now))
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
        await log_new_waits(services, waits_before)
        await probe_idle(services, now, _idle_probes(services, bot))
    if report.claimed or report.skipped or report.rescheduled or gave_up:
        logger.info("reminder tick: %s", report)
    return report


def _idle_probes(services: BotServices, bot: ExtBot[Any] | None) -> dict[str, Probe]:
    """How to ask each app whether it answers, without a reminder: getMe, or the channel's own."""
    probes: dict[str, Probe] = {
        name: channel.unreachable for name, channel in services.reminder_channels.items()
    }
    if bot is not None:  # while it is None, the sender's own getMe retries are the probe

        async def get_me() -> str | None:
            try:
                await bot.get_me()
            except NetworkError as error:  # a refusal (e.g. 401) is an answer: Telegram is up
                return f"{type(error).__name__}: {error.message}"
            except TelegramError:
                pass
            return None

        probes[TELEGRAM] = get_me
    return probes


def _held_claim(services: BotServices, channel: str, wanted: int | None, now: datetime) -> Claim:
    """A claim of `channel`'s held deliveries due by `now`: `wanted` at most (None: all)."""

    def claim(limit: int) -> Awaitable[ClaimBatch]:
        return services.repo.holds.claim_held(
            now,
            channel=channel,
            limit=limit if wanted is None else min(limit, wanted),
            owner=services.scheduler.instance_id,
            owed=lambda subscriber: snooze_owed(subscriber, now),
        )

    return claim


async def _deliver(
    services: BotServices,
    bot: ExtBot[Any] | None,
    delivery: ClaimedDelivery,
    message: OutgoingMessage,
    policy: RetryPolicy,
) -> DeliveryOutcome:
    """Send one claimed delivery through its app, or hold it while the app is down or has
    asked for a wait (flood control)."""
    channel, identity = await reminder_channel(services, delivery)
    verdict = await admit(services, channel, services.clock.now())
    probe = verdict == "probe"
    hold_until = end_of_local_day(delivery.day, delivery.subscriber.timezone)
    if verdict == "hold" or (channel == TELEGRAM and bot is None):  # no request can go now
        outage = outage_of(services, channel)
        if outage is None:  # Telegram not connected yet, and not known to be down
            return _outcome(services, delivery, "failed", error="Telegram is not reachable")
        if probe:  # the sender's getMe retries stand in for this probe: it failed too
            outage = await unreachable(services, channel, services.clock.now(), outage.error,
                                       probe=True)  # fmt: skip
        return _outcome(
            services, delivery, "held",
            error=outage.error, retry_at=outage.next_probe_at, hold_until=hold_until,
        )  # fmt: skip
    try:
        if channel != TELEGRAM:
            outcome = await deliver_elsewhere(services, delivery, identity)
        else:
            assert bot is not None
            outcome = await _send(services, bot, delivery, message, PROBE if probe else policy)
    except BaseException:
        services.scheduler.probing.discard(channel)
        raise
    now = services.clock.now()
    if isinstance(outcome, PersonHeld):  # that person's own limit: the app goes on for others
        await answered(services, channel, now, probe=probe)
        return outcome
    if outcome.status == "held":
        if outcome.retry_at is not None:  # the app asked for a wait: hold the channel as long
            outage = await flooded(services, channel, now, outcome.retry_at, probe=probe)
        else:
            error = outcome.error or "unreachable"
            outage = await unreachable(services, channel, now, error, probe=probe)
        return replace(outcome, retry_at=outage.next_probe_at, hold_until=hold_until)
    await answered(services, channel, now, probe=probe)  # any answer proves the app is back
    return outcome


async def _send(
    services: BotServices,
    bot: ExtBot[Any],
    delivery: ClaimedDelivery,
    message: OutgoingMessage,
    policy: RetryPolicy,
) -> DeliveryOutcome:
    """Send one delivery through Telegram; return its outcome for the journal."""
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
    status = outcome.status
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
    wait = outcome.retry_after  # held under flood control: Telegram's wait, from now
    return _outcome(
        services, delivery, status, outcome.attempts,
        message_id=outcome.message_id, error=outcome.error,
        retry_at=None if wait is None else services.clock.now() + timedelta(seconds=wait),
    )  # fmt: skip


def _outcome(
    services: BotServices,
    delivery: ClaimedDelivery,
    status: OutcomeStatus,
    attempts: int = 0,
    *,
    message_id: int | None = None,
    error: str | None = None,
    retry_at: datetime | None = None,
    hold_until: datetime | None = None,
) -> DeliveryOutcome:
    """The journal's record of a delivery at this instant (`attempts` 0: no request made)."""
    return DeliveryOutcome(
        delivery.delivery_id, delivery.subscriber.user_id, status, attempts,
        services.clock.now(), message_id, error, retry_at, hold_until,
    )  # fmt: skip
