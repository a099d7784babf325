"""Sending: requests reach WHATSAPP_API_URL, and each error code gets its own handling."""

from __future__ import annotations

import logging

import pytest

from bot.emulator_whatsapp import TextMessage
from bot.whatsapp.api import (
    PAIR_LIMIT,
    BadToken,
    OutsideWindow,
    PairLimited,
    SendError,
    Undeliverable,
)
from tests.whatsapp.conftest import Rig


@pytest.fixture
def waits(rig: Rig) -> list[float]:
    """The back-off waits the client asked for (recorded, not slept)."""
    recorded: list[float] = []

    async def sleep(seconds: float) -> None:
        recorded.append(seconds)

    rig.channel.api.sleep = sleep
    return recorded


async def test_requests_reach_the_configured_url_with_the_token(rig: Rig) -> None:
    ana = rig.api.person("15551234567")
    await ana.send_text("hi")
    await rig.channel.api.text(ana.wa_id, "hello")
    (request,) = [r for r in rig.api.requests if r.path.endswith("/messages")]
    assert request.path.endswith(f"/{rig.api.phone_number_id}/messages")
    assert str(rig.channel.api.session.base_url).rstrip("/") == rig.api.base_url
    assert isinstance(ana.last, TextMessage) and ana.last.text == "hello"


async def test_throughput_and_pair_rate_errors_back_off_and_retry(
    rig: Rig, waits: list[float]
) -> None:
    ana = rig.api.person("15551234567")
    await ana.send_text("hi")
    rig.api.faults.fail_next(130429, times=2)
    rig.api.faults.fail_next(131056)
    await rig.channel.api.text(ana.wa_id, "arrives once")
    assert waits == [1.0, 2.0, 4.0]
    assert ana.texts == ["arrives once"]


async def test_a_reminders_pair_limit_is_not_waited_out_and_slows_nobody_else(
    rig: Rig, waits: list[float]
) -> None:
    ana, ben = rig.api.person("15551234567"), rig.api.person("15557654321")
    await ana.send_text("hi")
    await ben.send_text("hi")
    rig.api.faults.fail_next(PAIR_LIMIT)
    with pytest.raises(PairLimited):  # a reminder's send: the sender holds it instead
        await rig.channel.api.text(ana.wa_id, "not now", wait_for_person=False)
    assert waits == []
    pacer = rig.channel.api.pacer
    assert pacer.reserve() <= pacer.interval  # the next slot at the usual pace, not held back
    await rig.channel.api.text(ben.wa_id, "at once", wait_for_person=False)
    assert (ana.texts, ben.texts) == ([], ["at once"])


async def test_the_accounts_rate_limit_backs_off_and_retries_too(
    rig: Rig, waits: list[float]
) -> None:
    ana = rig.api.person("15551234567")
    await ana.send_text("hi")
    rig.api.faults.fail_next(80007)  # the business account's rate limit: not the end of it
    await rig.channel.api.text(ana.wa_id, "arrives once")
    assert waits == [1.0]
    assert ana.texts == ["arrives once"]


async def test_codes_that_end_a_message(rig: Rig, waits: list[float]) -> None:
    ana = rig.api.person("15551234567")
    with pytest.raises(OutsideWindow):  # she never wrote: no window
        await rig.channel.api.text(ana.wa_id, "too early")
    await ana.send_text("hi")
    for code, kind in ((131026, Undeliverable), (131051, Undeliverable), (100, SendError)):
        rig.api.faults.fail_next(code)
        with pytest.raises(kind) as raised:
            await rig.channel.api.text(ana.wa_id, "lost")
        assert raised.value.code == code
    assert waits == []  # none of these is retried


async def test_a_refused_token_is_said_loudly_once(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    ana = rig.api.person("15551234567")
    await ana.send_text("hi")
    rig.api.faults.fail_next(190, times=2)
    with caplog.at_level(logging.ERROR, logger="bot.whatsapp.api"):
        for _ in range(2):
            with pytest.raises(BadToken):
                await rig.channel.api.text(ana.wa_id, "x")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "WHATSAPP_TOKEN" in errors[0].getMessage()
    assert rig.api.token not in caplog.text
