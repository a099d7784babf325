"""The error handler's log: a traceback for a fault in the bot (a request Telegram refused as
malformed is one), one line for Telegram not answering (python-telegram-bot makes BadRequest a
NetworkError, so the two must be told apart)."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.handlers.errors import on_error


@pytest.mark.parametrize(
    ("error", "traceback"),
    [
        (BadRequest("Message is too long"), True),
        (ValueError("a bug"), True),
        (NetworkError("httpx.ConnectError: All connection attempts failed"), False),
        (TimedOut(), False),
    ],
)
async def test_faults_get_a_traceback_the_network_one_line(
    error: Exception, traceback: bool, caplog: pytest.LogCaptureFixture
) -> None:
    context: Any = SimpleNamespace(error=error)
    with caplog.at_level(logging.INFO, logger="bot.handlers.errors"):
        await on_error(None, context)  # no update: nobody to apologise to
    [record] = caplog.records
    assert (record.exc_info is not None) == traceback
    assert str(error) in record.getMessage() or traceback
