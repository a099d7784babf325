"""Streak, pain and dose rules on plain records."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.content.loader import default_content_dir, load_content
from bot.content.models import Feedback
from bot.core.chart import ChartWords, render_progress_chart
from bot.core.progress_rules import (
    next_dose_level,
    pain_is_rising,
    pain_trend,
    paused_days,
    streaks,
    week_completion,
)
from bot.core.records import DayRecord, PainCheckin, PausedSpan

MONDAY = date(2026, 11, 23)
WEEKDAYS = 0b0011111


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def done(n: int) -> DayRecord:
    return DayRecord(day(n), completed=True)


def test_no_history_no_streak() -> None:
    assert streaks([], day(0)).current == 0


def test_today_unfinished_does_not_break_the_streak() -> None:
    runs = streaks([done(0), done(1), DayRecord(day(2), completed=False)], day(2))
    assert (runs.current, runs.best) == (2, 2)


def test_a_missed_day_breaks_it_a_pain_skip_does_not() -> None:
    records = [done(0), DayRecord(day(1), False, "pain"), done(2), done(4)]
    runs = streaks(records, day(4))
    assert (runs.current, runs.best) == (1, 2)  # the pain day keeps the run, adds nothing


def test_days_without_a_reminder_neither_count_nor_break() -> None:
    records = [done(3), done(4), done(7)]  # Thu, Fri, then Mon; the weekend is off
    assert streaks(records, day(7), WEEKDAYS).current == 3
    assert streaks(records, day(7)).current == 1  # with every day on, the weekend breaks it


@given(st.lists(st.booleans(), max_size=60))
def test_streaks_never_exceed_the_completed_days(pattern: list[bool]) -> None:
    records = [DayRecord(day(n), ok) for n, ok in enumerate(pattern)]
    runs = streaks(records, day(len(pattern)))
    assert 0 <= runs.current <= runs.best <= sum(pattern)


def test_week_completion_counts_the_last_seven_days() -> None:
    records = [done(n) for n in range(10)]
    assert week_completion(records, day(9)) == (7, 7)
    assert week_completion(records[:3], day(9)) == (0, 7)


def test_a_first_weeks_completion_counts_only_the_days_since_joining() -> None:
    records = [DayRecord(day(n), True, None, 6, 6) for n in range(3, 6)]
    assert week_completion(records, day(5), joined=day(3)) == (3, 3)  # not "3 of 7"
    assert week_completion([], day(3), joined=day(3)) == (0, 1)
    assert week_completion(records, day(9), joined=day(3)) == (3, 7)  # a week on: seven
    # A day done before the day they joined (their timezone changed since) still counts.
    assert week_completion(records, day(5), joined=day(4)) == (3, 3)


def checkins(*scores: int) -> list[PainCheckin]:
    return [PainCheckin(day(n), score) for n, score in enumerate(scores)]


def test_pain_rising_by_two_over_three_check_ins() -> None:
    assert pain_is_rising(checkins(3, 4, 5))
    assert pain_is_rising(checkins(1, 1, 3, 4, 5))
    assert not pain_is_rising(checkins(3, 5))  # too few
    assert not pain_is_rising(checkins(3, 4, 4))
    assert not pain_is_rising(checkins(6, 4, 5))


def test_pain_trend_over_fourteen_days() -> None:
    assert pain_trend(checkins(6, 6, 3, 3), day(3)) == "down"
    assert pain_trend(checkins(2, 2, 5, 5), day(3)) == "up"
    assert pain_trend(checkins(4, 4, 4, 5), day(3)) == "steady"
    assert pain_trend(checkins(4), day(3)) == "none"
    assert pain_trend(checkins(9, 9, 1), day(30)) == "none"  # too long ago


RULE = Feedback(
    too_easy=1, about_right=0, too_hard=-1, min_level=-2, max_level=2,
    hold_per_level=5, reps_per_level=2,
)  # fmt: skip


def test_dose_level_moves_with_feedback_and_stays_within_caps() -> None:
    assert next_dose_level(0, "too_easy", RULE) == 1
    assert next_dose_level(2, "too_easy", RULE) == 2
    assert next_dose_level(0, "too_hard", RULE) == -1
    assert next_dose_level(-2, "too_hard", RULE) == -2
    assert next_dose_level(1, "about_right", RULE) == 1


def test_the_chart_is_a_png_with_or_without_data() -> None:
    words = ChartWords.from_texts(load_content(default_content_dir()).texts)
    empty = render_progress_chart([], [], day(0), words)
    full = render_progress_chart(
        [DayRecord(day(-n), n % 2 == 0, None, 3, 6) for n in range(40)],
        checkins(3, 4, 5),
        day(0),
        words,
    )
    assert empty.startswith(b"\x89PNG") and full.startswith(b"\x89PNG")
    assert full != empty


def test_paused_days_neither_break_nor_extend_a_streak() -> None:
    records = [done(0), done(1), done(5)]
    paused = paused_days([PausedSpan(day(2), day(4))], day(5))
    assert paused == {day(2), day(3), day(4)}
    assert streaks(records, day(5), paused=paused).current == 3
    assert streaks(records, day(5)).current == 1  # the same days without a pause break it


def test_a_pause_still_running_covers_up_to_today_and_a_missed_day_after_one_breaks() -> None:
    assert paused_days([PausedSpan(day(2), None)], day(4)) == {day(2), day(3), day(4)}
    assert paused_days([PausedSpan(day(2), day(9))], day(3)) == {day(2), day(3)}
    paused = paused_days([PausedSpan(day(2), day(3))], day(6))
    assert streaks([done(0), done(1), done(5), done(6)], day(6), paused=paused).current == 2
