"""/start, the set-up steps, and the one rule for every typed message in every state.

The rule: red flags first (urgent-care advice); then, if the text is a valid answer to the step
or menu input that is waiting, take it and confirm it back; otherwise answer it as a question and
re-offer the step in one short line. The current step lives in the database with a version
(bot/core/conversation.py), so a restart or a second /start resumes where the person was and
buttons of finished steps change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot.context import BotContext
from bot.core.conversation import Field, Step, after_skip
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, read_time
from bot.core.timezones import shared_finder, zone_label
from bot.handlers import questions
from bot.handlers.changes import change
from bot.handlers.replies import display_name, reply
from bot.handlers.steps import (
    SetupChoice,
    ask_step,
    choice_button,
    conversation,
    finish_input,
    move,
    reoffer,
    send,
    settle,
    time_choices_markup,
)
from bot.handlers.taps import Tap, button_handler
from bot.qa.answer import Answer

# Longer than any city, timezone or time: such text is not an answer to a step.
MAX_STEP_TEXT = 100
# Short, not a question, not a sentence: text that may be a place or a time mistyped.
_SENTENCE_END = re.compile(r"[?!.]\s*$")
MAX_ANSWER_WORDS = 4
# Kinds of reply that mean the text was something said to the bot, not an answer to a step.
_SPOKEN_KINDS = ("greeting", "thanks", "answer")

Reader = Callable[[Update, BotContext, Subscriber, str, Answer], Awaitable[bool]]


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
    elif existing is not None and existing.status != "active":
        await reply(update, texts.welcome_back_resumed.format(name=name))
    elif conversation(subscriber).step.in_setup:
        await reply(update, texts.welcome_back_setup.format(name=name))
    else:
        await reply(update, texts.welcome_back.format(name=name))
    await ask_step(update, context, subscriber)


async def leave_menu_input(update: Update, context: BotContext) -> None:
    """Any command first ends a menu's waiting input (set-up steps stay for /start)."""
    user = update.effective_user
    subscriber = await context.repo.subscribers.get(user.id) if user else None
    if subscriber is not None:
        await finish_input(context, subscriber)


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
    await settle(update, context, subscriber, "timezone", zone)


async def on_text(update: Update, context: BotContext) -> None:
    """Typed text: red flags first, then an answer to the waiting step, else a question."""
    message, user = update.effective_message, update.effective_user
    if message is None or message.text is None or user is None:
        return
    text = message.text.strip()
    found = context.services.qa.answer(text)
    subscriber = await context.repo.subscribers.get(user.id)
    field = conversation(subscriber).step.waits_for if subscriber else None
    if subscriber is None or field is None or found.kind == "red_flag":
        # Urgent-care advice comes first, even in the middle of a step; the step waits.
        await questions.answer_question(update, context, text, found)
        if subscriber is not None:
            await reoffer(update, context, subscriber)
        return
    if _is_skip(context, subscriber, text):  # a typed "Skip" answers any set-up step
        await skip_step(update, context, subscriber)
        return
    if len(text) <= MAX_STEP_TEXT and await _READERS[field](
        update, context, subscriber, text, found
    ):
        return
    await questions.answer_question(update, context, text, found)
    await reoffer(update, context, subscriber)


def _is_skip(context: BotContext, subscriber: Subscriber, text: str) -> bool:
    skip = context.content.texts.onboarding.skip_button.casefold()
    return text.casefold() == skip and conversation(subscriber).step.in_setup


def _short_answer(text: str) -> bool:
    """Short, and not shaped like a question or a sentence."""
    return len(text.split()) <= MAX_ANSWER_WORDS and not _SENTENCE_END.search(text)


async def _read_timezone(
    update: Update, context: BotContext, subscriber: Subscriber, text: str, found: Answer
) -> bool:
    """A place, timezone or offset: set it, or ask which one; False when it is not one."""
    match = shared_finder().lookup(text)
    if match.zone is not None:
        await settle(update, context, subscriber, "timezone", match.zone, match.place)
        return True
    if found.kind in _SPOKEN_KINDS or not _short_answer(text):
        return False
    words = context.content.texts.onboarding
    if match.suggestions:
        rows = [
            [choice_button(subscriber, label, "tz", zone)] for label, zone in match.suggestions
        ]
        await reply(update, words.timezone_suggest, markup=InlineKeyboardMarkup(rows))
    else:
        await reply(update, words.timezone_unknown.format(text=text))
    return True


async def _read_time(
    update: Update, context: BotContext, subscriber: Subscriber, text: str, found: Answer
) -> bool:
    """A time of day: set it, or ask morning or evening; False when it is not one."""
    reading = read_time(text)
    if reading.value is not None:
        await settle(update, context, subscriber, "time", format_hhmm(reading.value))
        return True
    words = context.content.texts.onboarding
    if reading.choices:
        morning, evening = (format_hhmm(t) for t in reading.choices)
        markup = time_choices_markup(subscriber, reading.choices)
        await reply(
            update, words.time_which.format(morning=morning, evening=evening), markup=markup
        )
        return True
    if (
        found.kind in _SPOKEN_KINDS
        or not _short_answer(text)
        or not any(c.isdigit() for c in text)
    ):
        return False
    await reply(update, words.time_invalid.format(text=text))
    return True


async def _read_phase(
    update: Update, context: BotContext, subscriber: Subscriber, text: str, found: Answer
) -> bool:
    """A phase by its name or its button's title; False when it is not one."""
    folded = " ".join(text.casefold().split())
    chosen = next(
        (p for p, programme in context.content.programmes.items()
         if folded in (p, programme.title.casefold())),
        None,
    )  # fmt: skip
    if chosen is None:
        return False
    await settle(update, context, subscriber, "phase", chosen)
    return True


_READERS: dict[Field, Reader] = {
    "timezone": _read_timezone,
    "time": _read_time,
    "phase": _read_phase,
}


async def skip_step(update: Update, context: BotContext, subscriber: Subscriber) -> None:
    """Skip a set-up step: keep the current value, say so, and go on."""
    step = conversation(subscriber).step
    if step is Step.SETUP_TIMEZONE:
        words = context.content.texts.onboarding
        zone = zone_label(subscriber.timezone)
        await send(update, words.timezone_kept.format(zone=zone), None)
        subscriber = await move(context, subscriber, after_skip(step))
        await ask_step(update, context, subscriber)
    elif step is Step.SETUP_TIME:
        await settle(update, context, subscriber, "time", subscriber.reminder_time)
    elif step is Step.SETUP_PHASE:
        await settle(update, context, subscriber, "phase", subscriber.phase)


async def choose(update: Update, context: BotContext, tap: Tap[SetupChoice]) -> None:
    """A tap on a step's button: take the choice (the guard let through only a waiting step's)."""
    data = tap.data
    # Callback queries must be answered, or the button keeps spinning on the phone.
    await tap.answer()
    if data.choice == "today":
        from bot.handlers.routine import today

        await today(update, context)
    elif data.choice == "skip":
        await skip_step(update, context, tap.owner)
    elif data.choice == "tz":
        place = _tapped_label(update)  # "Portland, OR, US": the place the person chose
        await settle(update, context, tap.owner, "timezone", data.value, place)
    elif data.choice == "time":
        await settle(update, context, tap.owner, "time", f"{data.value[:2]}:{data.value[2:]}")
    else:
        await settle(update, context, tap.owner, "phase", data.value)


def _tapped_label(update: Update) -> str | None:
    """The text of the button that was tapped, read back from the message it sits on."""
    query = update.callback_query
    message = query.message if query is not None else None
    markup = getattr(message, "reply_markup", None)
    if query is None or markup is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("start", start, filters=filters.ChatType.PRIVATE),
    MessageHandler(filters.LOCATION & filters.ChatType.PRIVATE, on_location),
    button_handler(SetupChoice, choose, current=True),
]

# Run in an earlier group than everything else: every command first leaves a menu's input.
command_hooks: list[BaseHandler[Update, BotContext, None]] = [
    MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, leave_menu_input),
]

# Registered after every command: plain text is a step's answer or a question.
text_handlers: list[BaseHandler[Update, BotContext, None]] = [
    MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, on_text),
]
