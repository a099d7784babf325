"""The one guard every button handler goes through: decode, check the tapper, answer once.

`button_handler(SomeData, handle, owned=True)` routes taps by the callback type's prefix. The
guard decodes the data (a forged or outdated button is answered "expired") and, on request,
checks the tapper before the handler runs:

- `owned=True` (data with a `day`): the tap is the owner's own and its day recent;
- `current=True` (data that is a `StepData`): the button belongs to the step still waiting,
  at its version; a finished or superseded step's button is answered "that's done already".

The handler gets a `Tap` whose `answer` answers the query at most once, and the guard answers
it when the handler did not: every callback query gets exactly one answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Generic, Literal, TypeVar, overload

from telegram import CallbackQuery, Update
from telegram.ext import CallbackQueryHandler

from bot.callbacks import CallbackData, MalformedCallbackData
from bot.chat.taps import StepData, TapRoute
from bot.context import BotContext
from bot.core.conversation import Conversation, Step
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber
from bot.handlers.outbox import turn as telegram_turn

# Taps on a routine (and its check-ins) are accepted for its own day and this many days after.
DAYS_BACK = 2


Data = TypeVar("Data", bound=CallbackData)
StepDataT = TypeVar("StepDataT", bound=StepData)
Handler = CallbackQueryHandler[BotContext, None]


class Tap(Generic[Data]):
    """One decoded button tap: its query, its data, and the owner when the guard checked one."""

    def __init__(self, query: CallbackQuery, data: Data, owner: Subscriber | None) -> None:
        self.query = query
        self.data = data
        self._owner = owner
        self.answered = False

    @property
    def owner(self) -> Subscriber:
        """The tapper the guard checked (types routed with `owned=True` or `current=True`)."""
        if self._owner is None:
            raise RuntimeError("this tap was not checked with owned=True or current=True")
        return self._owner

    async def answer(self, text: str | None = None) -> None:
        """Answer the callback query; Telegram takes one answer, so later calls do nothing."""
        if self.answered:
            return
        self.answered = True
        await self.query.answer(text)


TapHandler = Callable[[Update, BotContext, Tap[Data]], Awaitable[None]]


@overload
def button_handler(
    codec: type[StepDataT],
    handle: TapHandler[StepDataT],
    *,
    owned: bool = False,
    current: Literal[True],
) -> Handler: ...


@overload
def button_handler(
    codec: type[Data],
    handle: TapHandler[Data],
    *,
    owned: bool = False,
    current: Literal[False] = False,
) -> Handler: ...


def button_handler(
    codec: type[Data], handle: TapHandler[Data], *, owned: bool = False, current: bool = False
) -> Handler:
    """Route taps on `codec` buttons to `handle`, through the guard.

    `owned`: the data carries a `day`; only its owner may tap it, within DAYS_BACK days.
    `current`: the data is a `StepData`; it counts only while its step and version wait.
    """
    if owned and "day" not in {field.name for field in dataclasses.fields(codec)}:
        raise TypeError(f"{codec.__name__} has no day to check its owner against")
    if current and not issubclass(codec, StepData):
        raise TypeError(f"{codec.__name__} is not drawn for a step (not a StepData)")

    async def guarded(update: Update, context: BotContext) -> None:
        query = update.callback_query
        if query is None:
            return
        try:
            data = _unpack(query, codec, context)
            owner = await _checked_tapper(query, context, data, owned=owned, current=current)
        except _Refused as refused:
            # Callback queries must be answered, even forged, outdated or someone else's.
            await query.answer(refused.text)
            return
        tap = Tap(query, data, owner)
        await handle(update, context, tap)
        # Callback queries must be answered, or the button keeps spinning on the person's phone.
        await tap.answer()

    guarded.__doc__ = handle.__doc__
    guarded.__name__ = guarded.__qualname__ = handle.__name__
    return CallbackQueryHandler(guarded, pattern=codec.pattern())


class _Refused(Exception):
    """The guard turns the tap away; `text` is the answer the person sees."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _unpack(query: CallbackQuery, codec: type[Data], context: BotContext) -> Data:
    """The decoded button data; refused as expired when it does not decode."""
    try:
        return codec.unpack(query.data or "")
    except MalformedCallbackData:
        raise _Refused(context.content.texts.core.expired_button) from None


async def _checked_tapper(
    query: CallbackQuery, context: BotContext, data: CallbackData, *, owned: bool, current: bool
) -> Subscriber | None:
    """The tapper as the requested checks found them (None when nothing was checked)."""
    owner = None
    if owned:
        owner = await _own_recent_day(query, context, getattr(data, "day"))  # noqa: B009
    if current and isinstance(data, StepData) and data.tied_to_step:
        owner = await _current_step(query, context, data)
    return owner


async def _own_recent_day(query: CallbackQuery, context: BotContext, day: date) -> Subscriber:
    """The tapper, if the button is in their own chat and `day` is recent; else refused."""
    words = context.content.texts.routine
    subscriber = await context.repo.subscribers.get(query.from_user.id)
    chat_id = query.message.chat.id if query.message is not None else None
    if subscriber is None or chat_id != subscriber.chat_id:
        # A forwarded routine, or one in someone else's chat: never touch another's data.
        raise _Refused(words.not_yours)
    today = local_date(context.clock.now(), subscriber.timezone)
    if not today - timedelta(days=DAYS_BACK) <= day <= today:
        raise _Refused(words.too_old)
    return subscriber


async def _current_step(query: CallbackQuery, context: BotContext, data: StepData) -> Subscriber:
    """The tapper, if the button belongs to the step still waiting; else refused as done.

    A button drawn for a finished or superseded step (an old set-up time, a choice made twice,
    anything from before /forget) changes nothing: the tap is answered "that's done already".
    """
    subscriber = await context.repo.subscribers.get(query.from_user.id)
    if subscriber is None:
        raise _Refused(context.content.texts.core.expired_button)
    state = Conversation(Step.stored(subscriber.onboarding_step), subscriber.step_version)
    if not state.accepts(data.step, data.version):
        raise _Refused(context.content.texts.core.step_done)
    return subscriber


def tap_handler(route: TapRoute[Data]) -> Handler:
    """A channel-neutral tap route (bot/chat/taps.py) as a Telegram callback-query handler."""

    async def on_tap(update: Update, context: BotContext) -> None:
        turn = telegram_turn(update, context)
        if turn is None:
            if update.callback_query is not None:  # callback queries must be answered
                await update.callback_query.answer()
            return
        await route(turn)

    on_tap.__doc__ = route.handle.__doc__
    on_tap.__name__ = on_tap.__qualname__ = getattr(route.handle, "__name__", "on_tap")
    return CallbackQueryHandler(on_tap, pattern=route.codec.pattern())
