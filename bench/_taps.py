"""Taps for the fan-out benchmark: people pressing set buttons on their routine meanwhile.

The tappers are the first TAPPERS subscribers of the benchmark's database. Their routine for the
day is composed (and kept) before the fan-out, as the morning reminder would; each tap is the
callback query Telegram would send for one of its set buttons.
"""

from __future__ import annotations

import json
from typing import Any

from telegram import Update

from bot.core.routine import RoutinePlan
from bot.core.schedule import local_date
from bot.reminders.compose import compose_routine_message
from bot.reminders.routine_keyboard import MarkSet

TAPPERS = 400
_messages: dict[int, dict[str, Any]] = {}
_tappers: list[int] = []


async def prepare_tappers(app: Any) -> None:
    """Compose each tapper's routine and remember the message their taps come from."""
    services = app.bot_data
    for user_id in range(1, TAPPERS + 1):
        subscriber = await services.repo.subscribers.get(user_id)
        if subscriber is None:  # a small run has fewer subscribers than TAPPERS
            break
        _tappers.append(user_id)
        day = local_date(services.clock.now(), subscriber.timezone)
        message = await compose_routine_message(services, subscriber, day)
        assert message.reply_markup is not None
        kept = await services.repo.routine_plans.get(user_id, day)
        assert kept is not None  # composing it kept it
        _messages[user_id] = {
            "message_id": 10**6 + user_id,
            "date": int(services.clock.now().timestamp()),
            "chat": {"id": subscriber.chat_id, "type": "private", "first_name": "U"},
            "from": {"id": 1, "is_bot": True, "first_name": "Bench"},
            "text": message.text,
            "reply_markup": message.reply_markup.to_dict(),
            "_day": day,
            "_phase": RoutinePlan.from_dict(json.loads(kept)).phase,
        }


def tap_update(app: Any, number: int) -> Update:
    """Tap number `number`: a different person each time, on their first set button."""
    user_id = _tappers[(number - 1) % len(_tappers)]
    message = dict(_messages[user_id])
    day, phase = message.pop("_day"), message.pop("_phase")
    # As the routine's own buttons pack it: the set, and the phase the routine was shown in.
    data = MarkSet(day, ((number - 1) // len(_tappers)) % 2, 1, phase).pack()
    payload = {
        "update_id": number,
        "callback_query": {
            "id": f"q{number}",
            "from": {"id": user_id, "is_bot": False, "first_name": "U"},
            "chat_instance": f"ci{user_id}",
            "message": message,
            "data": data,
        },
    }
    return Update.de_json(payload, app.bot)
