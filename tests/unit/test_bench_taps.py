"""The fan-out benchmark's tappers press buttons that are on their routine message, packed as
the routine's own buttons are (the day, the set and the phase it was shown in)."""

from __future__ import annotations

import pytest
from telegram import Message

from bench import _taps
from bot.testing import BotHarness
from tests.subscribers import set_up


async def test_each_tap_is_a_button_of_the_tappers_routine(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_taps, "_messages", {})
    monkeypatch.setattr(_taps, "_tappers", [])
    await set_up(harness, user_id=1, name="Ann")
    await set_up(harness, "Gentle relief", user_id=2, name="Bo")
    await _taps.prepare_tappers(harness.app)
    for number in range(1, 5):
        query = _taps.tap_update(harness.app, number).callback_query
        assert query is not None and isinstance(query.message, Message)
        markup = query.message.reply_markup
        assert markup is not None
        buttons = [b.callback_data for row in markup.inline_keyboard for b in row]
        assert query.data in buttons
