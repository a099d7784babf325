"""The tick's delivery seam: a reminder goes out through its person's messaging app.

Telegram people (person ids below 2^52, bot/store/channels.py) are sent to by the tick itself, as
before; everyone else's reminder goes to their channel's `deliver_reminder` (WhatsApp: the
routine inside its 24-hour window, the approved template outside it). A channel that cannot be
reached answers `held` (bot/reminders/outages.py).
"""

from __future__ import annotations

from bot.core.records import ClaimedDelivery
from bot.services import BotServices
from bot.store.channels import TELEGRAM, Identity, is_telegram_person
from bot.store.deliveries import DeliveryOutcome


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
