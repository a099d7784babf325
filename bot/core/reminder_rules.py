"""The morning reminder's rules, free of Telegram and SQL: when it is due and what to do then.

Every change to a subscriber's schedule (time, timezone, days, pause, resume, stop) recomputes
`next_reminder_at` with `schedule_for`; the scheduler decides each due row with `decide_due`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from bot.core.conversation import Step
from bot.core.schedule import local_date, next_reminder_at, resolve_local
from bot.core.subscriber import Subscriber

# How far a "Snooze 30 min" tap pushes the one-off repeat.
SNOOZE_DELAY = timedelta(minutes=30)

DueAction = Literal["send", "skip", "reschedule"]


@dataclass(frozen=True)
class DueDecision:
    """What to do with a reminder whose instant has come.

    `send`: deliver the routine of `day`. `skip`: the reminder was missed by more than the grace
    window (e.g. the bot was down), record it as missed. `reschedule`: nothing is owed (paused
    or unsubscribed since the instant was stored). In every case the row moves on to `next_at`.
    """

    action: DueAction
    day: date | None
    next_at: datetime | None


def schedule_for(subscriber: Subscriber, now: datetime) -> datetime | None:
    """The subscriber's next reminder instant (UTC) from `now` on, or None when none is wanted.

    Stopped or blocked: None. Set-up not finished: None (no time or timezone chosen yet).
    Paused with no end: None. Paused until T: the first reminder instant after max(now, T).
    Otherwise the first reminder instant strictly after `now`.
    """
    if not subscriber.is_active or in_setup(subscriber):
        return None
    after = now
    if subscriber.paused:
        if subscriber.paused_until is None:
            return None
        after = max(now, subscriber.paused_until)
    return next_reminder_at(
        timezone=subscriber.timezone,
        reminder_time=subscriber.reminder_time,
        days_mask=subscriber.reminder_days,
        after=after,
    )


def schedule_past(
    subscriber: Subscriber, now: datetime, delivered: date | None, grace: timedelta
) -> datetime | None:
    """`schedule_for` after a person's change, past the local day of the last routine sent
    (`delivered`), counting from `owed_since` rather than `now`.

    A day gets one routine: a later time, or a timezone to the west, set after today's came
    would otherwise name a second reminder today that the journal never lets through.
    """
    at = _first_owed(subscriber, now, grace)
    if at is None or delivered is None or local_date(at, subscriber.timezone) > delivered:
        return at
    since = owed_since(subscriber, now, grace)
    next_day = resolve_local(delivered + timedelta(days=1), time(0), subscriber.timezone)
    return schedule_for(subscriber, max(since, next_day - timedelta(microseconds=1)))


def _first_owed(subscriber: Subscriber, now: datetime, grace: timedelta) -> datetime | None:
    """The next reminder from `owed_since`; a reminder still owed today stays owed when the new
    settings want one that day at a time already gone by (07:20 set at 07:40 while 07:30 waits):
    it keeps its instant, so it comes now, within the grace, on the day it was due."""
    at = schedule_for(subscriber, owed_since(subscriber, now, grace))
    due = subscriber.next_reminder_at
    if at is None or due is None or not now - grace <= due < now:
        return at
    day = local_date(due, subscriber.timezone)
    if local_date(at, subscriber.timezone) == day:
        return at
    start = resolve_local(day, time(0), subscriber.timezone)
    earlier = schedule_for(subscriber, start - timedelta(microseconds=1))
    if earlier is not None and local_date(earlier, subscriber.timezone) == day:
        return due
    return at


def owed_since(subscriber: Subscriber, now: datetime, grace: timedelta) -> datetime:
    """The instant after which a reminder still counts as to come when a person changes a setting.

    The minute on the clock is not over: 07:30 set at 07:30:20 is today's 07:30, due at once.
    A reminder already due that no tick has claimed yet (the stored `next_reminder_at`, a busy
    morning's fan-out behind) is still owed, unless older than `grace` (it would be skipped as
    missed anyway), so changing anything meanwhile does not lose today's routine.
    """
    since = now.replace(second=0, microsecond=0)
    due = subscriber.next_reminder_at
    if due is not None and now - grace <= due < since:
        since = due
    return since - timedelta(microseconds=1)


def in_setup(subscriber: Subscriber) -> bool:
    """Whether the person is still in the first-run set-up (no reminders until it is done)."""
    return Step.stored(subscriber.onboarding_step).in_setup


def pause_covers(subscriber: Subscriber, instant: datetime) -> bool:
    """Whether a pause (open-ended, or lasting past `instant`) silences a reminder at `instant`."""
    if not subscriber.paused:
        return False
    return subscriber.paused_until is None or subscriber.paused_until > instant


def decide_due(subscriber: Subscriber, now: datetime, grace: timedelta) -> DueDecision:
    """Decide a due reminder: send it, skip it as missed, or only move the schedule on.

    The routine belongs to the local date of the instant it was due, so a reminder sent a little
    late (after downtime, within `grace`) still carries the day the person expects.
    """
    due = subscriber.next_reminder_at
    wanted = subscriber.is_active and not in_setup(subscriber)
    if due is None or not wanted or pause_covers(subscriber, due):
        return DueDecision("reschedule", None, schedule_for(subscriber, now))
    day = local_date(due, subscriber.timezone)
    action: DueAction = "skip" if now - due > grace else "send"
    return DueDecision(action, day, schedule_for(subscriber, max(now, due)))


def snooze_until(now: datetime) -> datetime:
    """When a snoozed routine comes back."""
    return now + SNOOZE_DELAY


def snooze_allowed(subscriber: Subscriber, day: date, now: datetime) -> bool:
    """A routine may be snoozed on its own local day, by an active subscriber not on a pause."""
    if not subscriber.is_active or pause_covers(subscriber, now):
        return False
    return local_date(now, subscriber.timezone) == day


def snooze_owed(subscriber: Subscriber, now: datetime) -> bool:
    """Whether a due snooze should still be delivered (not unsubscribed or paused meanwhile)."""
    return subscriber.is_active and not pause_covers(subscriber, now)
