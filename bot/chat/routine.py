"""/today, the set buttons on the routine message, all done, skip, undo, and the how-to card."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.chat.cards import introduce_new_exercises, send_card
from bot.chat.changes import phase_kept_today
from bot.chat.edits import answer_and_edit
from bot.chat.outbox import Choice, SentMessage
from bot.chat.progress import celebrate
from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.core.calendar_words import weekday_name
from bot.core.records import SKIP_REASONS
from bot.core.routine import RoutinePlan, render_routine_text
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.reminders.compose import compose_routine_message
from bot.reminders.routine_keyboard import (
    AllDone,
    HowTo,
    MarkSet,
    SkipDay,
    UndoSet,
    routine_choices,
    snooze_choice,
)
from bot.reminders.sender import OutgoingMessage


async def today(turn: Turn) -> None:
    """Send today's routine, in the same form as the morning reminder."""
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        await turn.out.send(turn.content.texts.routine.not_registered)
        return
    day = local_date(turn.clock.now(), subscriber.timezone)
    if kept := await phase_kept_today(turn.services, subscriber):
        await turn.out.send(kept)  # the routine below is the other phase's: say why
    message = await _compose(turn, subscriber, day, snoozable=False)
    # Exercises met for the first time come with their picture first, once each.
    await introduce_new_exercises(turn, message.exercises)
    sent = await turn.out.send(message.text, message.choices)
    if sent is not None:  # a change of phase redraws it, like the reminders
        await turn.repo.routine_plans.shown_in(subscriber.user_id, day, sent.message_id)


async def morning_routine(turn: Turn, day: date, *, snoozable: bool) -> SentMessage | None:
    """The morning reminder where the tick does not send it itself (other apps than Telegram).

    The routine of `day` with "Snooze 30 min" (`snoozable`: not on the snoozed repeat), then
    the cards of exercises the person meets for the first time, headed as new; None when the
    person is unknown or the routine could not be sent.
    """
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        return None
    message = await _compose(turn, subscriber, day, snoozable=snoozable)
    sent = await turn.out.send(message.text, message.choices)
    if sent is not None:
        heading = turn.content.routine_words.howto_new
        await introduce_new_exercises(turn, message.exercises, heading=heading)
    return sent


async def _compose(
    turn: Turn, subscriber: Subscriber, day: date, *, snoozable: bool
) -> OutgoingMessage:
    """`day`'s routine laid out for the channel: the full layout if it fits, else compact."""
    can = turn.out.capabilities
    return await compose_routine_message(
        turn.services, subscriber, day, snoozable=snoozable,
        max_choices=can.max_choices, max_label=can.max_label,
    )  # fmt: skip


async def show_howto(turn: Turn, tap: Tapped[HowTo]) -> None:
    """Show an exercise's figure with its steps, what to feel, cautions and when to stop."""
    exercise = turn.content.exercises.get(tap.data.exercise_id)
    if exercise is None:
        await tap.answer(turn.content.texts.core.expired_button)
        return
    await tap.answer()
    await send_card(turn, exercise)


async def mark_set(turn: Turn, tap: Tapped[MarkSet]) -> None:
    """Record one set, answer at once, and update the buttons to show progress."""
    words = turn.content.texts.routine
    shown = await _owned_routine(turn, tap)
    if shown is None or await _replaced(turn, tap, shown):
        return
    plan = shown.plan
    if tap.data.item >= len(plan.items):
        await tap.answer(turn.content.texts.core.expired_button)
        return
    subscriber = tap.owner
    item, now = plan.items[tap.data.item], turn.clock.now()
    done = await turn.repo.sets.sets_done(subscriber.user_id, plan.day)
    if done.get(item.exercise_id, 0) >= item.sets:
        weekday = _earlier(turn, tap, plan.day)
        done_words = words.already_done_earlier if weekday else words.already_done
        await tap.answer(done_words.format(name=item.name, weekday=weekday))
        return
    await turn.repo.sets.record_set(
        subscriber.user_id, plan.day, item.exercise_id, tap.data.set_no, now
    )
    done = await turn.repo.sets.sets_done(subscriber.user_id, plan.day)
    count = min(done.get(item.exercise_id, 0), item.sets)
    template = words.item_complete if count >= item.sets else words.set_recorded
    said = template.format(name=item.name, set_no=count, sets=item.sets)
    await _redraw(turn, tap, shown, done, _for_day(turn, tap, plan.day, said))
    await _finish_if_complete(turn, subscriber, plan, done)


async def all_done(turn: Turn, tap: Tapped[AllDone]) -> None:
    """Mark every remaining set of the routine done in one go."""
    words = turn.content.texts.routine
    shown = await _owned_routine(turn, tap)
    if shown is None or await _replaced(turn, tap, shown):
        return
    plan = shown.plan
    subscriber = tap.owner
    items = [(item.exercise_id, item.sets) for item in plan.items]
    added = await turn.repo.sets.complete_all(
        subscriber.user_id, plan.day, items, turn.clock.now()
    )
    done = await turn.repo.sets.sets_done(subscriber.user_id, plan.day)
    said = _for_day(turn, tap, plan.day, words.all_done) if added else _complete(turn, tap, plan)
    await _redraw(turn, tap, shown, done, said)
    await _finish_if_complete(turn, subscriber, plan, done)


async def _finish_if_complete(
    turn: Turn, subscriber: Subscriber, plan: RoutinePlan, done: dict[str, int]
) -> None:
    """Celebrate once, the first time every set of the routine is done."""
    if all(done.get(i.exercise_id, 0) >= i.sets for i in plan.items) and (
        await turn.repo.sets.mark_completed(subscriber.user_id, plan.day, turn.clock.now())
    ):
        await celebrate(turn, subscriber, plan.day)


async def skip_day(turn: Turn, tap: Tapped[SkipDay]) -> None:
    """Ask why the routine is skipped; record the reason and answer it kindly."""
    words, data = turn.content.texts.routine, tap.data
    shown = await _owned_routine(turn, tap)
    if shown is None:
        return
    plan = shown.plan
    if data.reason == "ask":
        await tap.answer()
        reasons = tuple(
            (Choice(words.skip_reasons[reason], SkipDay(plan.day, reason).pack()),)
            for reason in SKIP_REASONS
        )
        earlier = _earlier(turn, tap, plan.day)
        question = words.skip_question_earlier.format(weekday=earlier) if earlier else None
        await turn.out.send(question or words.skip_question, reasons)
        return
    if not await turn.repo.checkins.skip(tap.owner.user_id, plan.day, data.reason):
        await tap.answer(_complete(turn, tap, plan))
        return
    # The reply speaks of the day skipped: an earlier day's routine is no longer "today".
    if earlier := _earlier(turn, tap, plan.day):
        text = words.skip_replies_earlier[data.reason].format(weekday=earlier)
    else:
        text = words.skip_replies[data.reason]
    if data.reason == "pain":
        sections = turn.content.sections
        text = (
            f"{text}\n\n{words.skip_pain_advice_title}\n{sections['exercise-safely'].summary}"
            f"\n\n{sections['red-flags'].summary}"
        )
    noted = _for_day(turn, tap, plan.day, words.skip_recorded)
    await answer_and_edit(turn, tap, answer=noted, text=text, note=text)


async def undo_set(turn: Turn, tap: Tapped[UndoSet]) -> None:
    """Take back the last set marked today (for mis-taps)."""
    words = turn.content.texts.routine
    shown = await _owned_routine(turn, tap)
    if shown is None:
        return
    plan = shown.plan
    user_id = tap.owner.user_id
    exercise_id = await turn.repo.sets.undo_last_set(user_id, plan.day)
    if exercise_id is None:
        await tap.answer(words.nothing_to_undo)
        return
    item = plan.item(exercise_id)
    done = await turn.repo.sets.sets_done(user_id, plan.day)
    said = words.undone.format(name=item.name if item else exercise_id)
    await _redraw(turn, tap, shown, done, _for_day(turn, tap, plan.day, said))


@dataclass(frozen=True)
class _Shown:
    """A routine as its owner was shown it, and the morning reminder that carried it, if any."""

    plan: RoutinePlan
    reminder: str | None  # that reminder's message id (its buttons include Snooze)
    copy: str | None  # the routine sent anew after the app refused to edit a message of it


async def _owned_routine(
    turn: Turn, tap: Tapped[MarkSet] | Tapped[AllDone] | Tapped[SkipDay] | Tapped[UndoSet]
) -> _Shown | None:
    """The owner's routine of the tapped day as they were shown it, or None after answering."""
    stored = await turn.repo.routine_plans.get_with_reminder(tap.owner.user_id, tap.data.day)
    if stored is None:
        # The guard checked the chat is the tapper's own: a routine of theirs that is no longer
        # stored (shown before /forget, and they have started again) has expired.
        await tap.answer(turn.content.texts.core.expired_button)
        return None
    plan = RoutinePlan.from_dict(json.loads(stored.plan_json))
    return _Shown(plan, stored.reminder, stored.copy)


async def _replaced(turn: Turn, tap: Tapped[MarkSet] | Tapped[AllDone], shown: _Shown) -> bool:
    """A tap on buttons of a routine since replaced by another phase's (changed before anything
    was recorded): show today's routine in their place, record nothing, and say so."""
    if not tap.data.phase or tap.data.phase == shown.plan.phase:
        return False
    done = await turn.repo.sets.sets_done(tap.owner.user_id, shown.plan.day)
    title = turn.content.programmes[shown.plan.phase].title
    said = turn.content.texts.routine.replaced.format(phase=title)
    await _redraw(turn, tap, shown, done, _for_day(turn, tap, shown.plan.day, said))
    return True


async def _redraw(
    turn: Turn, tap: Tapped[Any], shown: _Shown, done: dict[str, int], said: str
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


def _earlier(turn: Turn, tap: Tapped[Any], day: date) -> str | None:
    """The weekday of `day` when it is not today (an earlier day's routine: its buttons count
    for two days more, and a person may well think they are tapping today's), else None."""
    if day == _today(turn, tap):
        return None
    return weekday_name(day, turn.content.texts.dates)


def _for_day(turn: Turn, tap: Tapped[Any], day: date, said: str) -> str:
    """`said` about the routine of `day`, naming that day when it is not today."""
    if (weekday := _earlier(turn, tap, day)) is None:
        return said
    return turn.content.texts.routine.for_day.format(said=said.rstrip(".!"), weekday=weekday)


def _complete(turn: Turn, tap: Tapped[Any], plan: RoutinePlan) -> str:
    """The routine of `plan` is complete already, in the words of its day."""
    words = turn.content.texts.routine
    if (weekday := _earlier(turn, tap, plan.day)) is None:
        return words.already_complete
    return words.already_complete_earlier.format(weekday=weekday)


commands = {"today": today}
taps: list[TapRoute[Any]] = [
    tap_route(MarkSet, mark_set, owned=True),
    tap_route(UndoSet, undo_set, owned=True),
    tap_route(AllDone, all_done, owned=True),
    tap_route(SkipDay, skip_day, owned=True),
    tap_route(HowTo, show_howto),
]
