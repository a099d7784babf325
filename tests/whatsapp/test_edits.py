"""WhatsApp tells of an edit without its new words: the bot says so, and nothing is answered."""

from __future__ import annotations

from bot.emulator_whatsapp import CloudApiEmulator
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from tests.whatsapp.test_typed_pain_score import conversation, say, tap

__all__ = ["conversation"]  # the fixture: the real conversation behind the WhatsApp channel


async def test_an_edit_on_whatsapp_asks_for_the_words_again_and_answers_no_step(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel],
) -> None:
    api, channel = conversation
    ana = api.person("15551234567", name="Ana")
    await say(ana, channel, "hi")
    berlin = await ana.send_text("Berlin")
    await channel.idle()
    seen = len(ana.inbox)
    await ana.edit(berlin)
    await channel.idle()
    replies = ana.texts[seen:]
    assert "send them again as a new message" in (replies[0] or "")
    assert "still waiting for your reminder time" in (replies[-1] or "")
    row = await sql(channel.services.repo).fetch_one(
        "SELECT reminder_time, onboarding_step FROM subscribers"
    )
    assert row is not None and tuple(row) == ("07:30", "time")
    await tap(ana, channel, "Skip")
