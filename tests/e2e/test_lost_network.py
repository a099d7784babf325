"""`python -m bot run` losing Telegram while it long-polls: one line in the log, not a traceback
each retry; `python -m bot health` names Telegram meanwhile; when Telegram is back the log says
so, health is ok again and people are answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from tests.e2e.test_unreachable_channel import health
from tests.processes import bot_env, free_port, running_bot, stop_with_sigterm

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHsecret-token-for-the-lost-network-test"


async def test_telegram_lost_while_polling_is_one_line_and_reported(tmp_path: Path) -> None:
    port = free_port()
    env = bot_env(
        TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_URL=f"http://127.0.0.1:{port}/bot",
        DATABASE_PATH=str(tmp_path / "bot.sqlite3"), LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
    )  # fmt: skip
    emulator = BotApiEmulator(TOKEN)
    async with running_bot(tmp_path, env) as (process, output):
        async with EmulatorServer(emulator, port=port):
            await output.wait_for("telegram is connected as @")
            emulator.user(501, "Ana").send_command("start")
            assert await emulator.wait_for_messages(501, 1, timeout=60)
        # Telegram is gone: the long poll in flight and every retry fail.
        await output.wait_for("telegram polling lost Telegram: ")
        await output.wait_for("trying again in 2 s")  # the probe's second failure
        lost = output.text
        code, said = await health(env, tmp_path)
        assert code == 1 and "telegram is down" in said, said

        async with EmulatorServer(emulator, port=port):
            await output.wait_for("telegram is connected again as @")
            if "outages: telegram is down since" in output.text:  # the reminder sender saw it too
                await output.wait_for("telegram answers again after")
            code, said = await health(env, tmp_path)
            assert code == 0, said
            emulator.user(502, "Ben").send_command("start")
            assert await emulator.wait_for_messages(502, 1, timeout=60)
            assert "Ben" in (emulator.messages(502)[0].text or "")
            await stop_with_sigterm(process)
    log = output.text
    assert process.returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[-5000:]
    assert lost.count("telegram polling lost Telegram") == 1, lost[-3000:]
