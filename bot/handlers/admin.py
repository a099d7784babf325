"""/stats on Telegram: the conversation's answer, and the admin's own command menu."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.chat.admin import is_admin
from bot.chat.dispatch import dispatch
from bot.context import BotContext
from bot.handlers.outbox import turn
from bot.ops.admin_menu import ensure_admin_menu


async def show_stats(update: Update, context: BotContext) -> None:
    """/stats through the conversation; an admin's chat also gets the admins' command menu."""
    this_turn = turn(update, context)
    if this_turn is None:
        return
    await dispatch(this_turn)
    if is_admin(this_turn):
        # Telegram refuses a chat-scoped menu for a chat it has not seen: an admin who had not
        # written to the bot before it started gets their menu now.
        commands = [BotCommand(c.name, c.description) for c in context.content.texts.commands]
        await ensure_admin_menu(context.bot, context.repo, this_turn.person.person_id, commands)


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("stats", show_stats, filters=filters.ChatType.PRIVATE),
]
