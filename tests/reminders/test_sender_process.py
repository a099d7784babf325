"""The reminder sender's own process under `python -m bot run`: who sends, restarts, dying.

Real processes against the emulator's HTTP server, on the wall clock (see test_processes.py).
"""

from __future__ import annotations

import os
import re
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.store import Repository
from bot.testing import sql
from tests.reminders.test_processes import TOKEN, BotProcess, add_subscribers, bot_process

pytestmark = pytest.mark.subprocess

STARTED = re.compile(r"reminder sender started: process (\d+)")


def sender_pids(bot: BotProcess) -> list[int]:
    """Every sender process the bot has started so far, in order."""
    return [int(m.group(1)) for line in bot.lines if (m := STARTED.search(line))]


def gone(pid: int) -> bool:
    """The process has ended (reaped, or a zombie waiting for its new parent to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


async def test_reminders_come_from_the_sender_not_the_process_serving_people(
    tmp_path: Path,
) -> None:
    emulator = BotApiEmulator(TOKEN)
    database = tmp_path / "bot.sqlite3"
    repo = await Repository.open(database)
    try:
        users = await add_subscribers(repo, emulator, 5, datetime.now(UTC) - timedelta(seconds=5))
        async with EmulatorServer(emulator) as server, bot_process(server, database) as bot:
            for user_id in users:
                assert await emulator.wait_for_messages(user_id, 1, timeout=30)
            [sender] = sender_pids(bot)
            bot_pid = bot.process.pid
        owners = await sql(repo).fetch_all("SELECT DISTINCT claimed_by FROM deliveries")
    finally:
        await repo.close()
    assert sender != bot_pid
    assert [row[0].split("-")[0] for row in owners] == [str(sender)]  # its own instance id
    assert "reminder sender stopped" in "\n".join(bot.lines)  # a clean stop on SIGTERM
    assert gone(sender)


async def test_a_sender_that_dies_is_restarted_and_everyone_is_reached(tmp_path: Path) -> None:
    emulator = BotApiEmulator(TOKEN)
    database = tmp_path / "bot.sqlite3"
    repo = await Repository.open(database)
    try:
        users = await add_subscribers(repo, emulator, 40, datetime.now(UTC) - timedelta(seconds=5))
        async with EmulatorServer(emulator) as server, bot_process(server, database) as bot:
            await bot.said("reminder sender started")
            version = 0
            while emulator.stats.sends < 5:  # mid fan-out
                version = await emulator.wait_for_change(version, timeout=30)
            [first] = sender_pids(bot)
            os.kill(first, signal.SIGKILL)
            await bot.said("the reminder sender stopped unexpectedly", "reminder sender started")
            for user_id in users:
                assert await emulator.wait_for_messages(user_id, 1, timeout=60)
            await bot.said("resending", "reminder tick:")  # the killed one's rows, resent
            assert bot.process.returncode is None  # the bot itself went on serving
        journal = await sql(repo).fetch_value(
            "SELECT COUNT(*) FROM deliveries WHERE status = 'sent'"
        )
    finally:
        await repo.close()
    assert journal == len(users)
    assert len(sender_pids(bot)) == 2
    assert emulator.violations == []


async def test_the_sender_dies_with_the_bot(tmp_path: Path) -> None:
    emulator = BotApiEmulator(TOKEN)
    database = tmp_path / "bot.sqlite3"
    repo = await Repository.open(database)
    try:
        async with EmulatorServer(emulator) as server, bot_process(server, database) as bot:
            await bot.said("reminder sender started", "reminder scheduler running")
            [sender] = sender_pids(bot)
            bot.process.kill()
            await bot.finish()  # the log closes only when the sender, which shares it, is gone
    finally:
        await repo.close()
    assert gone(sender)
