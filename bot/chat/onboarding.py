"""/start, the set-up steps, and the one rule for every typed message in every state.

The rule: red flags first (urgent-care advice); then, if the text is a valid answer to the step
or menu input that is waiting, take it and confirm it back; otherwise answer it as a question and
re-offer the step in one short line. When no step waits, an open pain check-in takes a typed
score the same way (bot/chat/pain_checkin.py). The current step lives in the database with a
version (bot/core/conversation.py), so a restart or a second /start resumes where the person was
and buttons of finished steps change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.chat import pain_checkin, questions, unblock
from bot.chat.changes import change
from bot.chat.edits import edit_or_send
from bot.chat.events import Edited, Location, Tap, Text
from bot.chat.steps import (
    SetupChoice,
    ask_step,
    conversation,
    finish_input,
    move,
    reoffer,
    settle,
    step_choices,
    time_choices,
    zone_choices,
)
from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.core.conversation import Field, Step, after_skip
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, read_time
from bot.core.timezones import shared_finder, zone_label

if TYPE_CHECKING:  # the answerer (numpy, bm25s) is imported when it is built, after start-up
    from bot.qa.answer import Answer

# Longer than any city, timezone or time: such text is not an answer to a step.
MAX_STEP_TEXT = 100
# Short, not a question, not a sentence: text that may be a place or a time mistyped.
_SENTENCE_END = re.compile(r"[?!.]\s*$")
MAX_ANSWER_WORDS = 4
# Kinds of reply that mean the text was something said to the bot, not an answer to a step.
_SPOKEN_KINDS = ("greeting", "thanks", "answer")
# Kinds that are a reply to the bot even when a place has that name ("Nice", "Hi" in Vietnam).
_SAID_TO_THE_BOT = ("greeting", "thanks")

Reader = Callable[[Turn, Subscriber, str, "Answer"], Awaitable[bool]]


async def start(turn: Turn) -> None:
    """Welcome the person (the disclaimer once), store them, and resume set-up where it stopped."""
    person, settings, now = turn.person, turn.settings, turn.clock.now()
    texts = turn.content.texts.core
    existing = await turn.repo.subscribers.get(person.person_id)
    notice = await unblock.replaced_by_start(turn, existing)  # "Restart" after a block
    timezone = existing.timezone if existing else settings.default_timezone
    subscriber, created = await turn.repo.subscribers.register(
        user_id=person.person_id,
        # The bot writes to a person in their private chat, whose id is theirs (Telegram's
        # private chat id is the user id; other channels key the chat by the person_id too).
        chat_id=person.person_id,
        first_name=person.first_name,
        language_code=person.language_code,
        timezone=timezone,
        reminder_time=settings.default_reminder_time,
        today=local_date(now, timezone),
        now=now,
    )
    # Re-activation brings reminders back: after a /stop (or a block) /start says they are on
    # again, so it ends a pause taken before too.
    back = existing is not None and existing.status != "active"
    unpause: dict[str, Any] = {"paused": False, "paused_until": None} if back else {}
    subscriber = await change(turn.services, subscriber, **unpause)
    name = person.first_name.strip() or "there"
    if created:
        await turn.out.send(f"{texts.welcome.format(name=name)}\n\n{texts.disclaimer}")
    elif notice is not None:  # the unblock's "reminders are back" becomes this greeting
        said = texts.welcome_back_resumed.format(name=name)
        await edit_or_send(turn, notice, said, note=said, why="/start after an unblock, on")
    elif back:
        await turn.out.send(texts.welcome_back_resumed.format(name=name))
    elif conversation(subscriber).step.in_setup:
        await turn.out.send(texts.welcome_back_setup.format(name=name))
    else:
        await turn.out.send(texts.welcome_back.format(name=name))
    await ask_step(turn, subscriber)


async def leave_menu_input(turn: Turn) -> None:
    """Any command first ends a menu's waiting input (set-up steps stay for /start).

    It ends the wait for a typed pain score too: a number sent after /progress or /stop is no
    late score (the check-in's buttons still note one).
    """
    subscriber = await turn.subscriber()
    if subscriber is not None:
        await finish_input(turn, subscriber)
        await turn.repo.checkins.close_pain(subscriber.user_id)


async def on_location(turn: Turn) -> None:
    """A shared location sets the timezone (during set-up or any time later)."""
    event = turn.event
    if not isinstance(event, Location):
        return
    subscriber = await turn.subscriber()
    if subscriber is None:
        await turn.out.send(turn.content.texts.account.not_registered)
        return
    zone = shared_finder().from_location(event.latitude, event.longitude)
    if zone is None:
        await turn.out.send(turn.content.texts.onboarding.location_unknown)
        return
    await settle(turn, subscriber, "timezone", zone)


async def on_text(turn: Turn) -> None:
    """Typed text: red flags first, then an answer to the waiting step, else a question."""
    if not isinstance(turn.event, Text):
        return
    text = turn.event.text.strip()
    found = turn.qa.answer(text)
    subscriber = await turn.subscriber()
    if subscriber is None and found.kind == "greeting":
        # A first "hi" is how a chat begins where there is no Start button (WhatsApp): set-up.
        await start(turn)
        return
    field = conversation(subscriber).step.waits_for if subscriber else None
    # Nothing else waits: a pain check-in may (a typed score, or a question and its re-offer).
    if subscriber and field is None and await pain_checkin.on_text(turn, subscriber, text, found):
        return
    if subscriber is None or field is None or questions.answered_first(turn, text, found):
        # Urgent-care advice (or a support note) comes first, even in the middle of a step;
        # the step waits.
        await questions.answer_question(turn, text, found)
        if subscriber is not None:
            await reoffer(turn, subscriber)
        return
    if _is_skip(turn, subscriber, text):  # a typed "Skip" answers any set-up step
        await skip_step(turn, subscriber)
        return
    if len(text) <= MAX_STEP_TEXT and await _READERS[field](turn, subscriber, text, found):
        return
    await questions.answer_question(turn, text, found)
    await reoffer(turn, subscriber)


async def on_edited(turn: Turn) -> None:
    """An edited message: red flags first, then answered as a question; it answers no step.

    The step or pain check-in waiting now may have been asked after the message was first sent,
    so its new words are never taken as the answer: what waits is re-offered instead.
    """
    if not isinstance(turn.event, Edited):
        return
    text = turn.event.text.strip()
    if text.startswith("/"):  # an edit never runs a command (a /stop edited in by accident)
        await turn.out.send(turn.content.texts.core.edited_command)
        return
    if text:
        await questions.answer_question(turn, text, turn.qa.answer(text))
    else:  # WhatsApp tells of an edit without its words
        await turn.out.send(turn.content.texts.core.edit_unseen)
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        return
    if conversation(subscriber).step.waits_for is not None:
        await reoffer(turn, subscriber)
    else:
        await pain_checkin.reoffer_once(turn, subscriber)


async def on_unreadable(turn: Turn) -> None:
    """A message without words (a sticker, a voice message): say what is read; the step waits."""
    await turn.out.send(turn.content.texts.core.unreadable)
    subscriber = await turn.subscriber()
    if subscriber is not None:
        await reoffer(turn, subscriber)


def _is_skip(turn: Turn, subscriber: Subscriber, text: str) -> bool:
    skip = turn.content.texts.onboarding.skip_button.casefold()
    return text.casefold() == skip and conversation(subscriber).step.in_setup


def _short_answer(text: str) -> bool:
    """Short, not shaped like a question or a sentence, with a letter or digit (not "😭")."""
    if not any(character.isalnum() for character in text):
        return False
    return len(text.split()) <= MAX_ANSWER_WORDS and not _SENTENCE_END.search(text)


async def _read_timezone(turn: Turn, subscriber: Subscriber, text: str, found: Answer) -> bool:
    """A place, timezone or offset: set it, or ask which one; False when it is not one."""
    if found.kind in _SAID_TO_THE_BOT:  # "ok", "nice", "hi": no place ("Nice, France" is)
        return False
    match = shared_finder().lookup(text)
    if match.zone is not None:
        await settle(turn, subscriber, "timezone", match.zone, match.place)
        return True
    if found.kind in _SPOKEN_KINDS or not _short_answer(text):
        return False
    words = turn.content.texts.onboarding
    if match.suggestions:
        await turn.out.send(words.timezone_suggest, zone_choices(subscriber, match.suggestions))
    else:
        await turn.out.send(words.timezone_unknown.format(text=text))
    return True


async def _read_time(turn: Turn, subscriber: Subscriber, text: str, found: Answer) -> bool:
    """A time of day: set it, or ask morning or evening; False when it is not one."""
    reading = read_time(text)
    if reading.value is not None:
        await settle(turn, subscriber, "time", format_hhmm(reading.value))
        return True
    words = turn.content.texts.onboarding
    if reading.choices:
        morning, evening = (format_hhmm(t) for t in reading.choices)
        question = words.time_which.format(morning=morning, evening=evening)
        await turn.out.send(question, time_choices(subscriber, reading.choices))
        return True
    if found.kind in _SPOKEN_KINDS or not _short_answer(text):
        return False
    # Short words the guide does not answer ("tomorrow", "whenever"): how to write a time,
    # with the step's choices again.
    await turn.out.send(words.time_invalid.format(text=text), step_choices(turn, subscriber))
    return True


async def _read_phase(turn: Turn, subscriber: Subscriber, text: str, found: Answer) -> bool:
    """A phase by its name or its button's title; False when it is not one."""
    folded = " ".join(text.casefold().split())
    chosen = next(
        (p for p, programme in turn.content.programmes.items()
         if folded in (p, programme.title.casefold())),
        None,
    )  # fmt: skip
    if chosen is None:
        return False
    await settle(turn, subscriber, "phase", chosen)
    return True


_READERS: dict[Field, Reader] = {
    "timezone": _read_timezone,
    "time": _read_time,
    "phase": _read_phase,
}


async def skip_step(turn: Turn, subscriber: Subscriber) -> None:
    """Skip a set-up step: keep the current value, say so, and go on."""
    step = conversation(subscriber).step
    if step is Step.SETUP_TIMEZONE:
        words = turn.content.texts.onboarding
        await turn.out.send(words.timezone_kept.format(zone=zone_label(subscriber.timezone)))
        subscriber = await move(turn, subscriber, after_skip(step))
        await ask_step(turn, subscriber)
    elif step is Step.SETUP_TIME:
        await settle(turn, subscriber, "time", subscriber.reminder_time)
    elif step is Step.SETUP_PHASE:
        await settle(turn, subscriber, "phase", subscriber.phase)


async def choose(turn: Turn, tap: Tapped[SetupChoice]) -> None:
    """A tap on a step's button: take the choice (the guard let through only a waiting step's)."""
    data = tap.data
    # Taps must be answered, or the button keeps spinning on the phone.
    await tap.answer()
    if data.choice == "today":
        from bot.chat.dispatch import run_command  # dispatch imports every feature

        await run_command(turn, "today")
    elif data.choice == "skip":
        await skip_step(turn, tap.owner)
    elif data.choice == "tz":
        # The tapped label is the place the person chose ("Portland, OR, US").
        place = turn.event.label if isinstance(turn.event, Tap) else None
        await settle(turn, tap.owner, "timezone", data.value, place)
    elif data.choice == "time":
        await settle(turn, tap.owner, "time", f"{data.value[:2]}:{data.value[2:]}")
    else:
        await settle(turn, tap.owner, "phase", data.value)


commands = {"start": start}
taps: list[TapRoute[SetupChoice]] = [tap_route(SetupChoice, choose, current=True)]
