"""The scheduler's rules with injected instants: DST, weekdays, pauses, downtime, snooze."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from bot.core.reminder_rules import (
    SNOOZE_DELAY,
    decide_due,
    schedule_for,
    snooze_allowed,
    snooze_owed,
    snooze_until,
)
from bot.core.schedule import WEEKDAYS
from bot.core.subscriber import Subscriber
from tests.reminders.factories import subscriber, utc

GRACE = timedelta(hours=2)


def simulate(
    person: Subscriber, start: datetime, until: datetime, *, tick: timedelta
) -> list[tuple[date, datetime]]:
    """Tick every `tick` from `start` to `until` as the scheduler would; return what was sent."""
    person = replace(person, next_reminder_at=schedule_for(person, start))
    sent: list[tuple[date, datetime]] = []
    now = start
    while now < until:
        due = person.next_reminder_at
        if due is not None and due <= now:
            decision = decide_due(person, now, GRACE)
            if decision.action == "send":
                assert decision.day is not None
                sent.append((decision.day, due))
            person = replace(person, next_reminder_at=decision.next_at)
        now += tick
    return sent


@pytest.mark.parametrize(
    ("zone", "wall", "start", "expected"),
    [
        pytest.param(
            "Europe/Berlin", "02:30", utc(2026, 3, 27, 0, 0),
            [utc(2026, 3, 27, 1, 30), utc(2026, 3, 28, 1, 30),
             utc(2026, 3, 29, 1, 0),  # 02:30 does not exist: the clocks jump to 03:00 CEST
             utc(2026, 3, 30, 0, 30)],
            id="berlin-spring-forward",
        ),
        pytest.param(
            "Europe/Berlin", "02:30", utc(2026, 10, 24, 0, 0),
            [utc(2026, 10, 24, 0, 30),
             utc(2026, 10, 25, 0, 30),  # 02:30 happens twice: the first one, once
             utc(2026, 10, 26, 1, 30), utc(2026, 10, 27, 1, 30)],
            id="berlin-fall-back",
        ),
        pytest.param(
            "America/New_York", "02:30", utc(2026, 3, 7, 0, 0),
            [utc(2026, 3, 7, 7, 30),
             utc(2026, 3, 8, 7, 0),  # 03:00 EDT, the first valid instant after 02:30
             utc(2026, 3, 9, 6, 30), utc(2026, 3, 10, 6, 30)],
            id="new-york-spring-forward",
        ),
        pytest.param(
            "America/New_York", "01:30", utc(2026, 10, 31, 0, 0),
            [utc(2026, 10, 31, 5, 30),
             utc(2026, 11, 1, 5, 30),  # 01:30 EDT; 01:30 EST an hour later is not a second one
             utc(2026, 11, 2, 6, 30), utc(2026, 11, 3, 6, 30)],
            id="new-york-fall-back",
        ),
    ],
)  # fmt: skip
def test_one_reminder_per_local_day_across_dst(
    zone: str, wall: str, start: datetime, expected: list[datetime]
) -> None:
    person = subscriber(timezone=zone, reminder_time=wall)
    sent = simulate(person, start, start + timedelta(days=4), tick=timedelta(minutes=5))
    assert [instant for _, instant in sent] == expected
    days = [day for day, _ in sent]
    assert len(set(days)) == len(days) == 4


def test_routine_day_is_the_local_date_of_the_reminder() -> None:
    # 23:30 in Los Angeles on 24 November is already the 25th in UTC.
    person = subscriber(timezone="America/Los_Angeles", reminder_time="23:30")
    sent = simulate(
        person, utc(2026, 11, 24, 12), utc(2026, 11, 25, 12), tick=timedelta(minutes=1)
    )
    assert sent == [(date(2026, 11, 24), utc(2026, 11, 25, 7, 30))]


def test_weekdays_only_skip_the_weekend() -> None:
    person = subscriber(reminder_days=WEEKDAYS, timezone="UTC", reminder_time="07:00")
    sent = simulate(person, utc(2026, 11, 26, 12), utc(2026, 12, 2, 12), tick=timedelta(hours=1))
    assert [day.strftime("%a %d") for day, _ in sent] == [
        "Fri 27", "Mon 30", "Tue 01", "Wed 02",
    ]  # fmt: skip


def test_stopped_blocked_and_open_pause_have_no_next_reminder() -> None:
    now = utc(2026, 11, 25, 5)
    assert schedule_for(subscriber(status="stopped"), now) is None
    assert schedule_for(subscriber(status="blocked"), now) is None
    assert schedule_for(subscriber(paused=True), now) is None
    assert schedule_for(subscriber(reminder_days=0), now) is None


def test_pause_until_resumes_at_the_first_reminder_after_it_ends() -> None:
    now = utc(2026, 11, 25, 5)  # Wednesday 06:00 in Berlin
    paused = subscriber(paused=True, paused_until=utc(2026, 11, 28, 9))  # Saturday 10:00
    assert schedule_for(paused, now) == utc(2026, 11, 29, 6, 30)  # Sunday 07:30
    ended = subscriber(paused=True, paused_until=utc(2026, 11, 20))  # already over
    assert schedule_for(ended, now) == utc(2026, 11, 25, 6, 30)


def test_resume_and_changes_take_effect_from_now() -> None:
    now = utc(2026, 11, 25, 5)
    assert schedule_for(subscriber(), now) == utc(2026, 11, 25, 6, 30)
    assert schedule_for(subscriber(reminder_time="06:10"), now) == utc(2026, 11, 25, 5, 10)
    assert schedule_for(subscriber(reminder_time="05:00"), now) == utc(2026, 11, 26, 4, 0)


def test_timezone_change_mid_day_points_at_the_same_local_day() -> None:
    """Berlin got its routine at 07:30; moving to New York at 10:00 must not owe a second one.

    The rules give the same local date; the journal (tests/reminders/test_store.py) refuses it.
    """
    berlin = subscriber(next_reminder_at=utc(2026, 11, 25, 6, 30))
    first = decide_due(berlin, utc(2026, 11, 25, 6, 30, 5), GRACE)
    assert (first.action, first.day) == ("send", date(2026, 11, 25))
    moved = replace(berlin, timezone="America/New_York")
    next_at = schedule_for(moved, utc(2026, 11, 25, 9))
    assert next_at == utc(2026, 11, 25, 12, 30)  # 07:30 in New York, still the 25th there
    again = decide_due(replace(moved, next_reminder_at=next_at), next_at, GRACE)
    assert again.day == first.day
    assert again.next_at == utc(2026, 11, 26, 12, 30)


@pytest.mark.parametrize(
    ("late_by", "action"),
    [
        (timedelta(seconds=5), "send"),
        (timedelta(hours=1, minutes=59), "send"),
        (timedelta(hours=2, minutes=1), "skip"),
        (timedelta(days=3), "skip"),
    ],
)
def test_grace_window_after_downtime(late_by: timedelta, action: str) -> None:
    due = utc(2026, 11, 25, 6, 30)
    decision = decide_due(subscriber(next_reminder_at=due), due + late_by, GRACE)
    assert decision.action == action
    assert decision.day == date(2026, 11, 25)
    assert decision.next_at is not None
    assert decision.next_at > due + late_by  # never a row left due in the past
    assert decision.next_at - (due + late_by) <= timedelta(days=1)


def test_a_pause_or_stop_since_the_row_was_scheduled_sends_nothing() -> None:
    due = utc(2026, 11, 25, 6, 30)
    paused = decide_due(subscriber(next_reminder_at=due, paused=True), due, GRACE)
    assert (paused.action, paused.next_at) == ("reschedule", None)
    stopped = decide_due(subscriber(next_reminder_at=due, status="stopped"), due, GRACE)
    assert (stopped.action, stopped.next_at) == ("reschedule", None)
    until = subscriber(next_reminder_at=due, paused=True, paused_until=utc(2026, 11, 26, 12))
    assert decide_due(until, due, GRACE).next_at == utc(2026, 11, 27, 6, 30)


def test_snooze_comes_back_thirty_minutes_later_on_the_same_day_only() -> None:
    now = utc(2026, 11, 25, 6, 31)
    assert snooze_until(now) - now == SNOOZE_DELAY == timedelta(minutes=30)
    today, yesterday = date(2026, 11, 25), date(2026, 11, 24)
    assert snooze_allowed(subscriber(), today, now)
    assert not snooze_allowed(subscriber(), yesterday, now)
    assert not snooze_allowed(subscriber(paused=True), today, now)
    assert not snooze_allowed(subscriber(status="stopped"), today, now)
    assert snooze_owed(subscriber(), now)
    assert not snooze_owed(subscriber(status="blocked"), now)
