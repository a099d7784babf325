"""`python -m bot run` when Telegram cannot be reached: it keeps trying instead of exiting,
`python -m bot health` names the channel that is down and the reminders it holds, and Telegram is
used once it answers: the reminder due meanwhile arrives then, once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.store import Repository
from bot.testing import sql
from tests.processes import bot_env, free_port, running_bot, start_bot, stop_with_sigterm
from tests.reminders.test_processes import add_subscribers

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHsecret-token-for-the-outage-test-xyz"


async def health(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    process = await start_bot(cwd, env, "health")
    output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, output.decode()


async def test_an_unreachable_telegram_is_retried_and_reported(tmp_path: Path) -> None:
    port = free_port()  # nothing listens here until the emulator starts on it
    env = bot_env(
        TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_URL=f"http://127.0.0.1:{port}/bot",
        DATABASE_PATH=str(tmp_path / "bot.sqlite3"), LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
        REMINDER_TICK_SECONDS="1",
    )  # fmt: skip
    emulator = BotApiEmulator(TOKEN)
    repo = await Repository.open(tmp_path / "bot.sqlite3")
    [pat] = await add_subscribers(repo, emulator, 1, datetime.now(UTC) - timedelta(seconds=5))
    try:
        async with running_bot(tmp_path, env) as (process, output):
            await output.wait_for("channels on: telegram")
            # The sender holds Pat's reminder (its second line: after the first failed probe).
            await output.wait_for("1 reminder held")
            assert process.returncode is None  # still running, not exited with 1
            code, said = await health(env, tmp_path)
            assert code == 1 and "telegram is down" in said, said
            assert "1 reminder held" in said, said

            async with EmulatorServer(emulator, port=port):
                await output.wait_for("telegram is connected")
                emulator.user(501, "Sam").send_command("start")
                assert await emulator.wait_for_messages(501, 1, timeout=60)
                assert await emulator.wait_for_messages(pat, 1, timeout=60)  # held, then sent
                await stop_with_sigterm(process)
        status = await sql(repo).fetch_value("SELECT status FROM deliveries")
    finally:
        await repo.close()
    log = output.text
    assert process.returncode == 0, log
    assert len(emulator.messages(pat)) == 1 and status == "sent"
    assert "database closed" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
