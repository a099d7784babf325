"""The emulator and a real python-telegram-bot client wired to it, shared by these tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.emulator import BotApiEmulator, EmulatorRequest


@pytest.fixture
def emulator() -> BotApiEmulator:
    return BotApiEmulator(per_chat_rate=None)


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    request = EmulatorRequest(emulator)
    async with Bot(emulator.token, request=request, get_updates_request=request) as client:
        yield client
