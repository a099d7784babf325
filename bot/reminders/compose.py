"""Today's routine as a Telegram message: the one place the reminder's text and buttons are made.

The routine a person is shown for a local day is frozen in the `routines` table the first time it
is shown, so buttons tapped later match what they saw even if the programme changes meanwhile.
"""

from __future__ import annotations

import json
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.routine import RoutinePlan, build_routine, render_routine_text
from bot.reminders.sender import OutgoingMessage
from bot.reminders.snooze import snooze_button
from bot.services import BotServices
from bot.store.models import Subscriber


async def compose_routine_message(
    services: BotServices, subscriber: Subscriber, day: date, *, snoozable: bool = True
) -> OutgoingMessage:
    """The routine of `day` for `subscriber`: its text and keyboard, the plan kept for taps.

    `snoozable` adds the "Snooze 30 min" button (left off the snoozed repeat itself).
    """
    content = services.content
    fresh = build_routine(
        content,
        phase=subscriber.phase,
        day=day,
        programme_start=subscriber.programme_start,
        dose_level=subscriber.dose_level,
    )
    fresh_json = _plan_to_json(fresh)
    kept_json = await services.repo.routine_plans.keep(
        subscriber.user_id, day, phase=subscriber.phase, plan_json=fresh_json,
        now=services.clock.now(),
    )  # fmt: skip
    plan = fresh if kept_json == fresh_json else _plan_like(fresh, kept_json)
    rows: list[list[InlineKeyboardButton]] = []
    if snoozable:
        rows.append([snooze_button(content.texts, day)])
    return OutgoingMessage(
        text=render_routine_text(plan, content),
        reply_markup=InlineKeyboardMarkup(rows) if rows else None,
    )


def _plan_to_json(plan: RoutinePlan) -> str:
    """The plan as stored in `routines.plan_json`."""
    return json.dumps(plan.to_dict(), sort_keys=True)


def _plan_like(fresh: RoutinePlan, stored_json: str) -> RoutinePlan:
    """The plan kept earlier for the day."""
    return RoutinePlan.from_dict(json.loads(stored_json))
