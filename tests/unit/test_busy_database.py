"""Two connections on one file (the bot and its reminder sender): writes take turns, none lost."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.store import database as database_module
from bot.store.database import Database


async def open_pair(path: Path) -> tuple[Database, Database]:
    first = await Database.open(path, migrations=())
    await first.execute("CREATE TABLE taps (n INTEGER)")
    return first, await Database.open(path, migrations=())


@pytest.fixture
def waited(monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """Set when a write finds SQLite busy and pauses before trying again."""
    event = asyncio.Event()
    pause = database_module._pause_before_retry

    async def noted_pause() -> None:
        event.set()
        await pause()

    monkeypatch.setattr(database_module, "_pause_before_retry", noted_pause)
    return event


async def test_a_write_that_finds_the_file_locked_goes_through_once_the_other_commits(
    tmp_path: Path, waited: asyncio.Event
) -> None:
    sender, bot = await open_pair(tmp_path / "bot.sqlite3")

    try:
        async with sender.transaction() as conn:  # e.g. a claim in progress
            await conn.execute("INSERT INTO taps VALUES (1)")
            tap = asyncio.create_task(bot.execute("INSERT INTO taps VALUES (2)"))
            await waited.wait()  # the tap's write found SQLite busy and waits its turn
            assert not tap.done()
        assert await tap == 1
        rows = await bot.fetch_all("SELECT n FROM taps ORDER BY n")
    finally:
        await sender.close()
        await bot.close()
    assert [row["n"] for row in rows] == [1, 2]


async def test_a_claim_in_one_round_trip_takes_its_turn_too(
    tmp_path: Path, waited: asyncio.Event
) -> None:
    sender, bot = await open_pair(tmp_path / "bot.sqlite3")

    def claim(conn: sqlite3.Connection) -> int:
        conn.execute("INSERT INTO taps VALUES (3)")
        return int(conn.execute("SELECT COUNT(*) FROM taps").fetchone()[0])

    try:
        async with bot.transaction() as conn:
            await conn.execute("INSERT INTO taps VALUES (2)")
            claimed = asyncio.create_task(sender.write_in_thread(claim))
            await waited.wait()
            assert not claimed.done()
        assert await claimed == 2  # it ran after the other commit, and saw it
    finally:
        await sender.close()
        await bot.close()


async def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    sender, bot = await open_pair(tmp_path / "bot.sqlite3")
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            await bot.execute("INSERT INTO nowhere VALUES (1)")
    finally:
        await sender.close()
        await bot.close()
