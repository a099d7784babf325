"""/today, the set buttons on the routine message, undo, and the how-to card."""

from __future__ import annotations

import json

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.context import BotContext
from bot.core.records import SKIP_REASONS, SkipReason
from bot.core.routine import RoutinePlan
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.handlers.progress import celebrate
from bot.handlers.replies import reply
from bot.handlers.taps import Tap, button_handler
from bot.reminders.compose import compose_routine_message
from bot.reminders.figure_cards import introduce_new_exercises, send_howto_card
from bot.reminders.routine_keyboard import (
    AllDone,
    HowTo,
    MarkSet,
    SkipDay,
    UndoSet,
    routine_keyboard,
)


async def today(update: Update, context: BotContext) -> None:
    """Send today's routine, in the same form as the morning reminder."""
    user = update.effective_user
    if user is None:
        return
    subscriber = await context.repo.subscribers.get(user.id)
    if subscriber is None:
        await reply(update, context.content.texts.routine.not_registered)
        return
    day = local_date(context.clock.now(), subscriber.timezone)
    message = await compose_routine_message(context.services, subscriber, day, snoozable=False)
    kept = await context.repo.routine_plans.get(subscriber.user_id, day)
    if kept is not None:
        # Exercises met for the first time come with their picture first, once each.
        plan = RoutinePlan.from_dict(json.loads(kept))
        await introduce_new_exercises(
            context.services, context.bot, subscriber.user_id, subscriber.chat_id, plan
        )
    await reply(update, message.text, markup=message.reply_markup)


async def show_howto(update: Update, context: BotContext, tap: Tap[HowTo]) -> None:
    """Show an exercise's figure with its steps, what to feel, cautions and when to stop."""
    exercise = context.content.exercises.get(tap.data.exercise_id)
    chat = update.effective_chat
    if exercise is None or chat is None:
        await tap.answer(context.content.texts.core.expired_button)
        return
    await tap.answer()
    await send_howto_card(context.services, context.bot, chat.id, exercise)


async def mark_set(update: Update, context: BotContext, tap: Tap[MarkSet]) -> None:
    """Record one set, answer at once, and update the buttons to show progress."""
    words = context.content.texts.routine
    plan = await _owned_plan(tap, context)
    if plan is None:
        return
    if tap.data.item >= len(plan.items):
        await tap.answer(context.content.texts.core.expired_button)
        return
    subscriber = tap.owner
    item, now = plan.items[tap.data.item], context.clock.now()
    done = await context.repo.sets.sets_done(subscriber.user_id, plan.day)
    if done.get(item.exercise_id, 0) >= item.sets:
        await tap.answer(words.already_done.format(name=item.name))
        return
    await context.repo.sets.record_set(
        subscriber.user_id, plan.day, item.exercise_id, tap.data.set_no, now
    )
    done = await context.repo.sets.sets_done(subscriber.user_id, plan.day)
    count = min(done.get(item.exercise_id, 0), item.sets)
    finished = count >= item.sets
    template = words.item_complete if finished else words.set_recorded
    await tap.answer(template.format(name=item.name, set_no=count, sets=item.sets))
    await _refresh(tap.query, context, plan, done)
    await _finish_if_complete(update, context, subscriber, plan, done)


async def all_done(update: Update, context: BotContext, tap: Tap[AllDone]) -> None:
    """Mark every remaining set of the routine done in one go."""
    words = context.content.texts.routine
    plan = await _owned_plan(tap, context)
    if plan is None:
        return
    subscriber = tap.owner
    items = [(item.exercise_id, item.sets) for item in plan.items]
    added = await context.repo.sets.complete_all(
        subscriber.user_id, plan.day, items, context.clock.now()
    )
    await tap.answer(words.all_done if added else words.already_complete)
    done = await context.repo.sets.sets_done(subscriber.user_id, plan.day)
    await _refresh(tap.query, context, plan, done)
    await _finish_if_complete(update, context, subscriber, plan, done)


async def _finish_if_complete(
    update: Update,
    context: BotContext,
    subscriber: Subscriber,
    plan: RoutinePlan,
    done: dict[str, int],
) -> None:
    """Celebrate once, the first time every set of the routine is done."""
    if all(done.get(i.exercise_id, 0) >= i.sets for i in plan.items) and (
        await context.repo.sets.mark_completed(subscriber.user_id, plan.day, context.clock.now())
    ):
        await celebrate(update, context, subscriber, plan.day)


async def skip_day(update: Update, context: BotContext, tap: Tap[SkipDay]) -> None:
    """Ask why the routine is skipped; record the reason and answer it kindly."""
    words, data = context.content.texts.routine, tap.data
    plan = await _owned_plan(tap, context)
    if plan is None:
        return
    if data.reason == "ask":
        await tap.answer()
        buttons = [
            [InlineKeyboardButton(label, callback_data=SkipDay(plan.day, reason).pack())]
            for reason, label in _skip_choices(words.skip_reasons)
        ]
        await reply(update, words.skip_question, markup=InlineKeyboardMarkup(buttons))
        return
    if not await context.repo.checkins.skip(tap.owner.user_id, plan.day, data.reason):
        await tap.answer(words.already_complete)
        return
    await tap.answer(words.skip_recorded)
    text = words.skip_replies[data.reason]
    if data.reason == "pain":
        sections = context.content.sections
        text = (
            f"{text}\n\n{words.skip_pain_advice_title}\n{sections['exercise-safely'].summary}"
            f"\n\n{sections['red-flags'].summary}"
        )
    await tap.query.edit_message_text(text)


def _skip_choices(labels: dict[str, str]) -> list[tuple[SkipReason, str]]:
    return [(reason, labels[reason]) for reason in SKIP_REASONS]


async def undo_set(update: Update, context: BotContext, tap: Tap[UndoSet]) -> None:
    """Take back the last set marked today (for mis-taps)."""
    words = context.content.texts.routine
    plan = await _owned_plan(tap, context)
    if plan is None:
        return
    user_id = tap.owner.user_id
    exercise_id = await context.repo.sets.undo_last_set(user_id, plan.day)
    if exercise_id is None:
        await tap.answer(words.nothing_to_undo)
        return
    item = plan.item(exercise_id)
    await tap.answer(words.undone.format(name=item.name if item else exercise_id))
    done = await context.repo.sets.sets_done(user_id, plan.day)
    await _refresh(tap.query, context, plan, done)


async def _owned_plan(
    tap: Tap[MarkSet] | Tap[AllDone] | Tap[SkipDay] | Tap[UndoSet], context: BotContext
) -> RoutinePlan | None:
    """The owner's routine of the tapped day as they were shown it, or None after answering."""
    stored = await context.repo.routine_plans.get(tap.owner.user_id, tap.data.day)
    if stored is None:
        await tap.answer(context.content.texts.routine.not_yours)
        return None
    return RoutinePlan.from_dict(json.loads(stored))


async def _refresh(
    query: CallbackQuery, context: BotContext, plan: RoutinePlan, done: dict[str, int]
) -> None:
    """Edit the buttons in place, keeping any extra last-row buttons (e.g. snooze)."""
    message = query.message
    if message is None or not hasattr(message, "reply_markup"):
        return
    old = message.reply_markup
    extra = list(old.inline_keyboard[-1][1:]) if old and old.inline_keyboard else []
    markup = routine_keyboard(plan, done, context.content.texts, extra_row=extra)
    if old is not None and old.to_dict() == markup.to_dict():
        return
    try:
        await query.edit_message_reply_markup(reply_markup=markup)
    except BadRequest as error:
        # Two quick taps can race to the same keyboard; Telegram then says "not modified".
        if "not modified" not in str(error):
            raise


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("today", today, filters=filters.ChatType.PRIVATE),
    button_handler(MarkSet, mark_set, owned=True),
    button_handler(UndoSet, undo_set, owned=True),
    button_handler(AllDone, all_done, owned=True),
    button_handler(SkipDay, skip_day, owned=True),
    button_handler(HowTo, show_howto),
]
