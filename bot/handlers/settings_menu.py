"""/settings: one inline menu, edited in place, for timezone, time, phase, days and pausing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import CallbackData, MalformedCallbackData
from bot.content.models import PHASES
from bot.context import BotContext
from bot.core.calendar_words import describe_days
from bot.core.schedule import EVERY_DAY, WEEKDAYS
from bot.core.subscriber import Subscriber
from bot.core.timeparse import parse_time
from bot.handlers.changes import change, next_reminder_words
from bot.handlers.onboarding import TIME_CHOICES
from bot.handlers.replies import reply

Action = Literal["show", "time", "phase", "days", "pause", "resume"]


@dataclass(frozen=True)
class MenuAction(CallbackData):
    """A tap in the settings menu: which action, and its value."""

    prefix: ClassVar[str] = "m"
    action: Action
    value: str


def _button(label: str, action: Action, value: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=MenuAction(action, value).pack())


def main_menu(subscriber: Subscriber, context: BotContext) -> tuple[str, InlineKeyboardMarkup]:
    """The menu's summary text and its buttons."""
    words = context.content.texts.account
    if subscriber.status != "active":
        state = words.state_stopped
    elif subscriber.paused:
        state = words.state_paused
    else:
        state = words.state_on.format(when=next_reminder_words(subscriber, context))
    text = words.settings_title.format(
        zone=subscriber.timezone,
        time=subscriber.reminder_time,
        days=describe_days(subscriber.reminder_days, context.content.texts.dates),
        phase=context.content.programmes[subscriber.phase].title,
        state=state,
    )
    toggle = (
        _button(words.resume_button, "resume")
        if subscriber.paused or subscriber.status != "active"
        else _button(words.pause_button, "pause")
    )
    rows = [
        [_button(words.timezone_button, "show", "tz"), _button(words.time_button, "show", "time")],
        [_button(words.phase_button, "show", "phase"), _button(words.days_button, "show", "days")],
        [toggle],
    ]
    return text, InlineKeyboardMarkup(rows)


def submenu(
    subscriber: Subscriber, context: BotContext, name: str
) -> tuple[str, InlineKeyboardMarkup]:
    """The choices of one setting, with a way back."""
    words = context.content.texts.account
    back = [_button(words.back_button, "show", "main")]
    if name == "time":
        buttons = [_button(t, "time", t.replace(":", "")) for t in TIME_CHOICES]
        return words.choose_time, InlineKeyboardMarkup([buttons[:4], buttons[4:], back])
    if name == "phase":
        programmes = context.content.programmes
        rows = [[_button(programmes[p].title, "phase", p)] for p in PHASES]
        return words.choose_phase, InlineKeyboardMarkup([*rows, back])
    mask = subscriber.reminder_days
    days = [
        _button(("✅ " if mask & (1 << bit) else "") + name_, "days", str(bit))
        for bit, name_ in enumerate(context.content.texts.dates.weekday_short_names)
    ]
    presets = [_button(words.every_day_button, "days", "every"),
               _button(words.weekdays_button, "days", "weekdays")]  # fmt: skip
    return words.choose_days, InlineKeyboardMarkup([presets, days[:4], days[4:], back])


async def show_settings(update: Update, context: BotContext) -> None:
    """Send the settings menu."""
    user = update.effective_user
    subscriber = await context.repo.subscribers.get(user.id) if user else None
    if subscriber is None:
        await reply(update, context.content.texts.account.not_registered)
        return
    text, markup = main_menu(subscriber, context)
    await reply(update, text, markup=markup)


async def on_menu(update: Update, context: BotContext) -> None:  # noqa: C901 # split by step in issue 16
    """Apply a menu tap and edit the menu message in place."""
    query, words = update.callback_query, context.content.texts.account
    if query is None:
        return
    subscriber = await context.repo.subscribers.get(query.from_user.id)
    try:
        action = MenuAction.unpack(query.data or "")
    except MalformedCallbackData:
        action = None
    if action is None or subscriber is None:
        await query.answer(context.content.texts.core.expired_button)
        return
    notice = words.saved
    view = "main"
    if action.action == "show":
        notice, view = "", action.value
        if action.value == "tz":
            await change(context, subscriber, onboarding_step="settings_timezone")
            await query.answer(words.ask_timezone_text)
            await reply(update, words.ask_timezone_text)
            return
    elif action.action == "time":
        hhmm = f"{action.value[:2]}:{action.value[2:]}"
        if parse_time(hhmm) is None:
            await query.answer(context.content.texts.core.expired_button)
            return
        subscriber = await change(context, subscriber, reminder_time=hhmm)
    elif action.action == "phase" and action.value in PHASES:
        subscriber = await change(context, subscriber, phase=action.value)
    elif action.action == "days":
        mask = _new_mask(subscriber.reminder_days, action.value)
        if mask is None:
            await query.answer(context.content.texts.core.expired_button)
            return
        if mask == 0:
            await query.answer(words.need_a_day)
            return
        subscriber = await change(context, subscriber, reminder_days=mask)
        view = "main" if action.value in ("every", "weekdays") else "days"
    elif action.action == "pause":
        subscriber = await change(context, subscriber, paused=True, paused_until=None)
    elif action.action == "resume":
        subscriber = await change(context, subscriber, paused=False, paused_until=None,
                                  status="active", status_reason=None)  # fmt: skip
    else:
        await query.answer(context.content.texts.core.expired_button)
        return
    # Callback queries must be answered, or the button keeps spinning on the person's phone.
    await query.answer(notice)
    text, markup = (
        main_menu(subscriber, context) if view == "main" else submenu(subscriber, context, view)
    )
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error):
            raise


def _new_mask(mask: int, value: str) -> int | None:
    if value == "every":
        return EVERY_DAY
    if value == "weekdays":
        return WEEKDAYS
    if value.isdigit() and 0 <= int(value) <= 6:
        return mask ^ (1 << int(value))
    return None


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("settings", show_settings, filters=filters.ChatType.PRIVATE),
    CallbackQueryHandler(on_menu, pattern=MenuAction.pattern()),
]
