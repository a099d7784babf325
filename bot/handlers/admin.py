"""/stats for the people who run the bot (ADMIN_IDS); to everyone else it does not exist."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.context import BotContext
from bot.handlers.basics import unknown_command
from bot.handlers.replies import reply
from bot.ops.admin_menu import ensure_admin_menu
from bot.ops.stats import stats_text


async def show_stats(update: Update, context: BotContext) -> None:
    """Send the operator's numbers to an admin; answer anyone else as for an unknown command."""
    user = update.effective_user
    if user is None or user.id not in context.settings.admin_ids:
        await unknown_command(update, context)
        return
    stats = await context.repo.stats.collect(context.clock.now())
    await reply(update, stats_text(stats, context.content.texts))
    # Telegram refuses a chat-scoped menu for a chat it has not seen: an admin who had not
    # written to the bot before it started gets their menu now.
    commands = [BotCommand(c.name, c.description) for c in context.content.texts.commands]
    await ensure_admin_menu(context.bot, context.repo, user.id, commands)


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("stats", show_stats, filters=filters.ChatType.PRIVATE),
]
