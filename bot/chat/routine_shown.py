"""A routine as its owner was shown it: found for a tap on its buttons, redrawn after the tap
(the morning reminder keeping Snooze, a copy where the app refuses to edit), in the words of its
day (an earlier day's routine named by its weekday)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.chat.edits import answer_and_edit
from bot.chat.outbox import SentMessage
from bot.chat.taps import Tapped
from bot.chat.turn import Turn
from bot.core.calendar_words import weekday_name
from bot.core.routine import RoutinePlan, render_routine_text
from bot.core.schedule import local_date
from bot.reminders.routine_keyboard import (
    AllDone,
    MarkSet,
    SkipDay,
    UndoSet,
    routine_choices,
    snooze_choice,
)


@dataclass(frozen=True)
class Shown:
    """A routine as its owner was shown it, and the morning reminder that carried it, if any."""

    plan: RoutinePlan
    reminder: str | None  # that reminder's message id (its buttons include Snooze)
    copy: str | None  # the routine sent anew after the app refused to edit a message of it


async def owned_routine(
    turn: Turn, tap: Tapped[MarkSet] | Tapped[AllDone] | Tapped[SkipDay] | Tapped[UndoSet]
) -> Shown | None:
    """The owner's routine of the tapped day as they were shown it, or None after answering."""
    stored = await turn.repo.routine_plans.get_with_reminder(tap.owner.user_id, tap.data.day)
    if stored is None:
        # The guard checked the chat is the tapper's own: a routine of theirs that is no longer
        # stored (shown before /forget, and they have started again) has expired.
        await tap.answer(turn.content.texts.core.expired_button)
        return None
    plan = RoutinePlan.from_dict(json.loads(stored.plan_json))
    return Shown(plan, stored.reminder, stored.copy)


async def replaced(turn: Turn, tap: Tapped[MarkSet] | Tapped[AllDone], shown: Shown) -> bool:
    """A tap on buttons of a routine since replaced by another phase's (changed before anything
    was recorded): show today's routine in their place, record nothing, and say so.

    Where the app edits, the tapped message is redrawn in place (the morning reminder keeping
    Snooze, as the phase change redrew it). Where it cannot (WhatsApp), the phase change sent
    the new routine anew without Snooze, like a /today's (bot/chat/phase_today.py): the old
    reminder's buttons show it as it was sent, not with the reminder's Snooze."""
    if not tap.data.phase or tap.data.phase == shown.plan.phase:
        return False
    done = await turn.repo.sets.sets_done(tap.owner.user_id, shown.plan.day)
    title = turn.content.programmes[shown.plan.phase].title
    said = turn.content.texts.routine.replaced.format(phase=title)
    if not turn.out.capabilities.editable:
        shown = replace(shown, reminder=None)
    await redraw(turn, tap, shown, done, for_day(turn, tap, shown.plan.day, said))
    return True


async def redraw(
    turn: Turn, tap: Tapped[Any], shown: Shown, done: dict[str, int], said: str
) -> None:
    """Answer with `said` (in the words of the routine's day) and redraw its buttons.

    The morning reminder keeps its "Snooze 30 min" button; a channel that cannot edit gets
    `said` with the buttons as they are now. A message the app refuses to edit stays, and the
    routine comes anew below a line saying why, once: later taps change that copy.
    """
    texts, can, plan = turn.content.texts, turn.out.capabilities, shown.plan
    on_reminder = tap.message is not None and tap.message.message_id == shown.reminder
    extra = (snooze_choice(texts, plan.day),) if on_reminder else ()
    choices = routine_choices(plan, done, texts, extra=extra, max_choices=can.max_choices,
                              max_label=can.max_label)  # fmt: skip
    anew = routine_choices(plan, done, texts, max_choices=can.max_choices,
                           max_label=can.max_label) if extra else choices  # fmt: skip
    text = render_routine_text(plan, turn.content)
    # A message the app will not edit any more keeps its old buttons: the routine comes anew,
    # like a /today's (no Snooze), once; later taps change that copy instead of sending more.
    copy = None
    if tap.message is not None and shown.copy is not None:
        copy = SentMessage(tap.message.chat, shown.copy)
    fresh = await answer_and_edit(
        turn, tap, answer=said, text=text, choices=choices, note=said, anew=anew,
        before=texts.routine.resent, copy=copy,
    )  # fmt: skip
    if fresh is None:
        return
    await turn.repo.routine_plans.copied_to(tap.owner.user_id, plan.day, fresh.message_id)
    if plan.day == _today(turn, tap):  # only today's are redrawn at a change of phase
        await turn.repo.routine_plans.shown_in(tap.owner.user_id, plan.day, fresh.message_id)


def _today(turn: Turn, tap: Tapped[Any]) -> date:
    return local_date(turn.clock.now(), tap.owner.timezone)


def earlier_weekday(turn: Turn, tap: Tapped[Any], day: date) -> str | None:
    """The weekday of `day` when it is not today (an earlier day's routine: its buttons count
    for two days more, and a person may well think they are tapping today's), else None."""
    if day == _today(turn, tap):
        return None
    return weekday_name(day, turn.content.texts.dates)


def for_day(turn: Turn, tap: Tapped[Any], day: date, said: str) -> str:
    """`said` about the routine of `day`, naming that day when it is not today."""
    if (weekday := earlier_weekday(turn, tap, day)) is None:
        return said
    return turn.content.texts.routine.for_day.format(said=said.rstrip(".!"), weekday=weekday)


def complete_words(turn: Turn, tap: Tapped[Any], plan: RoutinePlan) -> str:
    """The routine of `plan` is complete already, in the words of its day."""
    words = turn.content.texts.routine
    if (weekday := earlier_weekday(turn, tap, plan.day)) is None:
        return words.already_complete
    return words.already_complete_earlier.format(weekday=weekday)
