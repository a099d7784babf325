"""/timezone, /time, /pause, /resume, /stop, /forget and /export: the person stays in control."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import CallbackData
from bot.context import BotContext
from bot.core.calendar_words import short_date
from bot.core.export import daily_log_csv, readable_export
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, read_time
from bot.core.timezones import shared_finder
from bot.handlers.changes import change, next_reminder_words
from bot.handlers.replies import reply
from bot.handlers.steps import choice_button, settle, time_choices_markup
from bot.handlers.taps import Tap, button_handler

MAX_PAUSE_DAYS = 365


@dataclass(frozen=True)
class ForgetChoice(CallbackData):
    """The answer to 'delete everything?'."""

    prefix: ClassVar[str] = "f"
    confirm: bool


async def _subscriber(update: Update, context: BotContext) -> Subscriber | None:
    user = update.effective_user
    subscriber = await context.repo.subscribers.get(user.id) if user else None
    if subscriber is None:
        await reply(update, context.content.texts.account.not_registered)
    return subscriber


def _argument(context: BotContext) -> str:
    return " ".join(context.args or []).strip()


async def set_timezone(update: Update, context: BotContext) -> None:
    """Set the timezone from an IANA name, an offset or a city; confirm with the next reminder."""
    words = context.content.texts
    subscriber = await _subscriber(update, context)
    if subscriber is None:
        return
    text = _argument(context)
    match = shared_finder().lookup(text) if text else None
    if match is not None and match.zone is not None:
        await settle(update, context, subscriber, "timezone", match.zone, match.place)
    elif match is not None and match.suggestions:
        rows = [
            [choice_button(subscriber, label, "tz", zone)] for label, zone in match.suggestions
        ]
        await reply(update, words.onboarding.timezone_suggest, markup=InlineKeyboardMarkup(rows))
    else:
        await reply(update, words.account.timezone_usage)


async def set_time(update: Update, context: BotContext) -> None:
    """Set the reminder time (07:30, 7.30am, noon, 19h); confirm with the next reminder."""
    words = context.content.texts
    subscriber = await _subscriber(update, context)
    if subscriber is None:
        return
    reading = read_time(_argument(context))
    if reading.value is not None:
        await settle(update, context, subscriber, "time", format_hhmm(reading.value))
    elif reading.choices:
        morning, evening = (format_hhmm(t) for t in reading.choices)
        question = words.onboarding.time_which.format(morning=morning, evening=evening)
        await reply(update, question, markup=time_choices_markup(subscriber, reading.choices))
    else:
        await reply(update, words.account.time_usage)


async def pause(update: Update, context: BotContext) -> None:
    """Pause reminders for N days, or until /resume."""
    words = context.content.texts.account
    subscriber = await _subscriber(update, context)
    if subscriber is None:
        return
    argument = _argument(context)
    if argument and not (argument.isascii() and argument.isdigit()):
        await reply(update, words.pause_usage)
        return
    days = int(argument) if argument else None
    if days is not None and not 1 <= days <= MAX_PAUSE_DAYS:
        await reply(update, words.pause_usage)
        return
    until = context.clock.now() + timedelta(days=days) if days else None
    subscriber = await change(context, subscriber, paused=True, paused_until=until)
    if until is None:
        await reply(update, words.paused)
    else:
        local = until.astimezone(ZoneInfo(subscriber.timezone))
        when = short_date(local.date(), context.content.texts.dates)
        await reply(update, words.paused_until.format(when=when))


async def resume(update: Update, context: BotContext) -> None:
    """End a pause (or a /stop) and say when the next reminder comes."""
    subscriber = await _subscriber(update, context)
    if subscriber is None:
        return
    words = context.content.texts.account
    was_off = subscriber.paused or subscriber.status != "active"
    subscriber = await change(
        context, subscriber, paused=False, paused_until=None, status="active", status_reason=None
    )
    said = words.resumed if was_off else words.not_paused
    await reply(update, said.format(when=next_reminder_words(subscriber, context)))


async def stop(update: Update, context: BotContext) -> None:
    """Unsubscribe: no more reminders, history kept; /start comes back."""
    subscriber = await _subscriber(update, context)
    if subscriber is None:
        return
    await change(context, subscriber, status="stopped", status_reason="stop command")
    await reply(update, context.content.texts.account.stopped)


async def forget(update: Update, context: BotContext) -> None:
    """Ask for confirmation before deleting everything about the person."""
    words = context.content.texts.account
    if await _subscriber(update, context) is None:
        return
    buttons = [
        [InlineKeyboardButton(words.forget_yes, callback_data=ForgetChoice(True).pack())],
        [InlineKeyboardButton(words.forget_no, callback_data=ForgetChoice(False).pack())],
    ]
    await reply(update, words.forget_confirm, markup=InlineKeyboardMarkup(buttons))


async def forget_answer(update: Update, context: BotContext, tap: Tap[ForgetChoice]) -> None:
    """Delete every row about the person in one transaction, or leave everything as it is."""
    words = context.content.texts.account
    await tap.answer()
    if tap.data.confirm:
        await context.repo.subscribers.forget(tap.query.from_user.id)
        await tap.query.edit_message_text(words.forgotten)
    else:
        await tap.query.edit_message_text(words.forget_cancelled)


async def export(update: Update, context: BotContext) -> None:
    """Send everything stored about the person: readable JSON, and a CSV log of their days."""
    user = update.effective_user
    subscriber = await _subscriber(update, context) if user else None
    if user is None or subscriber is None or update.effective_chat is None:
        return
    tables = await context.repo.subscribers.export(user.id)
    document = readable_export(tables, subscriber.timezone, context.clock.now())
    body = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
    words = context.content.texts.account
    await update.effective_chat.send_document(
        InputFile(body, filename="sciatica-coach-data.json"), caption=words.export_caption
    )
    log = daily_log_csv(document).encode("utf-8")
    await update.effective_chat.send_document(
        InputFile(log, filename="sciatica-coach-daily-log.csv"), caption=words.export_log_caption
    )


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("timezone", set_timezone, filters=filters.ChatType.PRIVATE),
    CommandHandler("time", set_time, filters=filters.ChatType.PRIVATE),
    CommandHandler("pause", pause, filters=filters.ChatType.PRIVATE),
    CommandHandler("resume", resume, filters=filters.ChatType.PRIVATE),
    CommandHandler("stop", stop, filters=filters.ChatType.PRIVATE),
    CommandHandler("forget", forget, filters=filters.ChatType.PRIVATE),
    CommandHandler("export", export, filters=filters.ChatType.PRIVATE),
    button_handler(ForgetChoice, forget_answer),
]
