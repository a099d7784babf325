"""/start and the set-up steps: timezone, reminder time, phase, then a summary.

Each step has buttons and a typed alternative and can be skipped. The current step lives in
the database (`onboarding_step`), so a restart or a second /start resumes where the person was.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from typing import ClassVar, Literal

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callbacks import CallbackData, MalformedCallbackData
from bot.content.models import PHASES
from bot.context import BotContext
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, parse_time
from bot.core.timezones import TimezoneMatch, shared_finder
from bot.handlers import questions
from bot.handlers.changes import change, next_reminder_words
from bot.handlers.replies import display_name, reply
from bot.qa.answer import Answer

TIME_CHOICES = ("06:00", "06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "19:00")
# Longer than any city or timezone name: such text is not an answer to a set-up step.
MAX_STEP_TEXT = 100


@dataclass(frozen=True)
class SetupChoice(CallbackData):
    """A button of a set-up step: the step and the value chosen ('skip' keeps the default)."""

    prefix: ClassVar[str] = "o"
    step: Literal["tz", "time", "phase", "today"]
    value: str


async def start(update: Update, context: BotContext) -> None:
    """Welcome the person (the disclaimer once), store them, and resume set-up where it stopped."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    settings, texts, now = context.settings, context.content.texts.core, context.clock.now()
    existing = await context.repo.subscribers.get(user.id)
    timezone = existing.timezone if existing else settings.default_timezone
    subscriber, created = await context.repo.subscribers.register(
        user_id=user.id,
        chat_id=chat.id,
        first_name=user.first_name or "",
        language_code=user.language_code,
        timezone=timezone,
        reminder_time=settings.default_reminder_time,
        today=local_date(now, timezone),
        now=now,
    )
    subscriber = await change(context, subscriber)  # re-activation brings reminders back
    name = display_name(update, context)
    if created:
        await reply(update, f"{texts.welcome.format(name=name)}\n\n{texts.disclaimer}")
    else:
        await reply(update, texts.welcome_back.format(name=name))
    await ask_step(update, context, subscriber)


async def ask_step(update: Update, context: BotContext, subscriber: Subscriber) -> None:
    """Send the prompt of the person's current set-up step (or the summary when done)."""
    words = context.content.texts.onboarding
    step = subscriber.onboarding_step
    if step == "timezone":
        keyboard = ReplyKeyboardMarkup(
            [[KeyboardButton(words.location_button, request_location=True)],
             [KeyboardButton(words.skip_button)]],
            one_time_keyboard=True, resize_keyboard=True,
        )  # fmt: skip
        await _send(update, words.ask_timezone, keyboard)
    elif step == "time":
        buttons = [
            InlineKeyboardButton(t, callback_data=SetupChoice("time", t.replace(":", "")).pack())
            for t in TIME_CHOICES
        ]
        rows = [buttons[:4], buttons[4:], [_skip("time", words.skip_button)]]
        await _send(update, words.ask_time, InlineKeyboardMarkup(rows))
    elif step == "phase":
        programmes = context.content.programmes
        lines = [
            words.phase_line.format(
                title=programmes[p].title, description=programmes[p].description
            )
            for p in PHASES
        ]
        rows = [
            [
                InlineKeyboardButton(
                    programmes[p].title, callback_data=SetupChoice("phase", p).pack()
                )
            ]
            for p in PHASES
        ]
        rows.append([_skip("phase", words.skip_button)])
        await _send(
            update, words.ask_phase.format(phases="\n".join(lines)), InlineKeyboardMarkup(rows)
        )
    else:
        today = InlineKeyboardButton(
            words.today_button, callback_data=SetupChoice("today", "").pack()
        )
        text = words.done.format(
            when=next_reminder_words(subscriber, context), zone=subscriber.timezone
        )
        await _send(update, text, InlineKeyboardMarkup([[today]]))


def _skip(step: Literal["tz", "time", "phase"], label: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=SetupChoice(step, "skip").pack())


async def _send(
    update: Update, text: str, markup: InlineKeyboardMarkup | ReplyKeyboardMarkup
) -> None:
    if update.effective_chat is not None:
        await update.effective_chat.send_message(text, reply_markup=markup)


async def on_location(update: Update, context: BotContext) -> None:
    """A shared location sets the timezone (during set-up or any time later)."""
    message, user = update.effective_message, update.effective_user
    if message is None or message.location is None or user is None:
        return
    subscriber = await context.repo.subscribers.get(user.id)
    if subscriber is None:
        await reply(update, context.content.texts.account.not_registered)
        return
    zone = shared_finder().from_location(message.location.latitude, message.location.longitude)
    if zone is None:
        await reply(update, context.content.texts.onboarding.location_unknown)
        return
    await _set_timezone(update, context, subscriber, TimezoneMatch(zone, zone))


async def on_text(update: Update, context: BotContext) -> None:  # noqa: C901 # split by step in issue 16
    """Typed text answers the current set-up step; otherwise it is a question."""
    message, user = update.effective_message, update.effective_user
    if message is None or message.text is None or user is None:
        return
    subscriber = await context.repo.subscribers.get(user.id)
    step = subscriber.onboarding_step if subscriber else None
    if subscriber is None or step not in ("timezone", "settings_timezone", "time", "phase"):
        await questions.answer_question(update, context, message.text)
        return
    words, text = context.content.texts.onboarding, message.text.strip()
    found = context.services.qa.answer(text)
    if found.kind == "red_flag":
        # Urgent-care advice comes first, even in the middle of set-up; the step waits.
        await questions.answer_question(update, context, text, found)
        return
    skip = text.casefold() == words.skip_button.casefold()
    if len(text) > MAX_STEP_TEXT:
        await reply(update, words.too_long)
    elif step in ("timezone", "settings_timezone"):
        if skip and step == "timezone":
            await reply(update, words.timezone_kept.format(zone=subscriber.timezone))
            await _advance(update, context, subscriber, "time", ReplyKeyboardRemove())
        elif found.kind == "answer" and shared_finder().lookup(text).zone is None:
            await _question_then_step(update, context, subscriber, text, found)
        else:
            await _typed_timezone(update, context, subscriber, text)
    elif step == "time":
        parsed = parse_time(text)
        if skip:
            await _set_time(update, context, subscriber, subscriber.reminder_time)
        elif parsed is not None:
            await _set_time(update, context, subscriber, format_hhmm(parsed))
        elif found.kind == "answer":
            await _question_then_step(update, context, subscriber, text, found)
        else:
            await reply(update, words.time_invalid.format(text=text))
    else:
        chosen = next((p for p, prog in context.content.programmes.items()
                       if text.casefold() in (p, prog.title.casefold())), None)  # fmt: skip
        if chosen is None and skip:
            chosen = subscriber.phase
        if chosen is None:
            if found.kind == "answer":
                await _question_then_step(update, context, subscriber, text, found)
            else:
                await ask_step(update, context, subscriber)
            return
        subscriber = await change(context, subscriber, phase=chosen, onboarding_step=None)
        await ask_step(update, context, subscriber)


async def _question_then_step(
    update: Update, context: BotContext, subscriber: Subscriber, text: str, found: Answer
) -> None:
    """A question asked mid-way through set-up is answered; then the step is asked again."""
    await questions.answer_question(update, context, text, found)
    await ask_step(update, context, subscriber)


async def _typed_timezone(
    update: Update, context: BotContext, subscriber: Subscriber, text: str
) -> None:
    words = context.content.texts.onboarding
    match = shared_finder().lookup(text)
    if match.zone is not None:
        await _set_timezone(update, context, subscriber, match)
    elif match.suggestions:
        rows = [
            [InlineKeyboardButton(label, callback_data=SetupChoice("tz", zone).pack())]
            for label, zone in match.suggestions
        ]
        await reply(update, words.timezone_suggest, markup=InlineKeyboardMarkup(rows))
    else:
        await reply(update, words.timezone_unknown.format(text=text[:MAX_STEP_TEXT]))


async def _set_timezone(
    update: Update, context: BotContext, subscriber: Subscriber, match: TimezoneMatch
) -> None:
    assert match.zone is not None
    words = context.content.texts
    if subscriber.onboarding_step == "timezone":
        await reply(
            update, words.onboarding.timezone_set.format(zone=match.zone, place=match.place)
        )
        subscriber = await change(context, subscriber, timezone=match.zone)
        await _advance(update, context, subscriber, "time", ReplyKeyboardRemove())
        return
    subscriber = await change(context, subscriber, timezone=match.zone, onboarding_step=None)
    when = next_reminder_words(subscriber, context)
    await _send_plain(update, words.account.timezone_changed.format(zone=match.zone, when=when))


async def _send_plain(update: Update, text: str) -> None:
    if update.effective_chat is not None:
        await update.effective_chat.send_message(text, reply_markup=ReplyKeyboardRemove())


async def _set_time(
    update: Update, context: BotContext, subscriber: Subscriber, hhmm: str
) -> None:
    subscriber = await change(context, subscriber, reminder_time=hhmm, onboarding_step="phase")
    await ask_step(update, context, subscriber)


async def _advance(
    update: Update,
    context: BotContext,
    subscriber: Subscriber,
    step: str,
    remove: ReplyKeyboardRemove,
) -> None:
    subscriber = await change(context, subscriber, onboarding_step=step)
    await ask_step(update, context, subscriber)


async def choose(update: Update, context: BotContext) -> None:
    """A tap on a set-up button: record the choice and move to the next step."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    subscriber = await context.repo.subscribers.get(user.id)
    try:
        data = SetupChoice.unpack(query.data or "")
    except MalformedCallbackData:
        data = None
    if data is None or subscriber is None:
        await query.answer(context.content.texts.core.expired_button)
        return
    # Callback queries must be answered, or the button keeps spinning on the person's phone.
    await query.answer()
    if data.step == "today":
        from bot.handlers.routine import today

        await today(update, context)
    elif data.step == "tz" and data.value in zoneinfo.available_timezones():
        await _set_timezone(update, context, subscriber, TimezoneMatch(data.value, data.value))
    elif data.step == "time":
        value = data.value
        hhmm = f"{value[:2]}:{value[2:]}" if value != "skip" else subscriber.reminder_time
        if parse_time(hhmm) is None:
            return
        await _set_time(update, context, subscriber, hhmm)
    elif data.step == "phase":
        phase = data.value if data.value in PHASES else "recovering"
        subscriber = await change(context, subscriber, phase=phase, onboarding_step=None)
        await ask_step(update, context, subscriber)


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("start", start, filters=filters.ChatType.PRIVATE),
    MessageHandler(filters.LOCATION & filters.ChatType.PRIVATE, on_location),
    CallbackQueryHandler(choose, pattern=SetupChoice.pattern()),
]

# Registered after every command: plain text is a set-up answer or a question.
text_handlers: list[BaseHandler[Update, BotContext, None]] = [
    MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, on_text),
]
