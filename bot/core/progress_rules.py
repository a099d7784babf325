"""Streaks, pain trends and dose feedback from plain records: no Telegram, no SQL."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.content.models import Feedback
from bot.core.records import DayRecord, Feeling, PainCheckin, PausedSpan

# Pain rising by this many points across the last few check-ins calls for stepping down.
PAIN_RISE_POINTS = 2
PAIN_RISE_WINDOW = 3


@dataclass(frozen=True)
class Streaks:
    """The current run of completed days and the best run ever."""

    current: int
    best: int


def _scheduled(day: date, reminder_days: int) -> bool:
    return bool(reminder_days & (1 << day.weekday()))


def paused_days(spans: Iterable[PausedSpan], today: date) -> frozenset[date]:
    """Every local day inside a pause, up to today (a pause still running ends today)."""
    days: set[date] = set()
    for span in spans:
        day, last = span.first, min(span.last or today, today)
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def streaks(
    records: Iterable[DayRecord],
    today: date,
    reminder_days: int = 0b1111111,
    paused: Collection[date] = frozenset(),
) -> Streaks:
    """Consecutive completed days, counted over the days the person is reminded.

    A day skipped for pain, a day without a reminder and a day inside a /pause (`paused`)
    neither add to a streak nor break it; any other scheduled day without a completed routine
    breaks it. Today breaks nothing until it is over.
    """
    by_day = {record.day: record for record in records}
    if not by_day:
        return Streaks(0, 0)
    current = best = 0
    day = min(by_day)
    while day <= today:
        record = by_day.get(day)
        if record is not None and record.completed:
            current += 1
        elif (
            (record is not None and record.skipped_reason == "pain")
            or not _scheduled(day, reminder_days)
            or day in paused
        ):
            pass
        elif day != today:
            current = 0
        best = max(best, current)
        day += timedelta(days=1)
    return Streaks(current, best)


def week_completion(
    records: Iterable[DayRecord], today: date, joined: date | None = None
) -> tuple[int, int]:
    """Routines completed in the last 7 days (today included), out of 7, or out of the days
    since the person joined (`joined`, their first local day) in their first week."""
    start = today - timedelta(days=6)
    done = sum(1 for r in records if r.completed and start <= r.day <= today)
    if joined is None or joined <= start:
        return done, 7
    return done, max(done, (today - min(joined, today)).days + 1)


def pain_is_rising(checkins: Sequence[PainCheckin]) -> bool:
    """Whether pain rose by PAIN_RISE_POINTS or more across the last PAIN_RISE_WINDOW check-ins."""
    recent = sorted(checkins, key=lambda c: c.day)[-PAIN_RISE_WINDOW:]
    if len(recent) < PAIN_RISE_WINDOW:
        return False
    return recent[-1].score - recent[0].score >= PAIN_RISE_POINTS


def pain_trend(checkins: Sequence[PainCheckin], today: date, days: int = 14) -> str:
    """'up', 'down', 'steady' or 'none': the last `days` days' first half against the second."""
    start = today - timedelta(days=days - 1)
    window = sorted((c for c in checkins if start <= c.day <= today), key=lambda c: c.day)
    if len(window) < 2:
        return "none"
    half = len(window) // 2
    early = sum(c.score for c in window[:half]) / half
    late = sum(c.score for c in window[half:]) / (len(window) - half)
    if late - early >= 1:
        return "up"
    if early - late >= 1:
        return "down"
    return "steady"


def next_dose_level(level: int, feeling: Feeling, rule: Feedback) -> int:
    """The dose level after a 'how did it feel?' answer, kept within the programme's caps."""
    step = {"too_easy": rule.too_easy, "about_right": rule.about_right, "too_hard": rule.too_hard}
    return min(rule.max_level, max(rule.min_level, level + step[feeling]))
