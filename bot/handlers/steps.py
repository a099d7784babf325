"""The conversation's steps on Telegram: their prompts, their buttons, and moving between them.

Every way of setting the timezone, the time or the phase (a typed answer, a button, /timezone,
/time, the settings menu, a shared location) ends in `settle`, which saves the value, confirms it
to the person and carries on with whatever step still waits (bot/core/conversation.py).
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any, ClassVar, Literal

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot.callbacks import Serial
from bot.content.models import PHASES
from bot.context import BotContext
from bot.core.conversation import Conversation, Field, Step, after_setting
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, parse_time
from bot.core.timezones import zone_label
from bot.handlers.changes import change, next_reminder_words
from bot.handlers.taps import StepData

TIME_CHOICES = ("06:00", "06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "19:00")
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


@dataclass(frozen=True)
class SetupChoice(StepData):
    """A button of a step: the step and version it was drawn for, what it sets, and the value."""

    prefix: ClassVar[str] = "o"
    choice: Literal["tz", "time", "phase", "skip", "today"]
    value: str

    def __post_init__(self) -> None:
        # Checked when the data is decoded: a forged value is "expired", never saved.
        if not _VALID_VALUE[self.choice](self.value):
            raise ValueError(f"{self.value!r} is not a value for {self.choice}")

    @property
    def tied_to_step(self) -> bool:
        """The summary's "today's routine" button sets nothing: it works whenever tapped."""
        return self.choice != "today"


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _is_hhmm(value: str) -> bool:
    return len(value) == 4 and parse_time(f"{value[:2]}:{value[2:]}") is not None


_VALID_VALUE: dict[str, Callable[[str], bool]] = {
    "tz": lambda value: value in _zones(),
    "time": _is_hhmm,
    "phase": lambda value: value in PHASES,
    "skip": lambda value: value == "",
    "today": lambda value: value == "",
}


def conversation(subscriber: Subscriber) -> Conversation:
    """The person's conversation state as stored."""
    return Conversation(Step.stored(subscriber.onboarding_step), subscriber.step_version)


def choice_button(
    subscriber: Subscriber, label: str, choice: str, value: str = ""
) -> InlineKeyboardButton:
    """A button for the person's current step (it goes stale once the step moves on)."""
    state = conversation(subscriber)
    data = SetupChoice(state.step, Serial(state.version), choice, value)  # type: ignore[arg-type]
    return InlineKeyboardButton(label, callback_data=data.pack())


async def move(
    context: BotContext,
    subscriber: Subscriber,
    step: Step,
    *,
    answered: bool = False,
    **changes: Any,
) -> Subscriber:
    """Save `changes` and move to `step`; a new step (or an answer) gets a new version."""
    if conversation(subscriber).retires_buttons(step, answered=answered):
        version = await context.repo.subscribers.new_step_version()
        changes.update(onboarding_step=step.to_stored(), step_version=version)
    if not changes:
        return subscriber
    return await change(context, subscriber, **changes)


async def send(update: Update, text: str, markup: Markup = None) -> None:
    """Write to the person's chat (commands, taps and typed text alike)."""
    if update.effective_chat is not None:
        await update.effective_chat.send_message(text, reply_markup=markup)


def place_words(context: BotContext, zone: str, place: str | None) -> str:
    """'Europe/Berlin (Berlin, Germany)', or just the zone when the place adds nothing."""
    label = zone_label(zone)
    if place is None or place in (zone, label):
        return label
    return context.content.texts.onboarding.timezone_place.format(zone=label, place=place)


async def settle(
    update: Update,
    context: BotContext,
    subscriber: Subscriber,
    field: Field,
    value: str,
    place: str | None = None,
) -> Subscriber:
    """Save a setting from any source, confirm it back, and go on with what still waits."""
    before = conversation(subscriber).step
    after = after_setting(before, field)
    column = {"timezone": "timezone", "time": "reminder_time", "phase": "phase"}[field]
    # Answering what waits (or anything while nothing waits) retires the other choices
    # offered for it; a different setting leaves the waiting step's buttons working.
    answered = before.waits_for in (field, None)
    subscriber = await move(context, subscriber, after, answered=answered, **{column: value})
    finished_setup = before.in_setup and after is Step.IDLE
    if not finished_setup:
        await send(
            update, _confirmation(context, subscriber, field, place, before), _remove(before)
        )
    await carry_on(update, context, subscriber, before)
    return subscriber


def _confirmation(
    context: BotContext, subscriber: Subscriber, field: Field, place: str | None, before: Step
) -> str:
    texts = context.content.texts
    when = next_reminder_words(subscriber, context)
    phase = context.content.programmes[subscriber.phase].title
    if before.in_setup:
        words = texts.onboarding
        if field == "timezone":
            return words.timezone_set.format(zone=place_words(context, subscriber.timezone, place))
        if field == "time":
            return words.time_set.format(time=subscriber.reminder_time)
        return words.phase_set.format(phase=phase)
    account = texts.account
    if field == "timezone":
        zone = place_words(context, subscriber.timezone, place)
        return account.timezone_changed.format(zone=zone, when=when)
    if field == "time":
        return account.time_changed.format(time=subscriber.reminder_time, when=when)
    return account.phase_changed.format(phase=phase)


def _remove(before: Step) -> ReplyKeyboardRemove | None:
    # The location keyboard belongs to the timezone step; it goes when that step is answered.
    return ReplyKeyboardRemove() if before is Step.SETUP_TIMEZONE else None


async def carry_on(
    update: Update, context: BotContext, subscriber: Subscriber, before: Step
) -> None:
    """After an answer: the next set-up step's prompt, the summary, or a one-line re-offer."""
    step = conversation(subscriber).step
    if (step.in_setup and step != before) or (step is Step.IDLE and before.in_setup):
        await ask_step(update, context, subscriber)
    elif step is not Step.IDLE:
        await reoffer(update, context, subscriber)


async def reoffer(update: Update, context: BotContext, subscriber: Subscriber) -> None:
    """One short line reminding what is still waiting, with the step's buttons."""
    step = conversation(subscriber).step
    if step is Step.IDLE:
        return
    line = context.content.texts.onboarding.reoffer.line(step.value)
    await send(update, line, step_markup(context, subscriber))


def step_markup(context: BotContext, subscriber: Subscriber) -> Markup:
    """The buttons of the waiting step (None for typed-only menu inputs)."""
    words = context.content.texts.onboarding
    step = conversation(subscriber).step
    if step is Step.SETUP_TIMEZONE:
        return ReplyKeyboardMarkup(
            [[KeyboardButton(words.location_button, request_location=True)],
             [KeyboardButton(words.skip_button)]],
            one_time_keyboard=True, resize_keyboard=True,
        )  # fmt: skip
    if step is Step.SETUP_TIME:
        buttons = [choice_button(subscriber, t, "time", t.replace(":", "")) for t in TIME_CHOICES]
        skip = choice_button(subscriber, words.skip_button, "skip")
        return InlineKeyboardMarkup([buttons[:4], buttons[4:], [skip]])
    if step is Step.SETUP_PHASE:
        programmes = context.content.programmes
        rows = [[choice_button(subscriber, programmes[p].title, "phase", p)] for p in PHASES]
        return InlineKeyboardMarkup(
            [*rows, [choice_button(subscriber, words.skip_button, "skip")]]
        )
    return None


async def ask_step(update: Update, context: BotContext, subscriber: Subscriber) -> None:
    """Send the full prompt of the person's current set-up step, or the summary when done."""
    words = context.content.texts.onboarding
    step = conversation(subscriber).step
    markup = step_markup(context, subscriber)
    if step is Step.SETUP_TIMEZONE:
        await send(update, words.ask_timezone, markup)
    elif step is Step.SETUP_TIME:
        await send(update, words.ask_time, markup)
    elif step is Step.SETUP_PHASE:
        programmes = context.content.programmes
        lines = [
            words.phase_line.format(
                title=programmes[p].title, description=programmes[p].description
            )
            for p in PHASES
        ]
        await send(update, words.ask_phase.format(phases="\n".join(lines)), markup)
    elif step is Step.IDLE:
        await send(update, summary(context, subscriber), _today_markup(context, subscriber))
    else:
        await reoffer(update, context, subscriber)


def summary(context: BotContext, subscriber: Subscriber) -> str:
    """The set-up summary: every choice, and when the next routine arrives."""
    return context.content.texts.onboarding.done.format(
        zone=zone_label(subscriber.timezone),
        time=subscriber.reminder_time,
        phase=context.content.programmes[subscriber.phase].title,
        when=next_reminder_words(subscriber, context),
    )


def _today_markup(context: BotContext, subscriber: Subscriber) -> InlineKeyboardMarkup:
    label = context.content.texts.onboarding.today_button
    return InlineKeyboardMarkup([[choice_button(subscriber, label, "today")]])


def time_choices_markup(subscriber: Subscriber, choices: tuple[time, ...]) -> InlineKeyboardMarkup:
    """Buttons for the readings of an ambiguous time ("7": 07:00 or 19:00)."""
    buttons = [
        choice_button(subscriber, format_hhmm(t), "time", format_hhmm(t).replace(":", ""))
        for t in choices
    ]
    return InlineKeyboardMarkup([buttons])


async def finish_input(context: BotContext, subscriber: Subscriber) -> Subscriber:
    """End a menu's waiting input (commands do); set-up steps stay where they are."""
    step = conversation(subscriber).step
    if step in (Step.SETTINGS_TIMEZONE, Step.SETTINGS_TIME):
        return await move(context, subscriber, Step.IDLE)
    return subscriber
