"""Counters the reliability tests add to; `make soak` prints them as a table at the end."""

from __future__ import annotations

from collections import Counter

# One tally per test session (pytest runs the suite in one process).
TALLY: Counter[str] = Counter()

ROWS = [
    ("updates fuzzed", "updates"),
    ("callback queries fuzzed", "callback_queries"),
    ("faults injected", "faults"),
    ("crashes survived", "crashes"),
    ("reminders expected", "reminders_expected"),
    ("reminders sent", "reminders_sent"),
    ("reminders duplicated", "reminders_duplicated"),
    ("taps acknowledged", "taps_acknowledged"),
    ("taps stored", "taps_stored"),
    ("RSS growth in a simulated hour, MB", "rss_growth_mb"),
    ("invariant violations (must be 0)", "violations"),
]


def table() -> str:
    """The tally as an aligned two-column table."""
    width = max(len(label) for label, _ in ROWS)
    return "\n".join(f"{label:<{width}}  {TALLY[key]:>8,}" for label, key in ROWS)
