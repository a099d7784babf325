"""What every button handler checks first: the data decodes, and the tap is the owner's own."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

from telegram import CallbackQuery

from bot.callbacks import CallbackData, MalformedCallbackData
from bot.context import BotContext
from bot.core.conversation import Conversation, Step
from bot.core.schedule import local_date
from bot.store.models import Subscriber

# Taps on a routine (and its check-ins) are accepted for its own day and this many days after.
DAYS_BACK = 2

Data = TypeVar("Data", bound=CallbackData)


async def unpack_or_expire(
    query: CallbackQuery, codec: type[Data], context: BotContext
) -> Data | None:
    """The decoded button data, or None after answering that the button has expired."""
    try:
        return codec.unpack(query.data or "")
    except MalformedCallbackData:
        # Callback queries must be answered, even forged or outdated ones.
        await query.answer(context.content.texts.core.expired_button)
        return None


async def own_recent_day(
    query: CallbackQuery, context: BotContext, day: date
) -> Subscriber | None:
    """The tapper, if the button is in their own chat and `day` is recent; else answer why not."""
    words = context.content.texts.routine
    subscriber = await context.repo.subscribers.get(query.from_user.id)
    chat_id = query.message.chat.id if query.message is not None else None
    if subscriber is None or chat_id != subscriber.chat_id:
        # A forwarded routine, or one in someone else's chat: never touch another's data.
        await query.answer(words.not_yours)
        return None
    today = local_date(context.clock.now(), subscriber.timezone)
    if not today - timedelta(days=DAYS_BACK) <= day <= today:
        await query.answer(words.too_old)
        return None
    return subscriber


async def current_step(
    query: CallbackQuery, context: BotContext, step: str, version: int
) -> Subscriber | None:
    """The tapper, if the button belongs to the step still waiting; else answer it is done.

    A button drawn for a finished or superseded step (an old set-up time, a choice made twice)
    changes nothing: the tap is answered "that's done already".
    """
    subscriber = await context.repo.subscribers.get(query.from_user.id)
    if subscriber is None:
        await query.answer(context.content.texts.core.expired_button)
        return None
    state = Conversation(Step.stored(subscriber.onboarding_step), subscriber.step_version)
    if not state.accepts(Step.stored(step), version):
        await query.answer(context.content.texts.core.step_done)
        return None
    return subscriber
