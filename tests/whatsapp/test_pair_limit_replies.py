"""WhatsApp's pair rate limit (131056) in conversation: a reply to the one person who has had
too many messages just now waits in that person's own turn (or, refused through every retry,
is dropped with a log line), while everyone else is answered at once.

The emulator's real pair limit (a burst of 45, then one message every 6 s to one person) on
the injected clock; the client's back-off waits are injected too, so a test decides when a
waiting reply is tried again.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from bot.emulator_whatsapp import SimulatedPerson
from tests.whatsapp.conftest import Rig

BURST = 45  # the emulator's (and Meta's) burst to one person before the pair limit
ROUTINE = "Today's routine"  # the stand-in conversation's answer to "today"


async def spent(rig: Rig) -> tuple[SimulatedPerson, SimulatedPerson]:
    """Ana and Ben, who both wrote; the number has just sent Ana a burst: her pair is spent."""
    ana = rig.api.person("15551234567", name="Ana")
    ben = rig.api.person("15557654321", name="Ben")
    await ana.send_text("hi")
    await ben.send_text("hi")
    await rig.channel.idle()
    for n in range(BURST):
        await rig.channel.api.text(ana.wa_id, f"news {n}")
    return ana, ben


async def test_a_reply_waits_in_the_limited_persons_own_turn_while_others_are_answered(
    rig: Rig,
) -> None:
    ana, ben = await spent(rig)
    before = len(ana.inbox)
    waits: list[float] = []
    waiting, go_on = asyncio.Event(), asyncio.Event()

    async def sleep(seconds: float) -> None:  # the back-off, held until the test says
        waits.append(seconds)
        waiting.set()
        await go_on.wait()

    rig.channel.api.sleep = sleep
    await ana.send_text("today")
    async with asyncio.timeout(10):
        await waiting.wait()  # Ana's reply was refused and waits to be tried again

    await ben.send_text("today")
    (reply,) = await ben.wait_for_messages(1)
    assert reply.text == ROUTINE  # Ben is answered while Ana's reply waits
    assert ana.inbox[before:] == []

    rig.clock.advance(timedelta(seconds=6))  # her pair has one message to spare again
    go_on.set()
    await rig.channel.idle()
    assert ana.texts[before:] == [ROUTINE]  # once
    assert waits == [1.0]
    assert rig.api.stats.pair_rate_errors == 1


async def test_a_reply_refused_through_every_retry_is_dropped_with_a_log_line(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    ana, ben = await spent(rig)
    before = len(ana.inbox)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # no time passes: her pair never refills
        waits.append(seconds)

    rig.channel.api.sleep = sleep
    with caplog.at_level(logging.WARNING, logger="bot.whatsapp.channel"):
        await ana.send_text("today")
        await rig.channel.idle()
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert ana.inbox[before:] == []
    said = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in said] == [
        "a WhatsApp reply was not sent: WhatsApp error 131056:"
        " too many messages to this person just now"
    ]

    await ben.send_text("today")  # nobody else waits for it
    await rig.channel.idle()
    assert ben.texts == [ROUTINE]
    rig.clock.advance(timedelta(seconds=6))
    await ana.send_text("today")  # and her next message is answered once her pair refills
    await rig.channel.idle()
    assert ana.texts[before:] == [ROUTINE]
