"""After the routine: streak, pain check-in, 'how did it feel?'; and /progress with its chart."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar, Literal

from bot.callbacks import CallbackData
from bot.chat.changes import change
from bot.chat.edits import answer_and_edit, edit_or_leave
from bot.chat.outbox import Choice, Choices, Picture, SentMessage
from bot.chat.taps import DAYS_BACK, Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.content.models import PHASES
from bot.core.calendar_words import weekday_name
from bot.core.chart import MAX_DAYS, ChartWords, render_progress_chart
from bot.core.progress_rules import (
    next_dose_level,
    pain_is_rising,
    pain_trend,
    paused_days,
    streaks,
    week_completion,
)
from bot.core.records import FEELINGS, DayRecord, PainCheckin
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber

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


def pain_choices(day: date, max_choices: int) -> Choices:
    """Scores 0-10 in two rows that fit a phone's width; 0, 2 ... 10 where 11 do not fit."""
    scores = range(11) if max_choices >= 11 else range(0, 11, 2)
    choices = [Choice(str(n), PainScore(day, n).pack()) for n in scores]
    half = (len(choices) + 1) // 2
    return (tuple(choices[:half]), tuple(choices[half:]))


async def celebrate(turn: Turn, subscriber: Subscriber, day: date) -> None:
    """Congratulate on a completed routine with the streak, and ask for a pain check-in."""
    words = turn.content.texts.progress
    today = local_date(turn.clock.now(), subscriber.timezone)
    records = await turn.repo.checkins.days(subscriber.user_id)
    runs = streaks(
        records, today, subscriber.reminder_days, await _paused(turn, subscriber.user_id, today)
    )
    streak = words.streak_days.format(days=runs.current, best=runs.best)
    done = words.completed.format(streak=streak)
    if day != today:  # finished after midnight: it counts for its own day, named
        weekday = weekday_name(day, turn.content.texts.dates)
        done = words.completed_earlier.format(weekday=weekday, streak=streak)
    text = f"{done}\n\n{pain_question(turn, day, today)}"
    await ask_pain(turn, subscriber, day, text)


def pain_question(turn: Turn, day: date, today: date) -> str:
    """Today's "how is your pain right now?", or, after midnight, the question for its day."""
    words = turn.content.texts.progress
    if day == today:
        return words.pain_question
    weekday = weekday_name(day, turn.content.texts.dates)
    return words.pain_question_earlier.format(weekday=weekday)


def log_pain_choice(turn: Turn, day: date, today: date) -> Choice:
    """The /progress button that asks for `day`'s pain, named like `pain_question`."""
    words = turn.content.texts.progress
    label = words.log_pain_button
    if day != today:
        label = words.log_pain_button_earlier.format(
            weekday=weekday_name(day, turn.content.texts.dates)
        )
    return Choice(label, PainScore(day, -1).pack())


async def _paused(turn: Turn, user_id: int, today: date) -> frozenset[date]:
    """The days this person's pauses covered, up to today."""
    return paused_days(await turn.repo.pauses.spans(user_id), today)


async def ask_pain(turn: Turn, subscriber: Subscriber, day: date, text: str) -> None:
    """Ask for `day`'s pain score with its buttons; a typed score answers it too, today."""
    today = local_date(turn.clock.now(), subscriber.timezone)
    await turn.repo.checkins.ask_pain(subscriber.user_id, day, today)
    await offer_pain(turn, subscriber, day, text)


async def offer_pain(turn: Turn, subscriber: Subscriber, day: date, text: str) -> None:
    """Send `text` with `day`'s score buttons; where messages can be edited, remember it.

    Once a score is noted every such message shows it and loses its buttons (`record_pain`).
    """
    sent = await turn.out.send(text, pain_choices(day, turn.out.capabilities.max_choices))
    if sent is not None and turn.out.capabilities.editable:
        keep_since = day - timedelta(days=DAYS_BACK)  # older buttons are refused anyway
        await turn.repo.checkins.add_pain_prompt(
            subscriber.user_id, day, sent.chat, sent.message_id, keep_since
        )


async def check_in(turn: Turn, tap: Tapped[PainScore]) -> None:
    """Record a pain score (the latest of the day wins), warn if pain keeps rising."""
    data, subscriber = tap.data, tap.owner
    if data.score < 0:
        await tap.answer()
        today = local_date(turn.clock.now(), subscriber.timezone)
        if data.day != today and tap.message is not None:  # its day is over: the button says so
            relabelled = ((log_pain_choice(turn, data.day, today),),)
            await edit_or_leave(turn, tap.message, turn.out.edit_choices(tap.message, relabelled),
                                why="pain button relabelled on")  # fmt: skip
        await ask_pain(turn, subscriber, data.day, pain_question(turn, data.day, today))
        return
    await record_pain(turn, subscriber, data.day, data.score, tap)


async def record_pain(
    turn: Turn, subscriber: Subscriber, day: date, score: int, tap: Tapped[Any] | None = None
) -> None:
    """Record a score tapped (its message edited) or typed (a reply); what follows is the same."""
    words, repo, user_id = turn.content.texts.progress, turn.repo, subscriber.user_id
    now = turn.clock.now()
    prompts = await repo.checkins.record_pain(user_id, day, score, now)
    recorded = words.pain_recorded.format(score=score)
    if day != local_date(now, subscriber.timezone):  # answered after midnight: name its day
        weekday = weekday_name(day, turn.content.texts.dates)
        recorded = words.pain_recorded_earlier.format(weekday=weekday, score=score)
    if tap is not None:
        await answer_and_edit(turn, tap, answer=recorded, text=recorded, note=recorded)
    else:
        await turn.out.send(recorded)
    if pain_is_rising(await repo.checkins.pain(user_id, day - timedelta(days=TREND_DAYS))):
        await turn.out.send(_stepping_down_advice(turn, subscriber))
    # Asked once a day, even when two taps arrive before the first one's edit lands.
    if await repo.checkins.claim_feeling_question(user_id, day, now):
        feelings = tuple(
            Choice(words.feelings[key], FeelingChoice(day, key).pack()) for key in FEELINGS
        )
        await turn.out.send(words.feeling_question, (feelings,))
    # Last, after every reply: every other message offering the day's buttons closes as the
    # tapped one does (one the app will not edit keeps its buttons: a tap there is a new score).
    tapped = tap.message if tap is not None else None
    for chat, message_id in prompts:
        if (prompt := SentMessage(chat, message_id)) != tapped:
            await edit_or_leave(turn, prompt, turn.out.edit(prompt, recorded),
                                why="pain check-in closed on")  # fmt: skip


def _stepping_down_advice(turn: Turn, subscriber: Subscriber) -> str:
    content = turn.content
    position = PHASES.index(subscriber.phase)
    if position > 0:
        gentler = content.programmes[PHASES[position - 1]].title
        advice = content.texts.progress.pain_rising.format(phase=gentler)
    else:
        advice = content.sections["see-a-doctor"].summary
    return f"{advice}\n\n{content.sections['red-flags'].summary}"


async def rate(turn: Turn, tap: Tapped[FeelingChoice]) -> None:
    """Take 'too easy / about right / too hard' and adapt the next days' doses within caps."""
    words, data, subscriber = turn.content.texts.progress, tap.data, tap.owner
    if not await turn.repo.checkins.set_feeling(subscriber.user_id, data.day, data.feeling):
        await tap.answer(turn.content.texts.core.expired_button)
        return
    rule = turn.content.programmes[subscriber.phase].feedback
    level = next_dose_level(subscriber.dose_level, data.feeling, rule)
    moved = level != subscriber.dose_level or data.feeling == "about_right"
    text = words.feeling_replies[data.feeling if moved else "capped"]
    await change(turn.services, subscriber, dose_level=level)
    await answer_and_edit(turn, tap, answer=None, text=text, note=text)


async def show_progress(turn: Turn) -> None:
    """Send the week's completion, streaks, total sets and pain trend, with a history chart."""
    words = turn.content.texts.progress
    subscriber = await turn.repo.subscribers.get(turn.person.person_id)
    if subscriber is None:
        await turn.out.send(words.not_registered)
        return
    repo, today = turn.repo, local_date(turn.clock.now(), subscriber.timezone)
    days = await repo.checkins.days(subscriber.user_id)
    pain = await repo.checkins.pain(subscriber.user_id, today - timedelta(days=MAX_DAYS))
    paused = await _paused(turn, subscriber.user_id, today)
    caption = summary_text(
        turn, subscriber, days, pain, today, await repo.sets.total_sets(subscriber.user_id), paused
    )
    chart_words = ChartWords.from_texts(turn.content.texts)
    # Rendering takes ~0.1 s of CPU: a worker process keeps other people's taps flowing.
    png = await asyncio.get_running_loop().run_in_executor(
        turn.services.chart_pool, render_progress_chart, days, pain, today, chart_words,
        subscriber.reminder_days, paused, subscriber.joined_on,
    )  # fmt: skip
    # Every chart is new: its key is its content, so no channel reuses an older upload.
    picture = Picture(f"progress-{hashlib.sha256(png).hexdigest()[:16]}", png)
    await turn.out.photo(picture, caption, ((log_pain_choice(turn, today, today),),))


def summary_text(
    turn: Turn,
    subscriber: Subscriber,
    days: list[DayRecord],
    pain: list[PainCheckin],
    today: date,
    total_sets: int,
    paused: frozenset[date] = frozenset(),
) -> str:
    """The /progress caption (well under Telegram's 1,024-character caption limit)."""
    words = turn.content.texts.progress
    runs = streaks(days, today, subscriber.reminder_days, paused)
    done, of = week_completion(days, today, subscriber.joined_on)
    trend = pain_trend(pain, today, TREND_DAYS)
    window = [c.score for c in pain if c.day > today - timedelta(days=TREND_DAYS)]
    pain_words = (
        words.trend_words[trend].format(first=window[0], last=window[-1])
        if window and trend != "none"
        else (words.trend_words["none"] if window else words.no_pain_yet)
    )
    if of == 1:  # the day they joined: "1 of 1 days" is no way to say it
        week = words.week_words["first_day_done" if done else "first_day_open"]
    else:
        week = words.week_words["days"].format(done=done, of=of)
    return words.summary.format(
        week=week, streak=runs.current, best=runs.best,
        total_sets=total_sets, pain=pain_words,
    )  # fmt: skip


commands = {"progress": show_progress}
taps: list[TapRoute[Any]] = [
    tap_route(PainScore, check_in, owned=True),
    tap_route(FeelingChoice, rate, owned=True),
]
