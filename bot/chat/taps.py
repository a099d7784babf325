"""The one guard every button goes through, on every channel: decode, check the tapper, answer.

`tap_route(SomeData, handle, owned=True)` routes taps by the callback type's prefix. The guard
decodes the data (a forged or outdated button is answered "expired") and, on request, checks the
tapper before the feature runs:

- `owned=True` (data with a `day`): the tap is the owner's own, in their own chat, and its day
  recent;
- `current=True` (data that is a `StepData`): the button belongs to the step still waiting, at
  its version; a finished or superseded step's button is answered "that's done already".

The feature gets a `Tapped` whose `answer` answers the tap at most once, and the guard answers it
when the feature did not: on Telegram every callback query must get exactly one answer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, Literal, TypeVar, overload

from bot.callbacks import CallbackData, MalformedCallbackData, Serial
from bot.chat.events import Tap
from bot.chat.outbox import SentMessage
from bot.chat.turn import Turn
from bot.core.conversation import Conversation, Step
from bot.core.schedule import local_date
from bot.core.subscriber import Subscriber

# Taps on a routine (and its check-ins) are accepted for its own day and this many days after.
DAYS_BACK = 2


@dataclass(frozen=True)
class StepData(CallbackData):
    """Data of a button drawn for one step of a person's conversation, at one version.

    Versions never repeat (bot/core/conversation.py), so the pair names one moment of one
    person's conversation. Route such types with `current=True`.
    """

    step: Step
    version: Serial

    @property
    def tied_to_step(self) -> bool:
        """Whether the tap counts only while its step still waits (True unless overridden)."""
        return True


Data = TypeVar("Data", bound=CallbackData)
StepDataT = TypeVar("StepDataT", bound=StepData)


class Tapped(Generic[Data]):
    """One decoded tap: its turn, its data, and the owner when the guard checked one."""

    def __init__(self, turn: Turn, data: Data, owner: Subscriber | None) -> None:
        self.turn = turn
        self.data = data
        self._owner = owner

    @property
    def owner(self) -> Subscriber:
        """The tapper the guard checked (types routed with `owned=True` or `current=True`)."""
        if self._owner is None:
            raise RuntimeError("this tap was not checked with owned=True or current=True")
        return self._owner

    @property
    def message(self) -> SentMessage | None:
        """The message the tapped choice was on, when the channel names it."""
        event = self.turn.event
        return event.message if isinstance(event, Tap) else None

    async def answer(self, text: str | None = None) -> None:
        """Answer the tap; the channel takes one answer, so later calls do nothing."""
        await self.turn.out.answer_tap(text)


TapFeature = Callable[[Turn, Tapped[Data]], Awaitable[None]]


@dataclass(frozen=True)
class TapRoute(Generic[Data]):
    """Taps whose data has `codec`'s prefix go to `handle`, through the guard."""

    codec: type[Data]
    handle: TapFeature[Data]
    owned: bool = False
    current: bool = False

    def matches(self, data: str) -> bool:
        """Whether a tap with this data is routed here (by the type's prefix)."""
        return re.match(self.codec.pattern(), data) is not None

    async def __call__(self, turn: Turn) -> None:
        """Decode and check the tap, run the feature, and answer the tap if it did not."""
        event = turn.event
        if not isinstance(event, Tap):
            return
        try:
            data = _unpack(turn, self.codec, event.data)
            owner = await _checked_tapper(
                turn, event, data, owned=self.owned, current=self.current
            )
        except _Refused as refused:
            # Taps must be answered, even forged, outdated or someone else's.
            await turn.out.answer_tap(refused.text)
            return
        await self.handle(turn, Tapped(turn, data, owner))
        # Taps must be answered, or the button keeps spinning on the person's phone.
        await turn.out.answer_tap()


@overload
def tap_route(
    codec: type[StepDataT],
    handle: TapFeature[StepDataT],
    *,
    owned: bool = False,
    current: Literal[True],
) -> TapRoute[StepDataT]: ...


@overload
def tap_route(
    codec: type[Data],
    handle: TapFeature[Data],
    *,
    owned: bool = False,
    current: Literal[False] = False,
) -> TapRoute[Data]: ...


def tap_route(
    codec: type[Data], handle: TapFeature[Data], *, owned: bool = False, current: bool = False
) -> TapRoute[Data]:
    """Route taps on `codec` buttons to `handle`, through the guard.

    `owned`: the data carries a `day`; only its owner may tap it, within DAYS_BACK days.
    `current`: the data is a `StepData`; it counts only while its step and version wait.
    """
    if owned and "day" not in {field.name for field in dataclasses.fields(codec)}:
        raise TypeError(f"{codec.__name__} has no day to check its owner against")
    if current and not issubclass(codec, StepData):
        raise TypeError(f"{codec.__name__} is not drawn for a step (not a StepData)")
    return TapRoute(codec, handle, owned=owned, current=current)


class _Refused(Exception):
    """The guard turns the tap away; `text` is the answer the person sees."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _unpack(turn: Turn, codec: type[Data], packed: str) -> Data:
    """The decoded button data; refused as expired when it does not decode."""
    try:
        return codec.unpack(packed)
    except MalformedCallbackData:
        raise _Refused(turn.content.texts.core.expired_button) from None


async def _checked_tapper(
    turn: Turn, event: Tap, data: CallbackData, *, owned: bool, current: bool
) -> Subscriber | None:
    """The tapper as the requested checks found them (None when nothing was checked)."""
    owner = None
    if owned:
        owner = await _own_recent_day(turn, event, getattr(data, "day"))  # noqa: B009
    if current and isinstance(data, StepData) and data.tied_to_step:
        owner = await _current_step(turn, data)
    return owner


async def _own_recent_day(turn: Turn, event: Tap, day: date) -> Subscriber:
    """The tapper, if the button is in their own chat and `day` is recent; else refused."""
    words = turn.content.texts.routine
    subscriber = await turn.subscriber()
    if not event.own_chat:
        # A forwarded routine, or one in someone else's chat: never touch another's data.
        raise _Refused(words.not_yours)
    if subscriber is None:  # their own old button, after /forget (or from before /start)
        raise _Refused(turn.content.texts.account.not_registered)
    today = local_date(turn.clock.now(), subscriber.timezone)
    if not today - timedelta(days=DAYS_BACK) <= day <= today:
        raise _Refused(words.too_old)
    return subscriber


async def _current_step(turn: Turn, data: StepData) -> Subscriber:
    """The tapper, if the button belongs to the step still waiting; else refused as done.

    A button drawn for a finished or superseded step (an old set-up time, a choice made twice,
    anything from before /forget) changes nothing: the tap is answered "that's done already".
    """
    subscriber = await turn.subscriber()
    if subscriber is None:
        raise _Refused(turn.content.texts.core.expired_button)
    state = Conversation(Step.stored(subscriber.onboarding_step), subscriber.step_version)
    if not state.accepts(data.step, data.version):
        raise _Refused(turn.content.texts.core.step_done)
    return subscriber
