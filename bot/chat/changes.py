"""Changing a subscriber's schedule: one place that saves and recomputes the next reminder."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.core.calendar_words import date_at_time
from bot.core.reminder_rules import schedule_past
from bot.core.routine import RoutinePlan
from bot.core.schedule import local_date
from bot.core.subscriber import Phase, Subscriber
from bot.reminders.compose import plan_for
from bot.store.pauses import PauseChange

if TYPE_CHECKING:
    from bot.content.loader import Content
    from bot.services import BotServices


async def change(services: BotServices, subscriber: Subscriber, **changes: Any) -> Subscriber:
    """Save the changes and the next reminder instant they imply, in one write."""
    now = services.clock.now()
    planned = replace(subscriber, **changes)
    delivered = await services.repo.deliveries.last_routine_day(subscriber.user_id)
    grace = services.settings.missed_reminder_grace
    changes["next_reminder_at"] = schedule_past(planned, now, delivered, grace)
    pause = _pause_change(subscriber, planned, local_date(now, planned.timezone))
    updated = await services.repo.subscribers.update_fields(
        subscriber.user_id, now, changes, pause
    )
    saved = updated if updated is not None else planned
    if saved.phase != subscriber.phase:
        await _follow_phase_today(services, saved)
    return saved


async def _follow_phase_today(services: BotServices, subscriber: Subscriber) -> None:
    """Today's routine becomes the new phase's if nothing of it was recorded yet.

    Its buttons already sent name the phase they were shown in: a tap on them shows the new
    routine and records nothing (bot/chat/routine.py). Once a set is recorded, today's stays.
    """
    today = local_date(services.clock.now(), subscriber.timezone)
    plans = services.repo.routine_plans
    if await plans.get(subscriber.user_id, today) is None:
        return  # nothing shown today: the first routine shown will be the new phase's
    plan_json = await plan_for(services, subscriber, today)
    await plans.replace_untouched(
        subscriber.user_id, today, phase=subscriber.phase, plan_json=plan_json
    )


def _pause_change(before: Subscriber, after: Subscriber, today: date) -> PauseChange | None:
    """The days a pause covers, kept: they neither break a streak nor add to it."""
    if after.paused and (not before.paused or after.paused_until != before.paused_until):
        until = after.paused_until
        last = None if until is None else local_date(until, after.timezone)
        return PauseChange(today, begins=True, last=last)
    if before.paused and not after.paused:
        return PauseChange(today, begins=False)
    return None


async def resume(services: BotServices, subscriber: Subscriber) -> Subscriber:
    """Reminders on again: no pause, and active after a /stop."""
    return await change(
        services, subscriber, paused=False, paused_until=None, status="active", status_reason=None
    )


def next_reminder_words(services: BotServices, subscriber: Subscriber) -> str:
    """'Thu 26 Nov at 07:30' in the person's timezone, 'coming now' when it is already due (a
    time gone by, kept because today's routine is still owed), or why none comes."""
    texts = services.content.texts
    words = texts.account
    if subscriber.next_reminder_at is None:
        if subscriber.status == "stopped":
            return words.no_reminder_stopped
        return words.no_reminder_paused if subscriber.paused else words.no_reminder
    if subscriber.next_reminder_at <= services.clock.now():
        return words.reminder_coming_now
    local = subscriber.next_reminder_at.astimezone(ZoneInfo(subscriber.timezone))
    return date_at_time(local, texts.dates)


async def phase_kept_today(services: BotServices, subscriber: Subscriber) -> str | None:
    """'Today's routine stays the Recovering one...' when today's routine was already shown in
    another phase than the person's now (and something of it recorded: `change` switched it
    otherwise), else None.

    A day's routine is frozen once a set of it is recorded, so what was recorded keeps
    matching its plan; the new phase starts with the next day's.
    """
    today = local_date(services.clock.now(), subscriber.timezone)
    kept = await services.repo.routine_plans.get(subscriber.user_id, today)
    if kept is None:
        return None
    kept_phase = RoutinePlan.from_dict(json.loads(kept)).phase
    if kept_phase == subscriber.phase:
        return None
    return phase_stays_words(services.content, kept_phase, subscriber.phase)


def phase_stays_words(content: Content, kept_phase: Phase, phase: Phase) -> str:
    """'Today's routine stays the Recovering one...': `kept_phase`'s, where `phase` is now."""
    programmes = content.programmes
    return content.texts.account.phase_today_stays.format(
        kept=programmes[kept_phase].title, phase=programmes[phase].title
    )
