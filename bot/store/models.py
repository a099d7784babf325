"""Plain records the store returns: no Telegram types, no SQL rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

Phase = Literal["acute", "recovering", "prevention"]
Status = Literal["active", "stopped", "blocked"]


def to_epoch(instant: datetime) -> int:
    """Store instants as whole UTC epoch seconds."""
    return int(instant.timestamp())


def from_epoch(value: int | None) -> datetime | None:
    """Read a stored epoch back as an aware UTC datetime."""
    return None if value is None else datetime.fromtimestamp(value, UTC)


@dataclass(frozen=True)
class Subscriber:
    """A person who started the bot, with their schedule and programme."""

    user_id: int
    chat_id: int
    first_name: str
    language_code: str | None
    timezone: str
    reminder_time: str
    reminder_days: int
    phase: Phase
    programme_start: date
    dose_level: int
    onboarding_step: str | None
    status: Status
    status_reason: str | None
    paused: bool
    paused_until: datetime | None
    next_reminder_at: datetime | None
    snooze_at: datetime | None
    snooze_date: date | None
    created_at: datetime
    updated_at: datetime
    step_version: int = 0  # bumped on every change of onboarding_step

    @property
    def is_active(self) -> bool:
        """Whether reminders may be sent (subscribed, not blocked)."""
        return self.status == "active"
