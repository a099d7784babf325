"""Shared fixtures: a fresh database per test and the real bot driven through the emulator."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.testing import BotHarness

# python-telegram-bot 22 warns (an error here) unless durations are opted in as timedeltas.
os.environ.setdefault("PTB_TIMEDELTA", "1")


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """A fresh SQLite file for this test."""
    return tmp_path / "bot.sqlite3"


@pytest.fixture
async def harness(database_path: Path) -> AsyncIterator[BotHarness]:
    """The bot, built by build_application, against an in-process emulator (clock at 06:00 UTC)."""
    async with BotHarness.running(database_path) as running:
        yield running
