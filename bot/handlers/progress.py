"""After the routine: streak, pain check-in, 'how did it feel?'; and /progress with its chart."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.callbacks import CallbackData
from bot.content.models import PHASES
from bot.context import BotContext
from bot.core.chart import MAX_DAYS, ChartWords, render_progress_chart
from bot.core.progress_rules import (
    next_dose_level,
    pain_is_rising,
    pain_trend,
    streaks,
    week_completion,
)
from bot.core.records import FEELINGS, DayRecord, PainCheckin
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.handlers.changes import change
from bot.handlers.replies import reply
from bot.handlers.taps import Tap, button_handler

TREND_DAYS = 14


@dataclass(frozen=True)
class PainScore(CallbackData):
    """A pain check-in for `day`: `score` 0-10, or -1 to be asked."""

    prefix: ClassVar[str] = "p"
    day: date
    score: int

    def __post_init__(self) -> None:
        if not -1 <= self.score <= 10:
            raise ValueError("score out of range")


@dataclass(frozen=True)
class FeelingChoice(CallbackData):
    """How the routine of `day` felt."""

    prefix: ClassVar[str] = "e"
    day: date
    feeling: Literal["too_easy", "about_right", "too_hard"]


def pain_keyboard(day: date) -> InlineKeyboardMarkup:
    """Buttons 0-10 in two rows that fit a phone's width."""
    buttons = [
        InlineKeyboardButton(str(n), callback_data=PainScore(day, n).pack()) for n in range(11)
    ]
    return InlineKeyboardMarkup([buttons[:6], buttons[6:]])


async def celebrate(
    update: Update, context: BotContext, subscriber: Subscriber, day: date
) -> None:
    """Congratulate on a completed routine with the streak, and ask for a pain check-in."""
    words = context.content.texts.progress
    today = local_date(context.clock.now(), subscriber.timezone)
    runs = streaks(
        await context.repo.checkins.days(subscriber.user_id), today, subscriber.reminder_days
    )
    streak = words.streak_days.format(days=runs.current, best=runs.best)
    text = f"{words.completed.format(streak=streak)}\n\n{words.pain_question}"
    await reply(update, text, markup=pain_keyboard(day))


async def check_in(update: Update, context: BotContext, tap: Tap[PainScore]) -> None:
    """Record a pain score (the latest of the day wins), warn if pain keeps rising."""
    words, data, subscriber = context.content.texts.progress, tap.data, tap.owner
    if data.score < 0:
        await tap.answer()
        await reply(update, words.pain_question, markup=pain_keyboard(data.day))
        return
    repo, user_id = context.repo, subscriber.user_id
    await repo.checkins.record_pain(user_id, data.day, data.score, context.clock.now())
    await tap.answer(words.pain_recorded.format(score=data.score))
    await tap.query.edit_message_text(words.pain_recorded.format(score=data.score))
    if pain_is_rising(await repo.checkins.pain(user_id, data.day - timedelta(days=TREND_DAYS))):
        await reply(update, _stepping_down_advice(context, subscriber))
    record = next(
        (d for d in await repo.checkins.days(user_id, data.day) if d.day == data.day), None
    )
    if record is not None and record.completed and not await _rated(context, user_id, data.day):
        buttons = [
            InlineKeyboardButton(
                words.feelings[key], callback_data=FeelingChoice(data.day, key).pack()
            )
            for key in FEELINGS
        ]
        await reply(update, words.feeling_question, markup=InlineKeyboardMarkup([buttons]))


async def _rated(context: BotContext, user_id: int, day: date) -> bool:
    return await context.repo.checkins.feeling(user_id, day) is not None


def _stepping_down_advice(context: BotContext, subscriber: Subscriber) -> str:
    content = context.content
    position = PHASES.index(subscriber.phase)
    if position > 0:
        gentler = content.programmes[PHASES[position - 1]].title
        advice = content.texts.progress.pain_rising.format(phase=gentler)
    else:
        advice = content.sections["see-a-doctor"].summary
    return f"{advice}\n\n{content.sections['red-flags'].summary}"


async def rate(update: Update, context: BotContext, tap: Tap[FeelingChoice]) -> None:
    """Take 'too easy / about right / too hard' and adapt the next days' doses within caps."""
    words, data, subscriber = context.content.texts.progress, tap.data, tap.owner
    if not await context.repo.checkins.set_feeling(subscriber.user_id, data.day, data.feeling):
        await tap.answer(context.content.texts.core.expired_button)
        return
    rule = context.content.programmes[subscriber.phase].feedback
    level = next_dose_level(subscriber.dose_level, data.feeling, rule)
    moved = level != subscriber.dose_level or data.feeling == "about_right"
    text = words.feeling_replies[data.feeling if moved else "capped"]
    await change(context, subscriber, dose_level=level)
    await tap.answer()
    await tap.query.edit_message_text(text)


async def show_progress(update: Update, context: BotContext) -> None:
    """Send the week's completion, streaks, total sets and pain trend, with a history chart."""
    user, words = update.effective_user, context.content.texts.progress
    subscriber = await context.repo.subscribers.get(user.id) if user else None
    if subscriber is None or update.effective_chat is None:
        await reply(update, words.not_registered)
        return
    repo, today = context.repo, local_date(context.clock.now(), subscriber.timezone)
    days = await repo.checkins.days(subscriber.user_id)
    pain = await repo.checkins.pain(subscriber.user_id, today - timedelta(days=MAX_DAYS))
    caption = summary_text(
        context, subscriber, days, pain, today, await repo.sets.total_sets(subscriber.user_id)
    )
    chart_words = ChartWords.from_texts(context.content.texts)
    # Rendering takes ~0.1 s of CPU: a worker process keeps other people's taps flowing.
    png = await asyncio.get_running_loop().run_in_executor(
        context.services.chart_pool, render_progress_chart, days, pain, today, chart_words,
        subscriber.reminder_days,
    )  # fmt: skip
    button = InlineKeyboardButton(words.log_pain_button, callback_data=PainScore(today, -1).pack())
    await update.effective_chat.send_photo(
        InputFile(png, filename="progress.png"),
        caption=caption,
        reply_markup=InlineKeyboardMarkup([[button]]),
    )


def summary_text(
    context: BotContext,
    subscriber: Subscriber,
    days: list[DayRecord],
    pain: list[PainCheckin],
    today: date,
    total_sets: int,
) -> str:
    """The /progress caption (well under Telegram's 1,024-character caption limit)."""
    words = context.content.texts.progress
    runs = streaks(days, today, subscriber.reminder_days)
    done, of = week_completion(days, today)
    trend = pain_trend(pain, today, TREND_DAYS)
    window = [c.score for c in pain if c.day > today - timedelta(days=TREND_DAYS)]
    pain_words = (
        words.trend_words[trend].format(first=window[0], last=window[-1])
        if window and trend != "none"
        else (words.trend_words["none"] if window else words.no_pain_yet)
    )
    return words.summary.format(
        week_done=done, week_days=of, streak=runs.current, best=runs.best,
        total_sets=total_sets, pain=pain_words,
    )  # fmt: skip


handlers: list[BaseHandler[Update, BotContext, None]] = [
    CommandHandler("progress", show_progress, filters=filters.ChatType.PRIVATE),
    button_handler(PainScore, check_in, owned=True),
    button_handler(FeelingChoice, rate, owned=True),
]
