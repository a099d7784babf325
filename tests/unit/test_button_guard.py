"""The button guard's own promises: one answer per tap, owners only where a day is checked."""

from __future__ import annotations

from typing import cast

import pytest
from telegram import CallbackQuery, Update

from bot.context import BotContext
from bot.handlers.taps import Tap, button_handler
from bot.reminders.routine_keyboard import HowTo


class RecordingQuery:
    """Stands in for a CallbackQuery: records every answer."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []

    async def answer(self, text: str | None = None) -> None:
        self.answers.append(text)


async def test_a_tap_is_answered_once_whatever_the_handler_calls() -> None:
    query = RecordingQuery()
    tap = Tap(cast(CallbackQuery, query), HowTo("bird-dog"), None)
    await tap.answer("first")
    await tap.answer("second")
    await tap.answer()
    assert query.answers == ["first"]
    assert tap.answered


async def test_an_unowned_tap_has_no_owner() -> None:
    tap = Tap(cast(CallbackQuery, RecordingQuery()), HowTo("bird-dog"), None)
    with pytest.raises(RuntimeError):
        _ = tap.owner


async def _ignore(update: Update, context: BotContext, tap: Tap[HowTo]) -> None:
    """Does nothing."""


def test_owner_checks_need_a_day_in_the_data() -> None:
    with pytest.raises(TypeError, match="no day"):
        button_handler(HowTo, _ignore, owned=True)


def test_the_handler_routes_by_the_types_prefix() -> None:
    handler = button_handler(HowTo, _ignore)
    assert handler.pattern == HowTo.pattern()
    assert handler.callback.__name__ == "_ignore"
