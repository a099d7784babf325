"""When a reminder fires: local wall-clock times turned into UTC instants, DST-correct."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

EVERY_DAY = 0b1111111  # bit 0 = Monday ... bit 6 = Sunday
WEEKDAYS = 0b0011111


def parse_hhmm(value: str) -> time:
    """Parse a stored 'HH:MM' reminder time."""
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def local_date(instant: datetime, timezone: str) -> date:
    """The calendar date at `instant` in `timezone`."""
    return instant.astimezone(ZoneInfo(timezone)).date()


def fires_on(day: date, days_mask: int) -> bool:
    """Whether a reminder is wanted on this local date."""
    return bool(days_mask & (1 << day.weekday()))


def resolve_local(day: date, at: time, timezone: str) -> datetime:
    """The UTC instant of a local wall-clock time, with DST rules made explicit.

    On a fall-back day the time happens twice: the first occurrence (fold=0) is taken, so a
    reminder fires once. On a spring-forward day the time may not exist at all: the first valid
    local instant after it is taken (the moment the clocks jump).
    """
    zone = ZoneInfo(timezone)
    wall = datetime.combine(day, at, tzinfo=zone)
    instant = wall.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == wall.replace(tzinfo=None):
        return instant
    # In a gap: walk forward a minute at a time to the first wall time that exists.
    probe = wall.replace(tzinfo=None)
    for _ in range(24 * 60):
        probe += timedelta(minutes=1)
        candidate = probe.replace(tzinfo=zone)
        if candidate.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == probe:
            return candidate.astimezone(UTC)
    raise ValueError(f"no valid local time after {day} {at} in {timezone}")  # pragma: no cover


def next_reminder_at(
    *, timezone: str, reminder_time: str, days_mask: int, after: datetime
) -> datetime | None:
    """The first reminder instant strictly after `after`, or None when no weekday is chosen."""
    if days_mask & EVERY_DAY == 0:
        return None
    at = parse_hhmm(reminder_time)
    start = local_date(after, timezone)
    for offset in range(9):
        day = start + timedelta(days=offset)
        if not fires_on(day, days_mask):
            continue
        candidate = resolve_local(day, at, timezone)
        if candidate > after:
            return candidate
    raise AssertionError("a chosen weekday always occurs within 9 days")  # pragma: no cover
