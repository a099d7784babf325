"""/settings: one menu, edited in place, for timezone, time, phase, days and pausing.

Channels that cannot edit (WhatsApp) get the new view as a new message with its choices: the
main menu has 5 choices, the submenus up to 10, within a WhatsApp list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ClassVar, Literal
from zoneinfo import ZoneInfo

from bot.callbacks import CallbackData
from bot.chat.changes import change, next_reminder_words, resume
from bot.chat.edits import edit_or_send
from bot.chat.outbox import Choice, Choices
from bot.chat.phase_today import after_phase_set
from bot.chat.steps import TIME_CHOICES, carry_on, conversation, move
from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.content.models import PHASES
from bot.core.calendar_words import describe_days
from bot.core.conversation import Step, after_setting
from bot.core.schedule import EVERY_DAY, WEEKDAYS
from bot.core.subscriber import Subscriber
from bot.core.timeparse import parse_time
from bot.core.timezones import zone_label

Action = Literal["show", "time", "phase", "days", "pause", "resume"]


@dataclass(frozen=True)
class MenuAction(CallbackData):
    """A tap in the settings menu: which action, and its value."""

    prefix: ClassVar[str] = "m"
    action: Action
    value: str


def _choice(label: str, action: Action, value: str = "") -> Choice:
    return Choice(label, MenuAction(action, value).pack())


def main_menu(subscriber: Subscriber, turn: Turn) -> tuple[str, Choices]:
    """The menu's summary text and its choices."""
    words = turn.content.texts.account
    if subscriber.status != "active":
        state = words.state_stopped
    elif subscriber.paused and subscriber.paused_until is not None:
        local = subscriber.paused_until.astimezone(ZoneInfo(subscriber.timezone))
        state = words.state_paused_until.format(when=f"{local:%a} {local.day} {local:%b}")
    elif subscriber.paused:
        state = words.state_paused
    else:
        when = next_reminder_words(turn.services, subscriber)
        state = words.state_on.format(when=when)
    text = words.settings_title.format(
        zone=zone_label(subscriber.timezone),
        time=subscriber.reminder_time,
        days=describe_days(subscriber.reminder_days, turn.content.texts.dates),
        phase=turn.content.programmes[subscriber.phase].title,
        state=state,
    )
    toggle = (
        _choice(words.resume_button, "resume")
        if subscriber.paused or subscriber.status != "active"
        else _choice(words.pause_button, "pause")
    )
    rows = (
        (_choice(words.timezone_button, "show", "tz"), _choice(words.time_button, "show", "time")),
        (_choice(words.phase_button, "show", "phase"), _choice(words.days_button, "show", "days")),
        (toggle,),
    )
    return text, rows


def submenu(subscriber: Subscriber, turn: Turn, name: str) -> tuple[str, Choices]:
    """The choices of one setting, with a way back."""
    words = turn.content.texts.account
    back = (_choice(words.back_button, "show", "main"),)
    if name == "time":
        times = [_choice(t, "time", t.replace(":", "")) for t in TIME_CHOICES]
        return words.choose_time, (tuple(times[:4]), tuple(times[4:]), back)
    if name == "phase":
        programmes = turn.content.programmes
        rows = tuple((_choice(programmes[p].title, "phase", p),) for p in PHASES)
        return words.choose_phase, (*rows, back)
    mask = subscriber.reminder_days
    days = [
        _choice(("✅ " if mask & (1 << bit) else "") + day, "days", str(bit))
        for bit, day in enumerate(turn.content.texts.dates.weekday_short_names)
    ]
    presets = (_choice(words.every_day_button, "days", "every"),
               _choice(words.weekdays_button, "days", "weekdays"))  # fmt: skip
    return words.choose_days, (presets, tuple(days[:4]), tuple(days[4:]), back)


async def show_settings(turn: Turn) -> None:
    """Send the settings menu."""
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        await turn.out.send(turn.content.texts.account.not_registered)
        return
    text, choices = main_menu(subscriber, turn)
    await turn.out.send(text, choices)


async def on_menu(turn: Turn, tap: Tapped[MenuAction]) -> None:
    """Apply a menu tap and edit the menu message in place."""
    # No version on purpose: a menu button names its action and applies it to the settings now.
    action = tap.data
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        await tap.answer(turn.content.texts.core.expired_button)
        return
    if action.action == "show":
        await _show(turn, tap, subscriber, action.value)
        return
    before, phase_before = conversation(subscriber).step, subscriber.phase
    outcome = await _APPLY[action.action](turn, subscriber, action.value)
    if isinstance(outcome, str):  # refused: say why, change nothing
        await tap.answer(outcome)
        return
    subscriber, view = outcome
    # Taps must be answered, or the button keeps spinning on the person's phone.
    await tap.answer(turn.content.texts.account.saved)
    await _edit(turn, tap, subscriber, view)
    if action.action == "phase":
        await after_phase_set(turn, subscriber, changed=subscriber.phase != phase_before)
    if before.in_setup and conversation(subscriber).step != before:
        await carry_on(turn, subscriber, before)  # the menu answered a set-up step


async def _show(turn: Turn, tap: Tapped[MenuAction], subscriber: Subscriber, view: str) -> None:
    """Open a submenu (or the main view); Timezone and Time also take a typed answer."""
    words = turn.content.texts.account
    step = conversation(subscriber).step
    if view == "tz":
        if step.in_setup and step is not Step.SETUP_TIMEZONE:
            await tap.answer()
            await turn.out.send(words.timezone_usage)
            return
        if not step.in_setup:
            await move(turn, subscriber, Step.SETTINGS_TIMEZONE)
        await tap.answer()
        await turn.out.send(words.ask_timezone_text)
        return
    if not step.in_setup:
        wanted = Step.SETTINGS_TIME if view == "time" else Step.IDLE
        subscriber = await move(turn, subscriber, wanted)
    await tap.answer()
    await _edit(turn, tap, subscriber, view if view in _VIEWS else "main")


async def _edit(turn: Turn, tap: Tapped[MenuAction], subscriber: Subscriber, view: str) -> None:
    """Show `view` in the menu's message (a new message where the channel or app cannot edit
    it)."""
    text, choices = (
        main_menu(subscriber, turn) if view == "main" else submenu(subscriber, turn, view)
    )
    if tap.message is None:
        await turn.out.send(text, choices)
    else:  # a menu the app will not edit any more (too old) comes anew, its summary up to date
        await edit_or_send(turn, tap.message, text, choices, note=text, why="menu tap on")


Outcome = tuple[Subscriber, str] | str


async def _apply_time(turn: Turn, subscriber: Subscriber, value: str) -> Outcome:
    hhmm = f"{value[:2]}:{value[2:]}"
    if len(value) != 4 or parse_time(hhmm) is None:
        return turn.content.texts.core.expired_button
    step = after_setting(conversation(subscriber).step, "time")
    return await move(turn, subscriber, step, reminder_time=hhmm), "main"


async def _apply_phase(turn: Turn, subscriber: Subscriber, value: str) -> Outcome:
    if value not in PHASES:
        return turn.content.texts.core.expired_button
    step = after_setting(conversation(subscriber).step, "phase")
    return await move(turn, subscriber, step, phase=value), "main"


async def _apply_days(turn: Turn, subscriber: Subscriber, value: str) -> Outcome:
    mask = _new_mask(subscriber.reminder_days, value)
    if mask is None:
        return turn.content.texts.core.expired_button
    if mask == 0:
        return turn.content.texts.account.need_a_day
    subscriber = await change(turn.services, subscriber, reminder_days=mask)
    return subscriber, "main" if value in ("every", "weekdays") else "days"


async def _apply_pause(turn: Turn, subscriber: Subscriber, value: str) -> Outcome:
    return await change(turn.services, subscriber, paused=True, paused_until=None), "main"


async def _apply_resume(turn: Turn, subscriber: Subscriber, value: str) -> Outcome:
    return await resume(turn.services, subscriber), "main"


_APPLY: dict[str, Callable[[Turn, Subscriber, str], Awaitable[Outcome]]] = {
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


commands = {"settings": show_settings}
taps: list[TapRoute[MenuAction]] = [tap_route(MenuAction, on_menu)]
