"""Reminder instants: weekdays, DST gaps and folds, and timezone changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.loader import default_content_dir, load_content
from bot.core.calendar_words import describe_days
from bot.core.schedule import (
    EVERY_DAY,
    WEEKDAYS,
    local_date,
    next_reminder_at,
    resolve_local,
)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_next_reminder_same_day_when_still_ahead() -> None:
    after = utc(2026, 11, 25, 5, 0)  # 06:00 in Berlin
    got = next_reminder_at(
        timezone="Europe/Berlin", reminder_time="07:30", days_mask=EVERY_DAY, after=after
    )
    assert got == utc(2026, 11, 25, 6, 30)


def test_next_reminder_is_strictly_after_the_instant_just_used() -> None:
    fired = utc(2026, 11, 25, 6, 30)
    got = next_reminder_at(
        timezone="Europe/Berlin", reminder_time="07:30", days_mask=EVERY_DAY, after=fired
    )
    assert got == utc(2026, 11, 26, 6, 30)


def test_weekdays_skip_the_weekend() -> None:
    friday_after = utc(2026, 11, 27, 12, 0)  # a Friday afternoon
    got = next_reminder_at(
        timezone="UTC", reminder_time="07:00", days_mask=WEEKDAYS, after=friday_after
    )
    assert got == utc(2026, 11, 30, 7, 0)  # Monday
    assert got.weekday() == 0


def test_no_days_chosen_means_no_reminder() -> None:
    assert (
        next_reminder_at(timezone="UTC", reminder_time="07:00", days_mask=0, after=utc(2026, 1, 1))
        is None
    )


@pytest.mark.parametrize(
    ("zone", "day", "wall", "expected_utc"),
    [
        # Spring forward: 02:30 does not exist; the clocks jump to 03:00 local.
        ("Europe/Berlin", date(2026, 3, 29), "02:30", utc(2026, 3, 29, 1, 0)),
        ("America/New_York", date(2026, 3, 8), "02:15", utc(2026, 3, 8, 7, 0)),
        # Fall back: 02:30 happens twice; the first occurrence is used.
        ("Europe/Berlin", date(2026, 10, 25), "02:30", utc(2026, 10, 25, 0, 30)),
        ("America/New_York", date(2026, 11, 1), "01:30", utc(2026, 11, 1, 5, 30)),
    ],
)
def test_dst_days(zone: str, day: date, wall: str, expected_utc: datetime) -> None:
    hours, minutes = map(int, wall.split(":"))
    from datetime import time

    assert resolve_local(day, time(hours, minutes), zone) == expected_utc


def test_fall_back_day_fires_once() -> None:
    zone = "America/New_York"
    first = next_reminder_at(
        timezone=zone, reminder_time="01:30", days_mask=EVERY_DAY, after=utc(2026, 11, 1, 4, 0)
    )
    assert first == utc(2026, 11, 1, 5, 30)
    second = next_reminder_at(
        timezone=zone, reminder_time="01:30", days_mask=EVERY_DAY, after=first
    )
    # The repeated 01:30 (06:30 UTC) is not a second reminder: the next one is the next day.
    assert second == utc(2026, 11, 2, 6, 30)


def test_timezone_change_keeps_local_time() -> None:
    after = utc(2026, 6, 1, 12, 0)
    berlin = next_reminder_at(
        timezone="Europe/Berlin", reminder_time="07:00", days_mask=EVERY_DAY, after=after
    )
    tokyo = next_reminder_at(
        timezone="Asia/Tokyo", reminder_time="07:00", days_mask=EVERY_DAY, after=after
    )
    assert berlin == utc(2026, 6, 2, 5, 0)
    assert tokyo == utc(2026, 6, 1, 22, 0)


def test_describe_days() -> None:
    words = load_content(default_content_dir()).texts.dates
    assert describe_days(EVERY_DAY, words) == "every day"
    assert describe_days(WEEKDAYS, words) == "weekdays"
    assert describe_days(0b0010101, words) == "Mon, Wed, Fri"


zones = st.sampled_from(
    ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]
)


@given(
    zone=zones,
    mask=st.integers(min_value=1, max_value=127),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    after=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
)
def test_next_reminder_properties(
    zone: str, mask: int, hour: int, minute: int, after: datetime
) -> None:
    after = after.replace(tzinfo=UTC)
    got = next_reminder_at(
        timezone=zone, reminder_time=f"{hour:02d}:{minute:02d}", days_mask=mask, after=after
    )
    assert got is not None
    assert after < got <= after + timedelta(days=8, hours=1)
    day = local_date(got, zone)
    assert mask & (1 << day.weekday())
    # Never two reminders on one local date.
    following = next_reminder_at(
        timezone=zone, reminder_time=f"{hour:02d}:{minute:02d}", days_mask=mask, after=got
    )
    assert following is not None
    assert local_date(following, zone) > day
