"""Subscribers for scheduler tests: a plain record, or a row inserted straight into the store."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from bot.content.loader import default_content_dir, load_content
from bot.core.schedule import EVERY_DAY
from bot.core.subscriber import Subscriber
from bot.store import Repository

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """An aware UTC instant."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def subscriber(**changes: Any) -> Subscriber:
    """An active Berlin subscriber reminded at 07:30 every day, with `changes` applied."""
    base = Subscriber(
        user_id=1001,
        chat_id=1001,
        first_name="Alex",
        language_code="en",
        timezone="Europe/Berlin",
        reminder_time="07:30",
        reminder_days=EVERY_DAY,
        phase="recovering",
        programme_start=date(2026, 1, 1),
        dose_level=0,
        onboarding_step=None,
        status="active",
        status_reason=None,
        paused=False,
        paused_until=None,
        next_reminder_at=None,
        snooze_at=None,
        snooze_date=None,
        created_at=EPOCH,
        updated_at=EPOCH,
    )
    return replace(base, **changes)


async def insert_subscriber(
    repo: Repository, user_id: int, *, now: datetime, **changes: Any
) -> Subscriber:
    """Register a subscriber through the store, finish onboarding, and apply `changes`."""
    await repo.subscribers.register(
        user_id=user_id,
        chat_id=user_id,
        first_name=f"User {user_id}",
        language_code="en",
        timezone=changes.pop("timezone", "Europe/Berlin"),
        reminder_time=changes.pop("reminder_time", "07:30"),
        today=now.date(),
        now=now,
    )
    updated = await repo.subscribers.update(user_id, now, onboarding_step=None, **changes)
    assert updated is not None
    return updated


@functools.cache
def _exercise_ids() -> tuple[str, ...]:
    return tuple(load_content(default_content_dir()).exercises)


async def met_every_exercise(repo: Repository, user_id: int, now: datetime) -> None:
    """Record that `user_id` was shown every exercise's card: mornings bring the routine alone.

    For tests of the scheduler itself; tests/reminders/test_morning_cards.py covers the cards.
    """
    await repo.figures.claim_intros(user_id, _exercise_ids(), now)
