"""The records of what happens each day: routines done or skipped, check-ins, deliveries.

Plain data the core works on and the store maps its rows to (the subscriber is in
`bot.core.subscriber`): no Telegram types, no SQL rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.core.subscriber import Subscriber

Feeling = Literal["too_easy", "about_right", "too_hard"]
SkipReason = Literal["pain", "no_time", "other"]
FEELINGS: tuple[Feeling, ...] = ("too_easy", "about_right", "too_hard")
SKIP_REASONS: tuple[SkipReason, ...] = ("pain", "no_time", "other")
DeliveryKind = Literal["routine", "snooze"]


@dataclass(frozen=True)
class DayRecord:
    """What happened to one local day's routine."""

    day: date
    completed: bool
    skipped_reason: SkipReason | None = None
    sets_done: int = 0
    sets_planned: int = 0


@dataclass(frozen=True)
class PausedSpan:
    """The local days of one /pause, first to last (None: still paused, until /resume)."""

    first: date
    last: date | None


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
