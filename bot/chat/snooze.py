"""The "Snooze 30 min" button on the morning routine: a one-off repeat kept in the database."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.chat.taps import Tapped, TapRoute, tap_route
from bot.chat.turn import Turn
from bot.core.reminder_rules import snooze_allowed, snooze_until
from bot.reminders.routine_keyboard import SnoozeData


async def snooze(turn: Turn, tap: Tapped[SnoozeData]) -> None:
    """Store a repeat of the routine 30 minutes from now and say when it will come."""
    texts, day, user_id = turn.content.texts, tap.data.day, turn.person.person_id
    now = turn.clock.now()
    subscriber = await turn.repo.subscribers.get(user_id)
    if subscriber is None or not snooze_allowed(subscriber, day, now):
        await tap.answer(texts.reminders.snooze_unavailable)
        return
    at = snooze_until(now)
    if not await turn.repo.deliveries.set_snooze(user_id, day=day, at=at, now=now):
        await tap.answer(texts.reminders.snooze_again)
        return
    local_time = at.astimezone(ZoneInfo(subscriber.timezone)).strftime("%H:%M")
    await tap.answer(texts.reminders.snoozed.format(time=local_time))


commands: dict[str, Callable[[Turn], Awaitable[None]]] = {}  # a tap only
taps: list[TapRoute[Any]] = [tap_route(SnoozeData, snooze)]
