"""Shared fixtures: a fresh database per test and the real bot driven through the emulator."""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.logs import quiet_third_party
from bot.testing import BotHarness

if TYPE_CHECKING:
    from bot.qa.answer import QuestionAnswerer

# python-telegram-bot 22 warns (an error here) unless durations are opted in as timedeltas.
os.environ.setdefault("PTB_TIMEDELTA", "1")


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """A fresh SQLite file for this test."""
    return tmp_path / "bot.sqlite3"


@pytest.fixture(scope="session")
def shared_answerer() -> QuestionAnswerer:
    """The question answerer of the project's content (tests/project_answerer.py), built once
    per test process by the first test or module that asks for it, so the bots of many tests
    share it. Tests of the bot's own lazy build, or of other content, build their own."""
    from tests.project_answerer import project_answerer  # numpy and bm25s: only when asked

    return project_answerer()


@pytest.fixture
async def harness(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> AsyncIterator[BotHarness]:
    """The bot, built by build_application, against an in-process emulator (clock at 06:00 UTC)."""
    async with BotHarness.running(database_path, answerer=shared_answerer) as running:
        yield running


# Anything shaped like a Bot API token (digits, a colon, 20+ token characters).
_TOKEN_SHAPE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class _TokenWatch(logging.Handler):
    """Collects every log line of a test that contains something shaped like a bot token."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # The bot's own lines at every level; libraries' from INFO, the default LOG_LEVEL.
        if record.levelno < logging.INFO and not record.name.startswith("bot"):
            return
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        if _TOKEN_SHAPE.search(text):
            self.leaks.append(f"{record.name}: {text[:200]}")


@pytest.fixture(autouse=True)
def no_token_in_logs() -> Iterator[None]:
    """Every test of the suite: no log line may carry a token (logging set up as in production)."""
    quiet_third_party()
    watch = _TokenWatch()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(watch)
    root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(watch)
        root.setLevel(previous)
    assert watch.leaks == [], watch.leaks


# aiosqlite runs each connection in a non-daemon worker thread: a test that fails before it
# closes its database would keep the interpreter alive after the run, so CI would hang instead of
# reporting the failure. After the run, name such threads and exit with pytest's own status.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    left_open = [
        thread
        for thread in threading.enumerate()
        if "_connection_worker_thread" in thread.name and not thread.daemon
    ]
    for thread in left_open:
        thread.join(timeout=5)  # a connection that is closing finishes here
    if any(thread.is_alive() for thread in left_open) and _EXIT_STATUS:
        sys.stderr.write(
            f"{sum(t.is_alive() for t in left_open)} database connection(s) left open by tests\n"
        )
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(_EXIT_STATUS[0] or 1)
