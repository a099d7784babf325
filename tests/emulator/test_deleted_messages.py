"""A person deletes one of the bot's messages: Telegram tells the bot nothing, and an edit of it
answers "message to edit not found", which is the person's doing, not a bug of the bot's."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest

from bot.emulator import BotApiEmulator

NOT_FOUND = r"(?i)message to edit not found"  # PTB drops "Bad Request: " and capitalises


async def test_a_message_its_person_deleted_cannot_be_edited(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    person = emulator.user(7)
    person.send_text("hi")
    gone = await bot.send_message(7, "Soon gone")
    await bot.send_message(7, "Stays")
    person.delete_message(gone.message_id)
    assert [m.text for m in emulator.messages(7)] == ["Stays"]
    [update] = await bot.get_updates(timeout=0)  # the person's "hi", nothing of the delete
    assert update.message is not None and update.message.text == "hi"
    with pytest.raises(BadRequest, match=NOT_FOUND):
        await bot.edit_message_text("New", chat_id=7, message_id=gone.message_id)
    assert emulator.violations == []  # the bot could not know it was gone


async def test_editing_a_message_never_sent_is_still_a_bug(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.user(7).send_text("hi")
    sent = await bot.send_message(7, "Here")
    with pytest.raises(BadRequest, match=NOT_FOUND):
        await bot.edit_message_text("New", chat_id=7, message_id=sent.message_id + 5)
    assert [v.description for v in emulator.violations] == [
        "Bad Request: message to edit not found"
    ]


def test_deleting_a_message_that_is_not_there_is_refused(emulator: BotApiEmulator) -> None:
    with pytest.raises(LookupError):
        emulator.user(7).delete_message(99)
