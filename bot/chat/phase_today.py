"""Today's routine after the phase is set, told the same way wherever it was set: typed or tapped
at set-up's phase step, or chosen in /settings."""

from __future__ import annotations

import json
import logging
from datetime import date

from bot.chat.changes import phase_stays_words
from bot.chat.outbox import MessageGone, NotEditable, SentMessage
from bot.chat.turn import Turn
from bot.core.routine import RoutinePlan
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.reminders.compose import routine_message

logger = logging.getLogger(__name__)


async def after_phase_set(turn: Turn, subscriber: Subscriber, *, changed: bool) -> None:
    """Show today's routine as it is after the phase was set (`changed`: to another one).

    When nothing of it was recorded, `change` made it the new phase's: today's reminders and
    /today's messages are redrawn in place, so scrolling up shows the routine the person will
    do; where the app cannot edit (WhatsApp), it is sent anew after a line saying why, and the
    old messages' buttons show it again when tapped (bot/chat/routine.py). Otherwise it stays
    the other phase's, and the person is told so.
    """
    today = local_date(turn.clock.now(), subscriber.timezone)
    plan_json = await turn.repo.routine_plans.get(subscriber.user_id, today)
    if plan_json is None:
        return  # nothing shown today: the first routine shown will be the phase's
    kept_phase = RoutinePlan.from_dict(json.loads(plan_json)).phase
    if kept_phase != subscriber.phase:
        await turn.out.send(phase_stays_words(turn.content, kept_phase, subscriber.phase))
    elif changed and turn.out.capabilities.editable:
        await _redraw_routines(turn, subscriber, today, plan_json)
    elif changed:  # the app cannot edit: today's messages keep the other phase's routine
        await _send_anew(turn, subscriber, today, plan_json)


async def _redraw_routines(
    turn: Turn, subscriber: Subscriber, today: date, plan_json: str
) -> None:
    """Today's reminders and /today's messages show today's routine (`plan_json`, now the
    person's phase's).

    Telegram edits the bot's own messages with buttons at any age (its 48 h limit is for
    business messages the bot did not send), and today's are less than a day old; a message
    the person deleted is skipped by the outbox. A message the app refuses to edit all the same
    stays as it is, and today's routine is sent anew once, with a line why (remembered like a
    /today's, so a later change redraws it).
    """
    done = await turn.repo.sets.sets_done(subscriber.user_id, today)
    can = turn.out.capabilities
    refused = False
    for message_id, snoozable in await turn.repo.routine_plans.sent_messages(
        subscriber.user_id, today
    ):
        redrawn = routine_message(
            turn.content, plan_json, done, today,
            snoozable=snoozable, max_choices=can.max_choices, max_label=can.max_label,
        )  # fmt: skip
        try:
            await turn.out.edit(
                SentMessage(turn.person.address, message_id), redrawn.text, redrawn.choices
            )
        except MessageGone:
            continue  # the person deleted it: nothing to redraw, nothing to send in its place
        except NotEditable as why:
            logger.warning(
                "phase change: routine message %s of person %s could not be redrawn (%s); "
                "today's routine sent anew", message_id, subscriber.user_id, why,
            )  # fmt: skip
            refused = True
    if refused:
        await _send_anew(turn, subscriber, today, plan_json)


async def _send_anew(turn: Turn, subscriber: Subscriber, today: date, plan_json: str) -> None:
    """Today's routine (`plan_json`, now the person's phase's) sent anew, after a line saying
    the earlier message could not be changed; remembered like a /today's, and as the copy a tap
    on a frozen message of the day changes (bot/chat/edits.py) rather than sending another."""
    done = await turn.repo.sets.sets_done(subscriber.user_id, today)
    can = turn.out.capabilities
    phase = turn.content.programmes[subscriber.phase].title
    await turn.out.send(turn.content.texts.account.phase_reminder_resent.format(phase=phase))
    fresh = routine_message(
        turn.content, plan_json, done, today,
        snoozable=False, max_choices=can.max_choices, max_label=can.max_label,
    )  # fmt: skip
    sent = await turn.out.send(fresh.text, fresh.choices)
    if sent is not None:
        await turn.repo.routine_plans.shown_in(subscriber.user_id, today, sent.message_id)
        await turn.repo.routine_plans.copied_to(subscriber.user_id, today, sent.message_id)
