"""The morning reminder on WhatsApp is kept on its journal row by its message id, as
Telegram's is: a set tapped on it is answered with the routine's buttons as they are now,
"Snooze 30 min" among them (before: the id was not stored, so the answer lost Snooze and the
person could no longer put the routine off). The real conversation behind the Cloud API
emulator, over loopback HTTP."""

from __future__ import annotations

from bot.emulator_whatsapp import CloudApiEmulator, ListMessage
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp.mornings import morning_reminder
from tests.whatsapp.test_typed_pain_score import conversation, tap

__all__ = ["conversation"]  # the fixture: the real conversation behind the WhatsApp channel

SNOOZE = "⏰ Snooze 30 min"


async def test_a_set_tapped_on_the_morning_reminder_keeps_snooze(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel],
) -> None:
    api, channel = conversation
    ana = api.person("15551234567", name="Ana")
    morning, delivery_id = await morning_reminder(ana, channel)
    services = channel.services
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
