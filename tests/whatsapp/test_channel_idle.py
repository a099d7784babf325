"""`WhatsAppChannel.idle()`: what the demo and shutdown await to know every accepted message has
been handled. The conversation is held on an Event, so nothing here depends on timing."""

from __future__ import annotations

import asyncio

import pytest

from bot.chat.events import Text
from bot.chat.turn import Turn
from tests.whatsapp.conftest import Rig


class Held:
    """A conversation that answers each text only once `release` is set."""

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    async def __call__(self, turn: Turn) -> None:
        assert isinstance(turn.event, Text)
        self.entered.set()
        await self.release.wait()
        await turn.out.send(f"got {turn.event.text}")


async def test_idle_returns_at_once_when_no_message_is_in_hand(rig: Rig) -> None:
    async with asyncio.timeout(0):  # it would expire at the first wait
        await rig.channel.idle()


async def test_idle_waits_for_every_accepted_message_and_a_timeout_leaves_them_running(
    rig: Rig,
) -> None:
    held = Held()
    rig.channel.dispatch = held
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("first")  # answered 200: the channel has accepted it
    await held.entered.wait()
    with pytest.raises(TimeoutError):  # the turn is held, so idle() cannot have returned
        async with asyncio.timeout(0):
            await rig.channel.idle()
    waiter = asyncio.create_task(rig.channel.idle())
    await ana.send_text("second")  # accepted while idle() waits, queued behind the first
    assert not waiter.done()
    assert ana.inbox == []
    held.release.set()
    await waiter
    # Both turns ran to the end: the timed-out wait cancelled neither.
    assert ana.texts == ["got first", "got second"]
