"""/today, the set buttons on the routine message, all done, skip, undo, and the how-to card."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.chat.cards import introduce_new_exercises, send_card
from bot.chat.changes import phase_kept_today
from bot.chat.edits import answer_and_edit
from bot.chat.outbox import Choice, SentMessage
from bot.chat.progress import celebrate
from bot.chat.routine_shown import (
    complete_words,
    earlier_weekday,
    for_day,
    owned_routine,
    redraw,
    replaced,
)
from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.core.records import SKIP_REASONS
from bot.core.routine import RoutinePlan
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.reminders.compose import compose_routine_message
from bot.reminders.routine_keyboard import (
    AllDone,
    HowTo,
    MarkSet,
    SkipDay,
    UndoSet,
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
    shown = await owned_routine(turn, tap)
    if shown is None or await replaced(turn, tap, shown):
        return
    plan = shown.plan
    if tap.data.item >= len(plan.items):
        await tap.answer(turn.content.texts.core.expired_button)
        return
    subscriber = tap.owner
    item, now = plan.items[tap.data.item], turn.clock.now()
    done = await turn.repo.sets.sets_done(subscriber.user_id, plan.day)
    if done.get(item.exercise_id, 0) >= item.sets:
        weekday = earlier_weekday(turn, tap, plan.day)
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
    await redraw(turn, tap, shown, done, for_day(turn, tap, plan.day, said))
    await _finish_if_complete(turn, subscriber, plan, done)


async def all_done(turn: Turn, tap: Tapped[AllDone]) -> None:
    """Mark every remaining set of the routine done in one go."""
    words = turn.content.texts.routine
    shown = await owned_routine(turn, tap)
    if shown is None or await replaced(turn, tap, shown):
        return
    plan = shown.plan
    subscriber = tap.owner
    items = [(item.exercise_id, item.sets) for item in plan.items]
    added = await turn.repo.sets.complete_all(
        subscriber.user_id, plan.day, items, turn.clock.now()
    )
    done = await turn.repo.sets.sets_done(subscriber.user_id, plan.day)
    said = (
        for_day(turn, tap, plan.day, words.all_done) if added else complete_words(turn, tap, plan)
    )
    await redraw(turn, tap, shown, done, said)
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
    shown = await owned_routine(turn, tap)
    if shown is None:
        return
    plan = shown.plan
    if data.reason == "ask":
        await tap.answer()
        reasons = tuple(
            (Choice(words.skip_reasons[reason], SkipDay(plan.day, reason).pack()),)
            for reason in SKIP_REASONS
        )
        earlier = earlier_weekday(turn, tap, plan.day)
        question = words.skip_question_earlier.format(weekday=earlier) if earlier else None
        await turn.out.send(question or words.skip_question, reasons)
        return
    if not await turn.repo.checkins.skip(tap.owner.user_id, plan.day, data.reason):
        await tap.answer(complete_words(turn, tap, plan))
        return
    # The reply speaks of the day skipped: an earlier day's routine is no longer "today".
    if earlier := earlier_weekday(turn, tap, plan.day):
        text = words.skip_replies_earlier[data.reason].format(weekday=earlier)
    else:
        text = words.skip_replies[data.reason]
    if data.reason == "pain":
        sections = turn.content.sections
        text = (
            f"{text}\n\n{words.skip_pain_advice_title}\n{sections['exercise-safely'].summary}"
            f"\n\n{sections['red-flags'].summary}"
        )
    noted = for_day(turn, tap, plan.day, words.skip_recorded)
    await answer_and_edit(turn, tap, answer=noted, text=text, note=text)


async def undo_set(turn: Turn, tap: Tapped[UndoSet]) -> None:
    """Take back the last set marked today (for mis-taps)."""
    words = turn.content.texts.routine
    shown = await owned_routine(turn, tap)
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
    await redraw(turn, tap, shown, done, for_day(turn, tap, plan.day, said))


commands = {"today": today}
taps: list[TapRoute[Any]] = [
    tap_route(MarkSet, mark_set, owned=True),
    tap_route(UndoSet, undo_set, owned=True),
    tap_route(AllDone, all_done, owned=True),
    tap_route(SkipDay, skip_day, owned=True),
    tap_route(HowTo, show_howto),
]
