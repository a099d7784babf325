"""Real `python -m bot run` processes against the emulator's HTTP server: several at once, and
one killed with SIGKILL in the middle of a fan-out.

These processes use the wall clock, so subscribers are stored with reminders already due.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.reminders.sender import in_flight_limit
from bot.settings import Settings
from bot.store import Repository
from bot.testing import sql
from tests.processes import bot_env
from tests.reliability.report import TALLY
from tests.reminders.factories import met_every_exercise

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHreminder-process-test-token-xyz"
SEND_RATE = 25
TICK_SECONDS = "0.2"


def environment(server: EmulatorServer, database: Path, send_rate: int) -> dict[str, str]:
    env = bot_env(
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_API_URL=server.url,
        DATABASE_PATH=str(database),
        REMINDER_TICK_SECONDS=TICK_SECONDS,
        SEND_RATE=str(send_rate),
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    return env


class BotProcess:
    """`python -m bot run` with its log read line by line, so tests can wait for what it says."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []
        self._changed = asyncio.Condition()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for raw in self.process.stdout:
            async with self._changed:
                self.lines.append(raw.decode(errors="replace").rstrip())
                self._changed.notify_all()

    async def said(self, *phrases: str, timeout: float = 30) -> None:
        """Wait until the log has lines containing `phrases`, in that order."""

        def in_order() -> bool:
            position = 0
            for phrase in phrases:
                found = [i for i in range(position, len(self.lines)) if phrase in self.lines[i]]
                if not found:
                    return False
                position = found[0] + 1
            return True

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(in_order), timeout)

    async def finish(self) -> str:
        """Wait for the process to end; return its whole log."""
        await self.process.wait()
        await self._reader
        return "\n".join(self.lines)


@asynccontextmanager
async def bot_process(
    server: EmulatorServer, database: Path, send_rate: int = SEND_RATE
) -> AsyncIterator[BotProcess]:
    """Start the bot; on exit stop it with SIGTERM (a clean stop) unless it was killed."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=database.parent, env=environment(server, database, send_rate),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    bot = BotProcess(process)
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(bot.finish(), timeout=30)
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()


async def add_subscribers(
    repo: Repository, emulator: BotApiEmulator, count: int, due: datetime
) -> list[int]:
    """`count` people with a chat, onboarded, who met every exercise, their reminder at `due`."""
    now = datetime.now(UTC)
    users = list(range(3001, 3001 + count))
    for user_id in users:
        emulator.add_chat({"id": user_id, "type": "private", "first_name": "Pat"})
        await repo.subscribers.register(
            user_id=user_id, chat_id=user_id, first_name="Pat", language_code="en",
            timezone="Europe/Berlin", reminder_time="07:30", today=date(2026, 11, 1), now=now,
        )  # fmt: skip
        await repo.subscribers.update(user_id, now, onboarding_step=None, next_reminder_at=due)
        await met_every_exercise(repo, user_id, now)  # each morning: the routine alone
    return users


def delivered(emulator: BotApiEmulator, users: list[int]) -> dict[int, int]:
    """How many messages the bot got through to each chat."""
    return {user_id: len(emulator.messages(user_id)) for user_id in users}


async def journal_counts(repo: Repository) -> dict[str, int]:
    rows = await sql(repo).fetch_all(
        "SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status"
    )
    return {row["status"]: row["n"] for row in rows}


async def test_two_processes_on_one_database_send_each_routine_once(tmp_path: Path) -> None:
    emulator = BotApiEmulator(TOKEN)
    database = tmp_path / "bot.sqlite3"
    repo = await Repository.open(database)
    try:
        users = await add_subscribers(repo, emulator, 50, datetime.now(UTC) + timedelta(days=1))
        async with (
            EmulatorServer(emulator) as server,
            # Half the rate each: together they stay under the emulator's 30/s.
            bot_process(server, database, SEND_RATE // 2) as first,
            bot_process(server, database, SEND_RATE // 2) as second,
        ):
            await first.said("reminder scheduler running")
            await second.said("reminder scheduler running")
            # Both are ticking: everyone's reminder falls due at once.
            now = int(datetime.now(UTC).timestamp())
            await sql(repo).execute("UPDATE subscribers SET next_reminder_at = ?", (now,))
            for user_id in users:
                assert await emulator.wait_for_messages(user_id, 1, timeout=30)
        # Both stopped cleanly, finishing what they had in flight.
        journal = await journal_counts(repo)
        owners = await sql(repo).fetch_value("SELECT COUNT(DISTINCT claimed_by) FROM deliveries")
    finally:
        await repo.close()
    assert delivered(emulator, users) == dict.fromkeys(users, 1)
    assert journal == {"sent": len(users)}
    assert owners == 2  # both processes really took part
    assert emulator.violations == []
    assert emulator.stats.rate_limited == 0


async def test_sigkill_mid_fan_out_then_restart_reaches_everyone(tmp_path: Path) -> None:
    await sigkill_and_restart(tmp_path, kill_after=15)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", range(3, 43, 2))  # 20 kills at different moments
async def test_repeated_sigkills_lose_nothing(tmp_path: Path, kill_after: int) -> None:
    await sigkill_and_restart(tmp_path, kill_after=kill_after)


async def sigkill_and_restart(tmp_path: Path, *, kill_after: int) -> None:
    """Kill a fan-out after `kill_after` sends, restart, and check nobody is lost."""
    emulator = BotApiEmulator(TOKEN)
    database = tmp_path / "bot.sqlite3"
    bound = in_flight_limit(Settings(send_rate=SEND_RATE))
    repo = await Repository.open(database)
    try:
        users = await add_subscribers(repo, emulator, 60, datetime.now(UTC) - timedelta(seconds=5))
        async with EmulatorServer(emulator) as server:
            async with bot_process(server, database) as first:
                version = 0
                while emulator.stats.sends < kill_after:
                    version = await emulator.wait_for_change(version, timeout=30)
                first.process.kill()
                await first.finish()
            in_flight = (await journal_counts(repo)).get("pending", 0)
            reached_before_restart = sum(1 for n in delivered(emulator, users).values() if n)
            async with bot_process(server, database) as second:
                for user_id in users:
                    assert await emulator.wait_for_messages(user_id, 1, timeout=30)
                # Once the killed instance's heartbeat is stale, its in-flight rows are resent.
                await second.said("resending", "reminder tick:")
        journal = await journal_counts(repo)
    finally:
        await repo.close()
    counts = delivered(emulator, users)
    assert reached_before_restart < len(users)  # the kill really came mid-fan-out
    assert 0 < in_flight <= bound
    assert min(counts.values()) == 1  # nobody lost
    assert sum(counts.values()) - len(users) <= in_flight  # duplicates within the bound
    assert journal == {"sent": len(users)}
    assert emulator.violations == []
    TALLY["crashes"] += 1
    TALLY["reminders_expected"] += len(users)
    TALLY["reminders_sent"] += sum(counts.values())
    TALLY["reminders_duplicated"] += sum(counts.values()) - len(users)
