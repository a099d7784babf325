"""Reading a reminder time the way people type it.

Accepted: 07:30, 7:30, 7.30, 7,30, 07:30:00, 0730, 7h30, 19h, 7am, 7.30 pm, noon, midnight,
"half seven pm", "quarter past 7 in the morning", "seven thirty am", and any of them said roughly
("around 8", "about 7:30", "8ish"). A time that could be morning
or evening ("7", "seven", "half seven") is not guessed: `read_time` returns both readings so the
person can choose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

_NUMERIC = re.compile(
    r"^(?:at\s+)?(?P<hour>\d{1,2})"
    r"(?:\s*[:.h,]\s*(?P<minute>\d{2})(?:\s*:\s*(?P<second>\d{2}))?|(?P<h>h))?\s*"
    r"(?P<half>a\.?\s?m\.?|p\.?\s?m\.?|in the morning|in the evening|at night|o'?clock)?$"
)
# "around 8", "at about 7:30", "8ish": a reminder time is one time, said roughly or not.
_ROUGHLY = re.compile(
    r"^(?:at\s+)?(?:around|about|roughly|approximately|approx\.?|circa)\s+|\s*-?ish$"
)
_COMPACT = re.compile(r"^(?P<hour>\d{1,2})(?P<minute>\d{2})(?:\s*hrs?)?$")
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MINUTE_WORDS = {"oh five": 5, "fifteen": 15, "thirty": 30, "forty five": 45, "forty-five": 45}
_HALF_WORDS = {
    "in the morning": "am", "morning": "am",
    "in the evening": "pm", "evening": "pm", "at night": "pm",
}  # fmt: skip
_SPOKEN = re.compile(
    r"^(?:at\s+)?(?:(?P<lead>half|quarter)\s+(?P<rel>past|to)?\s*)?(?P<hour>[a-z]+|\d{1,2})"
    r"(?:\s+(?P<minute>oh five|fifteen|thirty|forty[ -]five))?"
    r"(?:\s*(?P<half>a\.?m\.?|p\.?m\.?|in the morning|in the evening|morning|evening|at night"
    r"|o'?clock))?$"
)


@dataclass(frozen=True)
class TimeReading:
    """What typed text means as a time: one time, or a choice between readings, or nothing."""

    value: time | None
    choices: tuple[time, ...] = ()


def _half(raw: str | None) -> str:
    """'am', 'pm' or '' for the words after a time ("p.m.", "in the morning", "o'clock")."""
    if not raw:
        return ""
    squeezed = raw.replace(".", "").replace(" ", "")
    return squeezed if squeezed in ("am", "pm") else _HALF_WORDS.get(raw, "")


def _resolve(hour: int, minute: int, half: str, *, bare: bool) -> TimeReading:
    """Apply am/pm; a bare 1-12 with nothing to say which half of the day is a choice."""
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return TimeReading(None)
    if half:
        if not 1 <= hour <= 12:
            return TimeReading(None)
        return TimeReading(time(hour % 12 + (12 if half == "pm" else 0), minute))
    if bare and 1 <= hour <= 12:
        return TimeReading(None, (time(hour % 12, minute), time(hour % 12 + 12, minute)))
    return TimeReading(time(hour, minute))


def _numeric(text: str) -> TimeReading | None:
    match = _NUMERIC.match(text)
    if match is None:
        compact = _COMPACT.match(text)
        if compact is None:
            return None
        # "0730", "730", "1900": hours and minutes run together (always 24-hour).
        return _resolve(int(compact["hour"]), int(compact["minute"]), "", bare=False)
    if match["second"] is not None and int(match["second"]) > 59:
        return TimeReading(None)
    raw_half = match["half"] or ""  # "7 o'clock" says nothing about the half of the day
    # "07:30" or "19h" read as 24-hour; "7" alone, "7 o'clock" or "7.30" keep both readings
    # only when the hour could be either (a leading zero says morning).
    bare = match["h"] is None and not match["hour"].startswith("0") and match["minute"] is None
    return _resolve(int(match["hour"]), int(match["minute"] or 0), _half(raw_half), bare=bare)


def _spoken(text: str) -> TimeReading | None:
    match = _SPOKEN.match(text)
    if match is None:
        return None
    raw_hour = match["hour"]
    hour = int(raw_hour) if raw_hour.isdigit() else _WORDS.get(raw_hour)
    if hour is None or not 1 <= hour <= 12:
        return None
    minute = _MINUTE_WORDS.get((match["minute"] or "").replace("-", " "), 0)
    lead, rel = match["lead"], match["rel"]
    if lead == "half":
        if rel == "to":
            return None
        minute = 30  # "half seven" (British) and "half past seven" both mean 7:30
    elif lead == "quarter":
        if rel is None:
            return None
        minute = 15 if rel == "past" else 45
        hour = hour if rel == "past" else (hour - 2) % 12 + 1
    return _resolve(hour, minute, _half(match["half"]), bare=True)


def read_time(text: str) -> TimeReading:
    """Everything the text could mean as a time of day."""
    folded = _ROUGHLY.sub("", " ".join(text.strip().casefold().split()))
    if folded in ("noon", "midday", "12 noon"):
        return TimeReading(time(12, 0))
    if folded == "midnight":
        return TimeReading(time(0, 0))
    for reader in (_numeric, _spoken):
        reading = reader(folded)
        if reading is not None:
            return reading
    return TimeReading(None)


def parse_time(text: str) -> time | None:
    """The time meant, or None if the text is not one unambiguous time of day."""
    return read_time(text).value


def format_hhmm(value: time) -> str:
    """The stored form: zero-padded 24-hour HH:MM."""
    return f"{value.hour:02d}:{value.minute:02d}"
