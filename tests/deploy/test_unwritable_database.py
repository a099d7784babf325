"""A database SQLite cannot write while the bot runs (a full disk, a read-only file system):
each person who writes gets the short apology, nothing changes, and the log says what is wrong
in one line per update, not a traceback each time."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql


async def test_an_unwritable_database_is_one_log_line_an_update(
    database_path: Path, caplog: pytest.LogCaptureFixture, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as bot:
        # SQLite then refuses every write as it does a read-only file: SQLITE_READONLY.
        await sql(bot.repo).execute("PRAGMA query_only = ON")
        before = await bot.snapshot()
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="bot.handlers.errors"):
            replies = await bot.user(first_name="Ana").command("start")
        assert [reply.text for reply in replies] == [bot.services.content.texts.core.error]
        assert await bot.snapshot() == before
        await sql(bot.repo).execute("PRAGMA query_only = OFF")
    [record] = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    said = record.getMessage()
    assert said.endswith("SQLite cannot write: attempt to write a readonly database"), said
    assert record.exc_info is None  # no traceback: nothing in the bot to debug
