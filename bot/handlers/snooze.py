"""The "Snooze 30 min" button on the morning routine: a one-off repeat kept in the database."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import BotContext
from bot.core.reminder_rules import snooze_allowed, snooze_until
from bot.handlers.taps import Tap, button_handler
from bot.reminders.routine_keyboard import SnoozeData


async def snooze(update: Update, context: BotContext, tap: Tap[SnoozeData]) -> None:
    """Store a repeat of the routine 30 minutes from now and say when it will come."""
    texts, day, user_id = context.content.texts, tap.data.day, tap.query.from_user.id
    now = context.clock.now()
    subscriber = await context.repo.subscribers.get(user_id)
    if subscriber is None or not snooze_allowed(subscriber, day, now):
        await tap.answer(texts.reminders.snooze_unavailable)
        return
    at = snooze_until(now)
    if not await context.repo.deliveries.set_snooze(user_id, day=day, at=at, now=now):
        await tap.answer(texts.reminders.snooze_again)
        return
    local_time = at.astimezone(ZoneInfo(subscriber.timezone)).strftime("%H:%M")
    await tap.answer(texts.reminders.snoozed.format(time=local_time))


handlers: list[BaseHandler[Update, BotContext, None]] = [
    button_handler(SnoozeData, snooze),
]
