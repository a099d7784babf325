"""Telegram refuses to edit some messages with 400 "message can't be edited": another user's
(a bug of the bot's), or a bot message Telegram no longer lets it change, which the bot could
not foresee (`faults.refuse_edits`)."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest

from bot.emulator import BotApiEmulator

CANNOT = r"(?i)message can't be edited"  # PTB drops "Bad Request: " and capitalises


async def test_a_message_telegram_froze_cannot_be_edited_and_is_no_bug(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.user(7).send_text("hi")
    frozen = await bot.send_message(7, "Old")
    emulator.faults.refuse_edits(7, frozen.message_id)
    with pytest.raises(BadRequest, match=CANNOT):
        await bot.edit_message_text("New", chat_id=7, message_id=frozen.message_id)
    with pytest.raises(BadRequest, match=CANNOT):
        await bot.edit_message_reply_markup(chat_id=7, message_id=frozen.message_id)
    assert [m.text for m in emulator.messages(7)] == ["Old"]
    assert emulator.violations == []


async def test_editing_the_persons_own_message_is_refused_as_a_bug(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    theirs = emulator.user(7).send_text("hi")["message"]
    with pytest.raises(BadRequest, match=CANNOT):
        await bot.edit_message_text("New", chat_id=7, message_id=theirs["message_id"])
    assert [v.description for v in emulator.violations] == ["Bad Request: message can't be edited"]
