"""Blocking and unblocking the bot: Telegram tells the bot at once with a my_chat_member update
(ChatMemberUpdated, the bot's own status in the private chat), and sends answer 403 meanwhile."""

from __future__ import annotations

import pytest
from telegram import Bot, ChatMember, ChatMemberBanned
from telegram.error import Forbidden

from bot.emulator import BotApiEmulator


async def test_blocking_sends_a_my_chat_member_update_and_sends_fail(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    person = emulator.user(7, "Kim")
    person.send_text("hi")
    person.block_bot()
    [_, update] = await bot.get_updates(timeout=0)
    change = update.my_chat_member
    assert change is not None
    assert (change.chat.id, change.chat.type, change.from_user.id) == (7, "private", 7)
    assert change.old_chat_member.status == ChatMember.MEMBER
    assert change.new_chat_member.status == ChatMember.BANNED
    assert isinstance(change.new_chat_member, ChatMemberBanned)
    assert change.new_chat_member.user.id == emulator.bot_user["id"]  # the bot's own status
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(7, "good morning")
    assert emulator.violations == []


async def test_unblocking_sends_the_reverse_update_and_sends_work_again(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    person = emulator.user(7, "Kim")
    person.block_bot()
    person.unblock_bot()
    updates = await bot.get_updates(timeout=0)
    statuses = [
        (u.my_chat_member.old_chat_member.status, u.my_chat_member.new_chat_member.status)
        for u in updates
        if u.my_chat_member is not None
    ]
    assert statuses == [("member", "kicked"), ("kicked", "member")]
    assert (await bot.send_message(7, "welcome back")).text == "welcome back"


async def test_my_chat_member_is_dropped_unless_asked_for(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    person = emulator.user(7, "Kim")
    person.send_text("hi")
    person.block_bot()
    only_messages = await bot.get_updates(timeout=0, allowed_updates=["message"])
    assert [u.message is not None for u in only_messages] == [True]
    person.unblock_bot()
    asked = await bot.get_updates(
        offset=only_messages[-1].update_id + 1, timeout=0, allowed_updates=["my_chat_member"]
    )
    assert [u.my_chat_member is not None for u in asked] == [True]


async def test_restart_unblocks_then_sends_start(bot: Bot, emulator: BotApiEmulator) -> None:
    person = emulator.user(7, "Kim")
    person.block_bot()
    person.restart_bot()
    [_blocked, unblocked, start] = await bot.get_updates(timeout=0)
    assert unblocked.my_chat_member is not None
    assert unblocked.my_chat_member.new_chat_member.status == ChatMember.MEMBER
    assert start.message is not None and start.message.text == "/start"
    assert (await bot.send_message(7, "welcome back")).text == "welcome back"
