"""`schedule_past`: the next reminder after a change, never on a local day already served."""

from __future__ import annotations

from datetime import date, timedelta

from bot.core.reminder_rules import schedule_past
from tests.reminders.factories import subscriber, utc

GRACE = timedelta(hours=2)


def test_without_a_routine_sent_today_the_change_can_still_bring_it_today() -> None:
    alex = subscriber(reminder_time="10:00")
    now = utc(2026, 11, 25, 8)  # 09:00 in Berlin
    assert schedule_past(alex, now, None, GRACE) == utc(2026, 11, 25, 9)
    assert schedule_past(alex, now, date(2026, 11, 24), GRACE) == utc(2026, 11, 25, 9)


def test_a_day_already_served_moves_the_reminder_to_the_next_day() -> None:
    alex = subscriber(reminder_time="10:00")
    assert schedule_past(alex, utc(2026, 11, 25, 8), date(2026, 11, 25), GRACE) == utc(
        2026, 11, 26, 9
    )


def test_a_midnight_reminder_after_todays_comes_at_the_next_midnight() -> None:
    alex = subscriber(reminder_time="00:00")
    # Served at 00:00 on the 25th in Berlin; moved to New York at 03:00 UTC, its 25th is to come.
    west = subscriber(reminder_time="00:00", timezone="America/New_York")
    assert schedule_past(alex, utc(2026, 11, 25, 11), date(2026, 11, 25), GRACE) == utc(
        2026, 11, 25, 23
    )
    assert schedule_past(west, utc(2026, 11, 25, 3), date(2026, 11, 25), GRACE) == utc(
        2026, 11, 26, 5
    )


def test_moving_east_past_a_served_day_keeps_the_next_one() -> None:
    # Served the 25th in New York; now in Tokyo it is already the 26th: its 07:30 is next.
    tokyo = subscriber(timezone="Asia/Tokyo")
    assert schedule_past(tokyo, utc(2026, 11, 25, 16), date(2026, 11, 25), GRACE) == utc(
        2026, 11, 25, 22, 30
    )


def test_a_spring_forward_gap_on_the_next_day_is_resolved_as_ever() -> None:
    # 02:30 does not exist in Berlin on 29 March 2026: the reminder comes as the clocks jump.
    alex = subscriber(reminder_time="02:30")
    served = date(2026, 3, 28)
    assert schedule_past(alex, utc(2026, 3, 28, 5), served, GRACE) == utc(2026, 3, 29, 1)


def test_no_reminder_wanted_stays_none() -> None:
    assert schedule_past(subscriber(status="stopped"), utc(2026, 11, 25, 8), None, GRACE) is None


def test_the_minute_of_the_reminder_time_still_counts_as_to_come() -> None:
    alex = subscriber(reminder_time="07:30")
    assert schedule_past(alex, utc(2026, 11, 25, 6, 30, 20), None, GRACE) == utc(
        2026, 11, 25, 6, 30
    )
    assert schedule_past(alex, utc(2026, 11, 25, 6, 31), None, GRACE) == utc(2026, 11, 26, 6, 30)


def test_a_reminder_due_and_not_yet_claimed_stays_owed_within_the_grace() -> None:
    due = utc(2026, 11, 25, 6, 30)
    waiting = subscriber(next_reminder_at=due)
    assert schedule_past(waiting, utc(2026, 11, 25, 6, 50), None, GRACE) == due
    assert schedule_past(waiting, utc(2026, 11, 25, 9), None, GRACE) == utc(2026, 11, 26, 6, 30)
    # Claimed and sent already: the journal's day moves it on, as ever.
    served = date(2026, 11, 25)
    assert schedule_past(waiting, utc(2026, 11, 25, 6, 50), served, GRACE) == utc(
        2026, 11, 26, 6, 30
    )
