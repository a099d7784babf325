"""A WhatsApp morning for tests of the real conversation: a person set up with every default,
then her reminder sent and journalled as the reminder sender does it."""

from __future__ import annotations

from datetime import date, timedelta

from bot.clock import FakeClock
from bot.core.records import ClaimedDelivery
from bot.emulator_whatsapp import ListMessage, SimulatedPerson
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp.test_typed_pain_score import say, tap

TODAY = date(2026, 3, 2)  # a Monday; the emulator's clock starts at 07:00 UTC


async def morning_reminder(
    ana: SimulatedPerson, channel: WhatsAppChannel, *, journalled: bool = True
) -> tuple[ListMessage, int]:
    """Ana set up with every default (UTC, 07:30, Recovering), and her 07:30 reminder sent
    inside her 24-hour window, as the reminder sender does it: the routine message, and the id
    of its delivery row. `journalled`: its outcome, with the message's id, is written to that
    row as the sender's tick does (without, the bot does not know the message as a reminder)."""
    for text in ("hi", "Skip"):
        await say(ana, channel, text)
    for _ in range(2):  # the time and phase steps
        await tap(ana, channel, "Skip")
    services = channel.services
    [row] = await sql(services.repo).fetch_all("SELECT user_id FROM subscribers")
    subscriber, identity = (
        await services.repo.subscribers.get(row[0]),
        await services.repo.channels.identity(row[0]),
    )
    assert subscriber is not None and identity is not None
    clock = services.clock
    assert isinstance(clock, FakeClock)  # the fixture's: time is the test's to move
    clock.advance(timedelta(minutes=30))
    delivery_id = int(
        await sql(services.repo).fetch_value(
            "INSERT INTO deliveries (user_id, local_date, claimed_at) VALUES (?, ?, 0) "
            "RETURNING id",
            (row[0], TODAY.isoformat()),
        )
    )
    claimed = ClaimedDelivery(delivery_id, subscriber, TODAY, "routine")
    seen = len(ana.inbox)
    outcome = await channel.deliver_reminder(claimed, identity)
    assert outcome.status == "sent"
    if journalled:
        await services.repo.deliveries.record_outcomes([outcome])  # the tick's journal write
    await channel.idle()
    [routine] = [m for m in ana.inbox[seen:] if isinstance(m, ListMessage)]
    return routine, delivery_id
