"""The one guard every button handler goes through: decode, check the owner, answer once.

`button_handler(SomeData, handle, owned=True)` routes taps by the callback type's prefix. The
guard decodes the data (a forged or outdated button is answered "expired"), checks for `owned`
types that the tap is the owner's own and its day recent, and answers the query when the
handler did not: every callback query gets exactly one answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Generic, TypeVar

from telegram import CallbackQuery, Update
from telegram.ext import CallbackQueryHandler

from bot.callbacks import CallbackData, MalformedCallbackData
from bot.context import BotContext
from bot.core.conversation import Conversation, Step
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber

# Taps on a routine (and its check-ins) are accepted for its own day and this many days after.
DAYS_BACK = 2

Data = TypeVar("Data", bound=CallbackData)


class Tap(Generic[Data]):
    """One decoded button tap: its query, its data, and the owner when the guard checked one."""

    def __init__(self, query: CallbackQuery, data: Data, owner: Subscriber | None) -> None:
        self.query = query
        self.data = data
        self._owner = owner
        self.answered = False

    @property
    def owner(self) -> Subscriber:
        """The subscriber who owns the tapped button (for types routed with `owned=True`)."""
        if self._owner is None:
            raise RuntimeError("this button is not routed with owned=True")
        return self._owner

    async def answer(self, text: str | None = None) -> None:
        """Answer the callback query; Telegram takes one answer, so later calls do nothing."""
        if self.answered:
            return
        self.answered = True
        await self.query.answer(text)


TapHandler = Callable[[Update, BotContext, Tap[Data]], Awaitable[None]]


def button_handler(
    codec: type[Data], handle: TapHandler[Data], *, owned: bool = False
) -> CallbackQueryHandler[BotContext, None]:
    """Route taps on `codec` buttons to `handle`, through the guard.

    `owned`: the data carries a `day`; only its owner may tap it, within DAYS_BACK days.
    """
    if owned and "day" not in {field.name for field in dataclasses.fields(codec)}:
        raise TypeError(f"{codec.__name__} has no day to check its owner against")

    async def guarded(update: Update, context: BotContext) -> None:
        query = update.callback_query
        if query is None:
            return
        data = await unpack_or_expire(query, codec, context)
        if data is None:
            return
        owner = None
        if owned:
            owner = await own_recent_day(query, context, getattr(data, "day"))  # noqa: B009
            if owner is None:
                return
        tap = Tap(query, data, owner)
        await handle(update, context, tap)
        # Callback queries must be answered, or the button keeps spinning on the person's phone.
        await tap.answer()

    guarded.__doc__ = handle.__doc__
    guarded.__name__ = guarded.__qualname__ = handle.__name__
    return CallbackQueryHandler(guarded, pattern=codec.pattern())


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
