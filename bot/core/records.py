"""Plain records the store returns: no Telegram types, no SQL rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Phase = Literal["acute", "recovering", "prevention"]
Status = Literal["active", "stopped", "blocked"]


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

    @property
    def is_active(self) -> bool:
        """Whether reminders may be sent (subscribed, not blocked)."""
        return self.status == "active"
