"""The button guard's own promises: one answer per tap, owners only where the guard checks one."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from telegram import Update

from bot.callbacks import Serial
from bot.chat.events import Tap
from bot.chat.steps import SetupChoice
from bot.chat.taps import Tapped, tap_route
from bot.chat.turn import Turn
from bot.content.loader import default_content_dir, load_content
from bot.context import BotContext
from bot.core.conversation import Step
from bot.core.subscriber import Subscriber
from bot.handlers.outbox import TelegramOutbox, answered
from bot.reminders.routine_keyboard import HowTo
from bot.services import BotServices
from tests.chat.recording import RecordingOutbox, telegram_person
from tests.reminders.factories import subscriber


class RecordingQuery:
    """Stands in for a CallbackQuery: records every answer."""

    def __init__(self) -> None:
        self.id = "4001"
        self.answers: list[str | None] = []

    async def answer(self, text: str | None = None) -> None:
        self.answers.append(text)


async def test_telegram_answers_a_tap_once_whatever_the_feature_calls() -> None:
    query = RecordingQuery()
    update = cast(Update, SimpleNamespace(callback_query=query))
    context = cast(BotContext, SimpleNamespace(chat_data={}))
    outbox = TelegramOutbox(update, context)
    assert not answered(update, context)
    await outbox.answer_tap("first")
    await outbox.answer_tap("second")
    await outbox.answer_tap()
    assert query.answers == ["first"]
    assert outbox.answered
    assert answered(update, context)  # so the error handler does not answer it again


async def _ignore(turn: Turn, tap: Tapped[HowTo]) -> None:
    """Does nothing."""


async def test_an_unowned_tap_has_no_owner() -> None:
    turn = Turn(Tap(telegram_person(5), "h:bird-dog"), _services(None), RecordingOutbox())
    tap = Tapped(turn, HowTo("bird-dog"), None)
    with pytest.raises(RuntimeError):
        _ = tap.owner


def test_owner_checks_need_a_day_in_the_data() -> None:
    with pytest.raises(TypeError, match="no day"):
        tap_route(HowTo, _ignore, owned=True)


def test_the_route_matches_by_the_types_prefix() -> None:
    route = tap_route(HowTo, _ignore)
    assert route.matches(HowTo("bird-dog").pack())
    assert not route.matches(SetupChoice(Step.IDLE, Serial(1), "today", "").pack())


# -- current=True: buttons drawn for one step of the conversation, at one version ------------

CORE_TEXTS = load_content(default_content_dir()).texts.core
PERSON = subscriber(user_id=5, chat_id=5, onboarding_step="time", step_version=1679700)


def _services(known: Subscriber | None) -> BotServices:
    async def get(user_id: int) -> Subscriber | None:
        return known if known is not None and user_id == known.user_id else None

    services = SimpleNamespace(
        repo=SimpleNamespace(subscribers=SimpleNamespace(get=get)),
        content=SimpleNamespace(texts=SimpleNamespace(core=CORE_TEXTS)),
    )
    return cast(BotServices, services)


async def _tap_setup(
    data: SetupChoice | str, known: Subscriber | None = PERSON
) -> tuple[RecordingOutbox, list[Tapped[SetupChoice]]]:
    """Tap a set-up button through the guard, with PERSON (or nobody) registered."""
    handled: list[Tapped[SetupChoice]] = []

    async def handle(turn: Turn, tap: Tapped[SetupChoice]) -> None:
        """Records the taps the guard let through."""
        handled.append(tap)

    route = tap_route(SetupChoice, handle, current=True)
    outbox = RecordingOutbox()
    packed = data if isinstance(data, str) else data.pack()
    turn = Turn(Tap(telegram_person(PERSON.user_id), packed), _services(known), outbox)
    await route(turn)
    return outbox, handled


def test_step_checks_need_step_data() -> None:
    with pytest.raises(TypeError, match="not drawn for a step"):
        tap_route(HowTo, _ignore, current=True)  # type: ignore[call-overload]


async def test_a_button_of_the_waiting_step_reaches_the_feature_with_its_owner() -> None:
    outbox, handled = await _tap_setup(
        SetupChoice(Step.SETUP_TIME, Serial(1679700), "time", "0700")
    )
    [tap] = handled
    assert tap.owner == PERSON and tap.data.value == "0700"
    assert outbox.answers == [None]  # answered once, by the guard after the feature


@pytest.mark.parametrize(
    "stale",
    [
        SetupChoice(Step.SETUP_TIME, Serial(1679699), "time", "0700"),  # an older version
        SetupChoice(Step.SETUP_TIMEZONE, Serial(1679700), "tz", "Asia/Tokyo"),  # another step
        SetupChoice(Step.SETUP_TIME, Serial(3), "time", "0700"),  # from before /forget
    ],
    ids=["older-version", "other-step", "forgotten"],
)
async def test_a_button_of_a_finished_step_is_done_already_and_never_handled(
    stale: SetupChoice,
) -> None:
    outbox, handled = await _tap_setup(stale)
    assert handled == []
    assert outbox.answers == [CORE_TEXTS.step_done]


async def test_the_today_button_is_tied_to_no_step() -> None:
    """The summary's button opens today's routine whenever it is tapped, even steps later."""
    outbox, handled = await _tap_setup(SetupChoice(Step.IDLE, Serial(17), "today", ""))
    [tap] = handled
    with pytest.raises(RuntimeError):
        _ = tap.owner  # no step was checked, so no owner either
    assert outbox.answers == [None]


@pytest.mark.parametrize(
    "forged",
    ["o:time:10028:time:7", "o:time:abc:time:2500", "o:timezone:1gb0:tz:Mars/Olympus",
     "o:idle:1gb0:today:x", "o:time:01gb0:time:0700", "o:time:-1:time:0700"],
)  # fmt: skip
async def test_forged_step_buttons_are_expired(forged: str) -> None:
    outbox, handled = await _tap_setup(forged)
    assert handled == []
    assert outbox.answers == [CORE_TEXTS.expired_button]


async def test_a_stranger_with_a_step_button_is_told_it_expired() -> None:
    outbox, handled = await _tap_setup(
        SetupChoice(Step.SETUP_TIME, Serial(1679700), "time", "0700"), known=None
    )
    assert handled == []
    assert outbox.answers == [CORE_TEXTS.expired_button]
