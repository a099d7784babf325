"""The tick's delivery seam: a reminder goes out through its person's messaging app.

Telegram people (person ids below 2^52, bot/store/channels.py) are sent to by the tick itself, as
before; everyone else's reminder goes to their channel's `deliver_reminder` (WhatsApp: the
routine inside its 24-hour window, the approved template outside it).
"""

from __future__ import annotations

from bot.core.records import ClaimedDelivery
from bot.services import BotServices
from bot.store.channels import is_telegram_person
from bot.store.deliveries import DeliveryOutcome


def elsewhere(delivery: ClaimedDelivery) -> bool:
    """Whether the delivery's person is on another app than Telegram."""
    return not is_telegram_person(delivery.subscriber.user_id)


async def deliver_elsewhere(services: BotServices, delivery: ClaimedDelivery) -> DeliveryOutcome:
    """Send through the person's own channel; failed (for the day) when it is not running."""
    user_id = delivery.subscriber.user_id
    identity = await services.repo.channels.identity(user_id)
    channel = services.reminder_channels.get(identity.channel) if identity else None
    if identity is None or channel is None:
        name = identity.channel if identity else "unknown"
        return DeliveryOutcome(
            delivery.delivery_id, user_id, "failed", 0, services.clock.now(),
            error=f"channel {name} is not running",
        )  # fmt: skip
    return await channel.deliver_reminder(delivery, identity)
