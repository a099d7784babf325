"""Reading a reminder time the way people type it: 07:30, 7:30, 7.30am, 7am, 19:00."""

from __future__ import annotations

import re
from datetime import time

_TIME = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?\s*"
    r"(?P<half>a\.?\s?m\.?|p\.?\s?m\.?)?\s*$",
    re.IGNORECASE,
)


def parse_time(text: str) -> time | None:
    """The time meant, or None if the text is not a valid time of day."""
    match = _TIME.match(text)
    if match is None:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    half = (match["half"] or "").lower().replace(".", "").replace(" ", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match["minute"] is None:
        return None  # a bare number like "7" is too ambiguous to store
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_hhmm(value: time) -> str:
    """The stored form: zero-padded 24-hour HH:MM."""
    return f"{value.hour:02d}:{value.minute:02d}"
