"""The domain's records: plain data the core works on and the store maps its rows to.

No Telegram types and no SQL rows: a messaging adapter and the repository both speak these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Phase = Literal["acute", "recovering", "prevention"]
Status = Literal["active", "stopped", "blocked"]
# The set-up step a new subscriber is on (None once set up).
OnboardingStep = Literal["timezone", "time", "phase"]
Feeling = Literal["too_easy", "about_right", "too_hard"]
SkipReason = Literal["pain", "no_time", "other"]
FEELINGS: tuple[Feeling, ...] = ("too_easy", "about_right", "too_hard")
SKIP_REASONS: tuple[SkipReason, ...] = ("pain", "no_time", "other")
DeliveryKind = Literal["routine", "snooze"]


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

    @property
    def is_active(self) -> bool:
        """Whether reminders may be sent (subscribed, not blocked)."""
        return self.status == "active"


@dataclass(frozen=True)
class DayRecord:
    """What happened to one local day's routine."""

    day: date
    completed: bool
    skipped_reason: SkipReason | None = None
    sets_done: int = 0
    sets_planned: int = 0


@dataclass(frozen=True)
class PainCheckin:
    """One day's pain score, 0 (none) to 10 (worst)."""

    day: date
    score: int


@dataclass(frozen=True)
class ClaimedDelivery:
    """A journal row this instance now owns: send `kind` of `day`'s routine to `subscriber`."""

    delivery_id: int
    subscriber: Subscriber
    day: date
    kind: DeliveryKind
