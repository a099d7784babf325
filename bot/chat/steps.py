"""The conversation's steps: their prompts, their choices, and moving between them.

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

from bot.callbacks import Serial
from bot.chat.changes import change, next_reminder_words
from bot.chat.outbox import CLEAR_SUGGESTIONS, Choice, Choices
from bot.chat.phase_today import after_phase_set
from bot.chat.taps import StepData
from bot.chat.turn import Turn
from bot.content.models import PHASES
from bot.core.conversation import Conversation, Field, Step, after_setting
from bot.core.subscriber import Subscriber
from bot.core.timeparse import format_hhmm, parse_time
from bot.core.timezones import zone_label

TIME_CHOICES = ("06:00", "06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "19:00")


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


def step_choice(
    subscriber: Subscriber, label: str, choice: str, value: str = "", **kind: Any
) -> Choice:
    """A choice for the person's current step (it goes stale once the step moves on)."""
    state = conversation(subscriber)
    data = SetupChoice(state.step, Serial(state.version), choice, value)  # type: ignore[arg-type]
    return Choice(label, data.pack(), **kind)


async def move(
    turn: Turn, subscriber: Subscriber, step: Step, *, answered: bool = False, **changes: Any
) -> Subscriber:
    """Save `changes` and move to `step`; a new step (or an answer) gets a new version."""
    if conversation(subscriber).retires_buttons(step, answered=answered):
        version = await turn.repo.subscribers.new_step_version()
        changes.update(onboarding_step=step.to_stored(), step_version=version)
    if not changes:
        return subscriber
    return await change(turn.services, subscriber, **changes)


def place_words(turn: Turn, zone: str, place: str | None) -> str:
    """'Europe/Berlin (Berlin, Germany)', or just the zone when the place adds nothing."""
    label = zone_label(zone)
    if place is None or place in (zone, label):
        return label
    return turn.content.texts.onboarding.timezone_place.format(zone=label, place=place)


async def settle(
    turn: Turn, subscriber: Subscriber, field: Field, value: str, place: str | None = None
) -> Subscriber:
    """Save a setting from any source, confirm it back, and go on with what still waits."""
    before, phase_before = conversation(subscriber).step, subscriber.phase
    after = after_setting(before, field)
    column = {"timezone": "timezone", "time": "reminder_time", "phase": "phase"}[field]
    # Answering what waits (or anything while nothing waits) retires the other choices
    # offered for it; a different setting leaves the waiting step's buttons working.
    answered = before.waits_for in (field, None)
    subscriber = await move(turn, subscriber, after, answered=answered, **{column: value})
    if not (before.in_setup and after is Step.IDLE):
        # The location keyboard belongs to the timezone step; it goes when that step is answered.
        cleared = CLEAR_SUGGESTIONS if before is Step.SETUP_TIMEZONE else ()
        await turn.out.send(_confirmation(turn, subscriber, field, place, before), cleared)
    if field == "phase":
        await after_phase_set(turn, subscriber, changed=subscriber.phase != phase_before)
    await carry_on(turn, subscriber, before)
    return subscriber


def _confirmation(
    turn: Turn, subscriber: Subscriber, field: Field, place: str | None, before: Step
) -> str:
    texts = turn.content.texts
    when = next_reminder_words(turn.services, subscriber)
    phase = turn.content.programmes[subscriber.phase].title
    if before.in_setup:
        words = texts.onboarding
        if field == "timezone":
            return words.timezone_set.format(zone=place_words(turn, subscriber.timezone, place))
        if field == "time":
            return words.time_set.format(time=subscriber.reminder_time)
        return words.phase_set.format(phase=phase)
    account = texts.account
    if field == "timezone":
        zone = place_words(turn, subscriber.timezone, place)
        return account.timezone_changed.format(zone=zone, when=when)
    if field == "time":
        return account.time_changed.format(time=subscriber.reminder_time, when=when)
    return account.phase_changed.format(phase=phase)


async def carry_on(turn: Turn, subscriber: Subscriber, before: Step) -> None:
    """After an answer: the next set-up step's prompt, the summary, or a one-line re-offer."""
    step = conversation(subscriber).step
    if (step.in_setup and step != before) or (step is Step.IDLE and before.in_setup):
        await ask_step(turn, subscriber)
    elif step is not Step.IDLE:
        await reoffer(turn, subscriber)


async def reoffer(turn: Turn, subscriber: Subscriber) -> None:
    """One short line reminding what is still waiting, with the step's choices."""
    step = conversation(subscriber).step
    if step is Step.IDLE:
        return
    line = turn.content.texts.onboarding.reoffer.line(step.value)
    await turn.out.send(line, step_choices(turn, subscriber))


def step_choices(turn: Turn, subscriber: Subscriber) -> Choices:
    """The choices of the waiting step (none for typed-only menu inputs)."""
    words = turn.content.texts.onboarding
    step = conversation(subscriber).step
    skip = step_choice(subscriber, words.skip_button, "skip")
    if step is Step.SETUP_TIMEZONE:
        # Telegram: a keyboard that shares the location, or types "Skip" (read as text).
        ask_place = Choice(words.location_button, "", kind="location")
        return ((ask_place,), (step_choice(subscriber, words.skip_button, "skip", kind="typed"),))
    if step is Step.SETUP_TIME:
        times = [step_choice(subscriber, t, "time", t.replace(":", "")) for t in TIME_CHOICES]
        return (tuple(times[:4]), tuple(times[4:]), (skip,))
    if step is Step.SETUP_PHASE:
        programmes = turn.content.programmes
        rows = [(step_choice(subscriber, programmes[p].title, "phase", p),) for p in PHASES]
        return (*rows, (skip,))
    return ()


async def ask_step(turn: Turn, subscriber: Subscriber) -> None:
    """Send the full prompt of the person's current set-up step, or the summary when done."""
    words = turn.content.texts.onboarding
    step = conversation(subscriber).step
    choices = step_choices(turn, subscriber)
    if step is Step.SETUP_TIMEZONE:
        await turn.out.send(words.ask_timezone, choices)
    elif step is Step.SETUP_TIME:
        await turn.out.send(words.ask_time, choices)
    elif step is Step.SETUP_PHASE:
        programmes = turn.content.programmes
        lines = [
            words.phase_line.format(
                title=programmes[p].title, description=programmes[p].description
            )
            for p in PHASES
        ]
        await turn.out.send(words.ask_phase.format(phases="\n".join(lines)), choices)
    elif step is Step.IDLE:
        today = step_choice(subscriber, words.today_button, "today")
        await turn.out.send(summary(turn, subscriber), ((today,),))
    else:
        await reoffer(turn, subscriber)


def summary(turn: Turn, subscriber: Subscriber) -> str:
    """The set-up summary: every choice, and when the next routine arrives."""
    return turn.content.texts.onboarding.done.format(
        zone=zone_label(subscriber.timezone),
        time=subscriber.reminder_time,
        phase=turn.content.programmes[subscriber.phase].title,
        when=next_reminder_words(turn.services, subscriber),
    )


def time_choices(subscriber: Subscriber, readings: tuple[time, ...]) -> Choices:
    """Choices for the readings of an ambiguous time ("7": 07:00 or 19:00)."""
    hhmm = [format_hhmm(t) for t in readings]
    return (tuple(step_choice(subscriber, t, "time", t.replace(":", "")) for t in hhmm),)


def zone_choices(subscriber: Subscriber, suggestions: tuple[tuple[str, str], ...]) -> Choices:
    """One choice per place a typed name may mean ("Portland": Oregon or Maine)."""
    return tuple((step_choice(subscriber, label, "tz", zone),) for label, zone in suggestions)


async def finish_input(turn: Turn, subscriber: Subscriber) -> Subscriber:
    """End a menu's waiting input (commands do); set-up steps stay where they are."""
    step = conversation(subscriber).step
    if step in (Step.SETTINGS_TIMEZONE, Step.SETTINGS_TIME):
        return await move(turn, subscriber, Step.IDLE)
    return subscriber
