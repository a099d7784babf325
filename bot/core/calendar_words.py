"""Dates and reminder days in words, from content's `dates` texts (another language is content).

Only the digits of a day and of a 24-hour time are written here; every name and every order of
the parts comes from `content/texts.yaml`.
"""

from __future__ import annotations

from datetime import date, datetime

from bot.content.texts import DateTexts
from bot.core.schedule import EVERY_DAY, WEEKDAYS


def weekday_name(day: date, words: DateTexts) -> str:
    """'Thursday'."""
    return words.weekday_names[day.weekday()]


def day_month(day: date, words: DateTexts, *, short: bool = False) -> str:
    """'26 November', or '26 Nov' when `short`."""
    months = words.month_short_names if short else words.month_names
    return words.day_month.format(day=day.day, month=months[day.month - 1])


def short_date(day: date, words: DateTexts) -> str:
    """'Thu 26 Nov'."""
    return words.short_date.format(
        weekday=words.weekday_short_names[day.weekday()],
        day=day.day,
        month=words.month_short_names[day.month - 1],
    )


def date_at_time(local: datetime, words: DateTexts) -> str:
    """'Thu 26 Nov at 07:30', for a local wall-clock instant."""
    return words.date_at_time.format(date=short_date(local.date(), words), time=f"{local:%H:%M}")


def describe_days(days_mask: int, words: DateTexts) -> str:
    """A weekday mask in words: 'every day', 'weekdays', 'no days' or 'Mon, Wed, Fri'."""
    if days_mask & EVERY_DAY == EVERY_DAY:
        return words.every_day
    if days_mask == WEEKDAYS:
        return words.weekdays
    if days_mask == 0:
        return words.no_days
    names = words.weekday_short_names
    return words.list_separator.join(
        name for bit, name in enumerate(names) if days_mask & (1 << bit)
    )
