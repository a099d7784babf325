"""The subscriber record the core works on and the store maps its rows to.

No Telegram types and no SQL rows: a messaging adapter and the repository both speak it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from bot.core.schedule import local_date

Phase = Literal["acute", "recovering", "prevention"]
Status = Literal["active", "stopped", "blocked"]
# The set-up step a new subscriber is on (None once set up).
OnboardingStep = Literal["timezone", "time", "phase"]


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
    onboarding_step: OnboardingStep | None
    status: Status
    status_reason: str | None
    paused: bool
    paused_until: datetime | None
    next_reminder_at: datetime | None
    snooze_at: datetime | None
    snooze_date: date | None
    created_at: datetime
    updated_at: datetime
    step_version: int = 0  # new on every change of onboarding_step; never reused (store counter)
    # The message that said "reminders are back" at an unblock, while nothing followed it.
    unblock_notice_chat: str | None = None
    unblock_notice_id: str | None = None
    unblock_notice_at: datetime | None = None

    @property
    def joined_on(self) -> date:
        """The local day they first started the bot (in their timezone now)."""
        return local_date(self.created_at, self.timezone)

    @property
    def is_active(self) -> bool:
        """Whether reminders may be sent (subscribed, not blocked)."""
        return self.status == "active"
