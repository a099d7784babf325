"""The admins' command menu: /stats shown in their chats only, and taken back when removed."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.store import Repository

logger = logging.getLogger(__name__)


async def publish_admin_menus(
    bot: Bot, repo: Repository, admin_ids: frozenset[int], commands: Sequence[BotCommand]
) -> frozenset[int]:
    """Give each admin's private chat the full menu; delete it where an ex-admin still has it.

    Returns the chats that hold the admin menu afterwards. A private chat's id is the user's id.
    """
    holding = set(await repo.admin_menus.recorded())
    for chat_id in sorted(holding - admin_ids):
        try:
            # Without a chat-scoped menu the chat falls back to the default, public one.
            await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
        except TelegramError as error:  # e.g. they blocked the bot: then it shows no menu
            logger.warning("ex-admin %s: menu not deleted (%s)", chat_id, error.message)
            continue
        holding.discard(chat_id)
    for chat_id in sorted(admin_ids):
        try:
            await bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
        except TelegramError as error:  # e.g. the admin has not started the bot yet
            logger.warning("admin %s: command menu not set (%s)", chat_id, error.message)
            continue
        holding.add(chat_id)
    await repo.admin_menus.record(frozenset(holding))
    return frozenset(holding)


async def ensure_admin_menu(
    bot: Bot, repo: Repository, chat_id: int, commands: Sequence[BotCommand]
) -> bool:
    """Give one admin's chat the full menu if an earlier start could not (chat unknown then)."""
    holding = await repo.admin_menus.recorded()
    if chat_id in holding:
        return False
    try:
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
    except TelegramError as error:
        logger.warning("admin %s: command menu not set (%s)", chat_id, error.message)
        return False
    await repo.admin_menus.record(holding | {chat_id})
    return True
