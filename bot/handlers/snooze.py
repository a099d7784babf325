"""The "Snooze 30 min" button on the morning routine: a one-off repeat kept in the database."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.context import BotContext
from bot.core.reminder_rules import snooze_allowed, snooze_until
from bot.handlers.taps import unpack_or_expire
from bot.reminders.routine_keyboard import SnoozeData


async def snooze(update: Update, context: BotContext) -> None:
    """Store a repeat of the routine 30 minutes from now and say when it will come."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    texts = context.content.texts
    data = await unpack_or_expire(query, SnoozeData, context)
    if data is None:
        return
    now = context.clock.now()
    subscriber = await context.repo.subscribers.get(user.id)
    if subscriber is None or not snooze_allowed(subscriber, data.day, now):
        await query.answer(texts.reminders.snooze_unavailable)
        return
    at = snooze_until(now)
    if not await context.repo.deliveries.set_snooze(user.id, day=data.day, at=at, now=now):
        await query.answer(texts.reminders.snooze_again)
        return
    local_time = at.astimezone(ZoneInfo(subscriber.timezone)).strftime("%H:%M")
    await query.answer(texts.reminders.snoozed.format(time=local_time))


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CallbackQueryHandler(snooze, pattern=SnoozeData.pattern()),
]
