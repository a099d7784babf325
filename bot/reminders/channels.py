"""The tick's delivery seam: a reminder goes out through its person's messaging app.

Telegram people (person ids below 2^52, bot/store/channels.py) are sent to by the tick itself, as
before; everyone else's reminder goes to their channel's `deliver_reminder` (WhatsApp: the
routine inside its 24-hour window, the approved template outside it). A channel that cannot be
reached answers `held` (bot/reminders/outages.py), and the tick holds all its reminders.

A limit of one person only (WhatsApp's pair rate, 131056: too many messages to that person just
now) holds that person's reminder alone: the channel answers `PersonHeld` (`hold_for_person`),
the journal row stays pending until `retry_at`, at most to the end of their local day, and the
tick goes on with everyone else, the channel's breaker untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.outage import end_of_local_day
from bot.core.records import ClaimedDelivery
from bot.services import BotServices
from bot.store.channels import TELEGRAM, Identity, is_telegram_person
from bot.store.deliveries import DeliveryOutcome


@dataclass(frozen=True)
class PersonHeld(DeliveryOutcome):
    """A reminder held for its person's own limit, not the app's: the app answered."""


def hold_for_person(
    delivery: ClaimedDelivery, now: datetime, wait: timedelta, error: str
) -> PersonHeld:
    """Hold one person's reminder (one request made) until `now + wait`, at most to the end of
    their local day, when it is given up like any held reminder."""
    subscriber = delivery.subscriber
    return PersonHeld(
        delivery.delivery_id, subscriber.user_id, "held", 1, now, error=error,
        retry_at=now + wait, hold_until=end_of_local_day(delivery.day, subscriber.timezone),
    )  # fmt: skip


async def reminder_channel(
    services: BotServices, delivery: ClaimedDelivery
) -> tuple[str, Identity | None]:
    """The app a delivery's person is on, and their address there (None on Telegram)."""
    user_id = delivery.subscriber.user_id
    if is_telegram_person(user_id):
        return TELEGRAM, None
    identity = await services.repo.channels.identity(user_id)
    return (identity.channel if identity else "unknown"), identity


async def deliver_elsewhere(
    services: BotServices, delivery: ClaimedDelivery, identity: Identity | None
) -> DeliveryOutcome:
    """Send through the person's own channel; failed (for the day) when it is not running."""
    user_id = delivery.subscriber.user_id
    channel = services.reminder_channels.get(identity.channel) if identity else None
    if identity is None or channel is None:
        name = identity.channel if identity else "unknown"
        return DeliveryOutcome(
            delivery.delivery_id, user_id, "failed", 0, services.clock.now(),
            error=f"channel {name} is not running",
        )  # fmt: skip
    return await channel.deliver_reminder(delivery, identity)
