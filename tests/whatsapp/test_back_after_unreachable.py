"""WhatsApp: someone the Cloud API could not reach (131026, 131051: reminders stopped) who writes
again is reachable: reminders come back and the reply says so once, as on Telegram."""

from __future__ import annotations

from bot.emulator_whatsapp import CloudApiEmulator
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp.test_typed_pain_score import conversation, say, tap

__all__ = ["conversation"]  # the fixture: the real conversation behind the WhatsApp channel


async def test_a_message_from_someone_unreachable_turns_reminders_back_on(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel],
) -> None:
    api, channel = conversation
    ana = api.person("15551234567", name="Ana")
    await say(ana, channel, "hi")
    await say(ana, channel, "Berlin")
    for _ in range(2):  # the time and phase steps
        await tap(ana, channel, "Skip")
    repo, now = channel.services.repo, channel.services.clock.now()
    [person_id] = [row[0] for row in await sql(repo).fetch_all("SELECT user_id FROM subscribers")]
    # As the reminder sender leaves someone whose routine met 131026 (bot/whatsapp/channel.py).
    await repo.subscribers.update(
        person_id, now, status="blocked", status_reason="131026", next_reminder_at=None
    )
    replies = await say(ana, channel, "is walking ok?")
    assert replies[0] == (
        "Good to hear from you again, Ana. Your morning reminders are back on: "
        "next one Tue 3 Mar at 07:30. Send /stop if you'd rather not get them."
    )
    assert "walk" in (replies[1] or "").lower()
    status = await sql(repo).fetch_one(
        "SELECT status, next_reminder_at IS NOT NULL FROM subscribers WHERE user_id = ?",
        (person_id,),
    )
    assert status is not None and tuple(status) == ("active", 1)
