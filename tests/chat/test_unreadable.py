"""A message without words (WhatsApp's voice note or sticker, Telegram's too) on any channel."""

from __future__ import annotations

from bot.chat.events import Unreadable
from bot.testing import BotHarness, sql
from tests.chat.recording import RecordingChat


async def test_a_voice_note_mid_set_up_gets_the_words_line_and_the_step_again(
    harness: BotHarness, wan: RecordingChat
) -> None:
    await wan.command("start")
    before = await harness.snapshot()
    line, step = await wan.act(Unreadable(wan.person))
    assert line.text.startswith("I can only read words")
    assert "still waiting" in step.text
    assert await harness.snapshot() == before


async def test_a_sticker_from_someone_new_gets_the_words_line_only(
    harness: BotHarness, wan: RecordingChat
) -> None:
    [line] = await wan.act(Unreadable(wan.person))
    assert line.text.startswith("I can only read words")
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 0
