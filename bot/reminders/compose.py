"""Today's routine as a message: the one place the reminder's text and choices are made.

The routine a person is shown for a local day is frozen in the `routines` table the first time it
is shown, so buttons tapped later match what they saw even if the programme changes meanwhile.
"""

from __future__ import annotations

import json
from datetime import date

from bot.content.loader import Content
from bot.core.routine import RoutinePlan, build_routine, render_routine_text
from bot.core.subscriber import Subscriber
from bot.reminders.routine_keyboard import routine_choices, snooze_choice
from bot.reminders.sender import OutgoingMessage
from bot.services import BotServices


async def compose_routine_message(
    services: BotServices,
    subscriber: Subscriber,
    day: date,
    *,
    snoozable: bool = True,
    max_choices: int | None = None,
    max_label: int | None = None,
) -> OutgoingMessage:
    """The routine of `day` for `subscriber`: its text and choices, the plan kept for taps.

    `snoozable` adds the "Snooze 30 min" button (left off the snoozed repeat itself); a channel
    with fewer than the full layout's choices (`max_choices`, `max_label`) gets the compact one.
    """
    kept_json = await services.repo.routine_plans.keep(
        subscriber.user_id, day, phase=subscriber.phase,
        plan_json=fresh_plan_json(services.content, subscriber, day), now=services.clock.now(),
    )  # fmt: skip
    done = await services.repo.sets.sets_done(subscriber.user_id, day)
    return routine_message(services.content, kept_json, done, day, snoozable=snoozable,
                           max_choices=max_choices, max_label=max_label)  # fmt: skip


def fresh_plan_json(content: Content, subscriber: Subscriber, day: date) -> str:
    """Today's routine for `subscriber` as built now, in the form the `routines` table keeps."""
    fresh = build_routine(
        content,
        phase=subscriber.phase,
        day=day,
        programme_start=subscriber.programme_start,
        dose_level=subscriber.dose_level,
    )
    return json.dumps(fresh.to_dict())


def routine_message(
    content: Content,
    plan_json: str,
    done: dict[str, int],
    day: date,
    *,
    snoozable: bool,
    max_choices: int | None = None,
    max_label: int | None = None,
) -> OutgoingMessage:
    """The message for a kept plan with `done` sets already recorded (no I/O)."""
    plan = RoutinePlan.from_dict(json.loads(plan_json))
    extra = (snooze_choice(content.texts, day),) if snoozable else ()
    choices = routine_choices(plan, done, content.texts, extra=extra, max_choices=max_choices,
                              max_label=max_label)  # fmt: skip
    return OutgoingMessage(
        text=render_routine_text(plan, content),
        choices=choices,
        exercises=tuple(item.exercise_id for item in plan.items),
    )
