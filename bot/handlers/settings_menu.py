"""/settings: one inline menu, edited in place, for timezone, time, phase, days and pausing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ClassVar, Literal
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import CallbackData
from bot.content.models import PHASES
from bot.context import BotContext
from bot.core.calendar_words import describe_days
from bot.core.conversation import Step, after_setting
from bot.core.schedule import EVERY_DAY, WEEKDAYS
from bot.core.subscriber import Subscriber
from bot.core.timeparse import parse_time
from bot.core.timezones import zone_label
from bot.handlers.changes import change, next_reminder_words
from bot.handlers.replies import reply
from bot.handlers.steps import TIME_CHOICES, carry_on, conversation, move
from bot.handlers.taps import Tap, button_handler

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
    elif subscriber.paused and subscriber.paused_until is not None:
        local = subscriber.paused_until.astimezone(ZoneInfo(subscriber.timezone))
        state = words.state_paused_until.format(when=f"{local:%a} {local.day} {local:%b}")
    elif subscriber.paused:
        state = words.state_paused
    else:
        state = words.state_on.format(when=next_reminder_words(subscriber, context))
    text = words.settings_title.format(
        zone=zone_label(subscriber.timezone),
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


async def on_menu(update: Update, context: BotContext, tap: Tap[MenuAction]) -> None:
    """Apply a menu tap and edit the menu message in place."""
    # No version on purpose: a menu button names its action and applies it to the settings now.
    action = tap.data
    subscriber = await context.repo.subscribers.get(tap.query.from_user.id)
    if subscriber is None:
        await tap.answer(context.content.texts.core.expired_button)
        return
    if action.action == "show":
        await _show(update, context, tap, subscriber, action.value)
        return
    before = conversation(subscriber).step
    outcome = await _APPLY[action.action](context, subscriber, action.value)
    if isinstance(outcome, str):  # refused: say why, change nothing
        await tap.answer(outcome)
        return
    subscriber, view = outcome
    # Callback queries must be answered, or the button keeps spinning on the person's phone.
    await tap.answer(context.content.texts.account.saved)
    await _edit(tap, context, subscriber, view)
    if before.in_setup and conversation(subscriber).step != before:
        await carry_on(update, context, subscriber, before)  # the menu answered a set-up step


async def _show(
    update: Update,
    context: BotContext,
    tap: Tap[MenuAction],
    subscriber: Subscriber,
    view: str,
) -> None:
    """Open a submenu (or the main view); Timezone and Time also take a typed answer."""
    words = context.content.texts.account
    step = conversation(subscriber).step
    if view == "tz":
        if step.in_setup and step is not Step.SETUP_TIMEZONE:
            await tap.answer()
            await reply(update, words.timezone_usage)
            return
        if not step.in_setup:
            await move(context, subscriber, Step.SETTINGS_TIMEZONE)
        await tap.answer()
        await reply(update, words.ask_timezone_text)
        return
    if not step.in_setup:
        wanted = Step.SETTINGS_TIME if view == "time" else Step.IDLE
        subscriber = await move(context, subscriber, wanted)
    await tap.answer()
    await _edit(tap, context, subscriber, view if view in _VIEWS else "main")


async def _edit(
    tap: Tap[MenuAction], context: BotContext, subscriber: Subscriber, view: str
) -> None:
    text, markup = (
        main_menu(subscriber, context) if view == "main" else submenu(subscriber, context, view)
    )
    try:
        await tap.query.edit_message_text(text, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error):
            raise


Outcome = tuple[Subscriber, str] | str


async def _apply_time(context: BotContext, subscriber: Subscriber, value: str) -> Outcome:
    hhmm = f"{value[:2]}:{value[2:]}"
    if len(value) != 4 or parse_time(hhmm) is None:
        return context.content.texts.core.expired_button
    step = after_setting(conversation(subscriber).step, "time")
    return await move(context, subscriber, step, reminder_time=hhmm), "main"


async def _apply_phase(context: BotContext, subscriber: Subscriber, value: str) -> Outcome:
    if value not in PHASES:
        return context.content.texts.core.expired_button
    step = after_setting(conversation(subscriber).step, "phase")
    return await move(context, subscriber, step, phase=value), "main"


async def _apply_days(context: BotContext, subscriber: Subscriber, value: str) -> Outcome:
    mask = _new_mask(subscriber.reminder_days, value)
    if mask is None:
        return context.content.texts.core.expired_button
    if mask == 0:
        return context.content.texts.account.need_a_day
    subscriber = await change(context, subscriber, reminder_days=mask)
    return subscriber, "main" if value in ("every", "weekdays") else "days"


async def _apply_pause(context: BotContext, subscriber: Subscriber, value: str) -> Outcome:
    return await change(context, subscriber, paused=True, paused_until=None), "main"


async def _apply_resume(context: BotContext, subscriber: Subscriber, value: str) -> Outcome:
    resumed = await change(
        context, subscriber, paused=False, paused_until=None, status="active", status_reason=None
    )
    return resumed, "main"


_APPLY: dict[str, Callable[[BotContext, Subscriber, str], Awaitable[Outcome]]] = {
    "time": _apply_time,
    "phase": _apply_phase,
    "days": _apply_days,
    "pause": _apply_pause,
    "resume": _apply_resume,
}
_VIEWS = ("main", "time", "phase", "days")


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
    button_handler(MenuAction, on_menu),
]
