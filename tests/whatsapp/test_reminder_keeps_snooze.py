"""The morning reminder on WhatsApp is kept on its journal row by its message id, as
Telegram's is: a set tapped on it is answered with the routine's buttons as they are now,
"Snooze 30 min" among them (before: the id was not stored, so the answer lost Snooze and the
person could no longer put the routine off). The real conversation behind the Cloud API
emulator, over loopback HTTP."""

from __future__ import annotations

from datetime import date, timedelta

from bot.clock import FakeClock
from bot.core.records import ClaimedDelivery
from bot.emulator_whatsapp import CloudApiEmulator, ListMessage
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp.test_typed_pain_score import conversation, say, tap

__all__ = ["conversation"]  # the fixture: the real conversation behind the WhatsApp channel

TODAY = date(2026, 3, 2)  # a Monday; the emulator's clock starts at 07:00 UTC
SNOOZE = "⏰ Snooze 30 min"


async def test_a_set_tapped_on_the_morning_reminder_keeps_snooze(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel],
) -> None:
    api, channel = conversation
    ana = api.person("15551234567", name="Ana")
    for text in ("hi", "Skip"):
        await say(ana, channel, text)
    for _ in range(2):  # the time and phase steps
        await tap(ana, channel, "Skip")
    services = channel.services
    [row] = await sql(services.repo).fetch_all("SELECT user_id FROM subscribers")
    subscriber = await services.repo.subscribers.get(row[0])
    identity = await services.repo.channels.identity(row[0])
    assert subscriber is not None and identity is not None
    clock = services.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(minutes=30))  # her 07:30 reminder, inside her 24-hour window
    delivery_id = await sql(services.repo).fetch_value(
        "INSERT INTO deliveries (user_id, local_date, claimed_at) VALUES (?, ?, 0) RETURNING id",
        (row[0], TODAY.isoformat()),
    )
    claimed = ClaimedDelivery(int(delivery_id), subscriber, TODAY, "routine")
    outcome = await channel.deliver_reminder(claimed, identity)
    await services.repo.deliveries.record_outcomes([outcome])  # the tick's journal write
    await channel.idle()
    [morning] = [m for m in ana.inbox if isinstance(m, ListMessage)][-1:]
    assert SNOOZE in [title for _, title in morning.choices]
    stored = await sql(services.repo).fetch_value(
        "SELECT message_id FROM deliveries WHERE id = ?", (delivery_id,)
    )
    assert stored == morning.wamid
    seen = len(ana.inbox)
    await ana.tap(morning.choices[0][0], message=morning)
    await channel.idle()
    [redrawn] = [m for m in ana.inbox[seen:] if isinstance(m, ListMessage)]
    assert (redrawn.text or "").endswith("set 1 of 2 done.")
    assert SNOOZE in [title for _, title in redrawn.choices]
    # Snooze from the redrawn buttons works as from the morning's.
    await tap(ana, channel, SNOOZE)
    assert ana.texts[-1] == "OK, I'll send it again at 08:00."
    assert api.violations == []
