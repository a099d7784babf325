"""/start: welcome, the one-time disclaimer, and registering the subscriber."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.context import BotContext
from bot.core.schedule import local_date
from bot.handlers.replies import display_name, reply


async def start(update: Update, context: BotContext) -> None:
    """Welcome the user, say plainly what the bot is not, and store them as a subscriber."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    settings, texts, now = context.settings, context.content.texts.core, context.clock.now()
    existing = await context.repo.subscribers.get(user.id)
    timezone = existing.timezone if existing else settings.default_timezone
    _, created = await context.repo.subscribers.register(
        user_id=user.id,
        chat_id=chat.id,
        first_name=user.first_name or "",
        language_code=user.language_code,
        timezone=timezone,
        reminder_time=settings.default_reminder_time,
        today=local_date(now, timezone),
        now=now,
    )
    name = display_name(update, context)
    if created:
        await reply(update, f"{texts.welcome.format(name=name)}\n\n{texts.disclaimer}")
    else:
        await reply(update, texts.welcome_back.format(name=name))


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("start", start, filters=filters.ChatType.PRIVATE),
]
