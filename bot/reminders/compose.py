"""Today's routine as a message: the one place the reminder's text and choices are made.

The routine a person is shown for a local day is frozen in the `routines` table the first time it
is shown, so buttons tapped later match what they saw even if the programme changes meanwhile.
A tick composes a whole claimed batch at once (`BatchComposer`).
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from bot.content.loader import Content
from bot.core.records import ClaimedDelivery
from bot.core.routine import (
    PRACTICE_LOOKBACK,
    RoutinePlan,
    build_routine,
    practised_days,
    render_routine_text,
)
from bot.core.subscriber import Subscriber
from bot.reminders.figure_cards import with_new_exercises
from bot.reminders.routine_keyboard import routine_choices, snooze_choice
from bot.reminders.send_window import Composed
from bot.reminders.sender import OutgoingMessage
from bot.services import BotServices
from bot.store.deliveries import DeliveryOutcome, RoutineToKeep

logger = logging.getLogger(__name__)


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
        plan_json=await plan_for(services, subscriber, day), now=services.clock.now(),
    )  # fmt: skip
    done = await services.repo.sets.sets_done(subscriber.user_id, day)
    return routine_message(services.content, kept_json, done, day, snoozable=snoozable,
                           max_choices=max_choices, max_label=max_label)  # fmt: skip


async def plan_for(services: BotServices, subscriber: Subscriber, day: date) -> str:
    """`day`'s routine for `subscriber` as built now (`fresh_plan_json`), their practice read."""
    user_id = subscriber.user_id
    finished = await services.repo.routine_plans.finished_days([user_id], day - PRACTICE_LOOKBACK)
    practised = practised_days(finished.get((user_id, subscriber.phase), ()), day)
    return fresh_plan_json(services.content, subscriber, day, practised)


def fresh_plan_json(content: Content, subscriber: Subscriber, day: date, practised: int) -> str:
    """Today's routine for `subscriber` as built now, in the form the `routines` table keeps.

    `practised`: routines of their phase they finished before `day` since their last break
    (`practised_days`): doses follow it.
    """
    fresh = build_routine(
        content,
        phase=subscriber.phase,
        day=day,
        practised=practised,
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


class BatchComposer:
    """Builds each claimed delivery's message; plans and messages are shared within a tick.

    Most people on the same phase, day and dose get the same routine: it is built, rendered and
    turned into buttons once per tick, not once per message.
    """

    def __init__(self, services: BotServices) -> None:
        self.services = services
        self.plans: dict[tuple[Any, ...], str] = {}
        self.messages: dict[tuple[Any, ...], OutgoingMessage] = {}

    async def compose(self, deliveries: list[ClaimedDelivery]) -> list[Composed]:
        """Keep each day's plan (one transaction for the batch) and build every message."""
        if not deliveries:
            return []
        content, now = self.services.content, self.services.clock.now()
        finished = await self.services.repo.routine_plans.finished_days(
            {d.subscriber.user_id for d in deliveries},
            min(d.day for d in deliveries) - PRACTICE_LOOKBACK,
        )
        wanted: list[RoutineToKeep] = []
        for delivery in deliveries:
            s, day = delivery.subscriber, delivery.day
            practised = practised_days(finished.get((s.user_id, s.phase), ()), day)
            key = (s.phase, day, practised, s.dose_level)
            plan_json = self.plans.get(key)
            if plan_json is None:
                plan_json = self.plans[key] = fresh_plan_json(content, s, day, practised)
            wanted.append(RoutineToKeep(s.user_id, day, s.phase, plan_json))
        kept = await self.services.repo.deliveries.keep_routines(wanted, now)
        composed: list[Composed] = []
        for delivery in deliveries:
            found = kept[(delivery.subscriber.user_id, delivery.day)]
            snoozable = delivery.kind == "routine"
            shown = (found.plan_json, tuple(sorted(found.done.items())), delivery.day, snoozable)
            message = self.messages.get(shown)
            if message is None:
                try:
                    message = routine_message(
                        content, found.plan_json, found.done, delivery.day, snoozable=snoozable
                    )
                except Exception:
                    user_id = delivery.subscriber.user_id
                    logger.exception("could not compose the routine of user %s", user_id)
                    failed = DeliveryOutcome(
                        delivery.delivery_id, user_id, "failed", 0, now, error="compose failed"
                    )
                    composed.append((delivery, failed))
                    continue
                self.messages[shown] = message
            composed.append((delivery, message))
        return await self._keep_new_exercises(composed)

    async def _keep_new_exercises(self, composed: list[Composed]) -> list[Composed]:
        """Each routine keeps only the exercises its person meets for the first time."""
        routines = [(d, m) for d, m in composed if isinstance(m, OutgoingMessage)]
        cut = await with_new_exercises(
            self.services, [(d.subscriber.user_id, m) for d, m in routines]
        )
        kept = dict(zip((d.delivery_id for d, _ in routines), cut, strict=True))
        return [(d, kept.get(d.delivery_id, m)) for d, m in composed]
