"""Time as a dependency: the bot asks a clock, tests move one by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current instant, always timezone-aware UTC."""

    def now(self) -> datetime:
        """Return the current instant in UTC."""
        ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        """Return the current instant in UTC."""
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; for tests and simulations."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        """Return the current (frozen) instant."""
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock forward and return the new instant."""
        self._now += delta
        return self._now

    def set(self, instant: datetime) -> None:
        """Jump to an instant (aware)."""
        self._now = instant.astimezone(UTC)
