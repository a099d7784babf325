"""Telegram and WhatsApp in one `python -m bot run`: one database, scheduler and webhook server.
WhatsApp keeps answering while Telegram cannot be reached, `python -m bot health` names
Telegram meanwhile, and Telegram answers once it is back."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.emulator_whatsapp import CloudApiEmulator
from tests.e2e.test_unreachable_channel import health
from tests.processes import bot_env, free_port, running_bot, stop_with_sigterm

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHsecret-token-for-the-two-channel-test"


async def test_both_channels_share_one_process_and_survive_an_outage(tmp_path: Path) -> None:
    telegram_port, webhook_port = free_port(), free_port()
    async with CloudApiEmulator() as api:
        env = bot_env(
            TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_URL=f"http://127.0.0.1:{telegram_port}/bot",
            WHATSAPP_TOKEN=api.token, WHATSAPP_PHONE_NUMBER_ID=api.phone_number_id,
            WHATSAPP_APP_SECRET=api.app_secret, WHATSAPP_VERIFY_TOKEN=api.verify_token,
            WHATSAPP_API_URL=api.base_url, WEBHOOK_PORT=str(webhook_port),
            DATABASE_PATH=str(tmp_path / "bot.sqlite3"), LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
        )  # fmt: skip
        async with running_bot(tmp_path, env) as (process, output):
            await output.wait_for("channels on: telegram, whatsapp;")
            await output.wait_for("telegram is ")  # its first attempt failed: nobody listens
            api.set_webhook(f"http://127.0.0.1:{webhook_port}/whatsapp")
            ana = api.person("15551234567", name="Ana")
            await ana.send_text("start")
            (welcome, *_) = await ana.wait_for_messages(1, timeout=60)
            assert "Ana" in (welcome.text or "")
            code, said = await health(env, tmp_path)
            assert code == 1 and "telegram is down" in said and "whatsapp" not in said, said

            emulator = BotApiEmulator(TOKEN)
            async with EmulatorServer(emulator, port=telegram_port):
                await output.wait_for("telegram is connected")
                emulator.user(501, "Sam").send_command("start")
                assert await emulator.wait_for_messages(501, 1, timeout=60)
                assert "Sam" in (emulator.messages(501)[0].text or "")
                await stop_with_sigterm(process)
    log = output.text
    assert process.returncode == 0, log[-3000:]
    assert "database closed" in log
    for secret in (TOKEN, TOKEN.split(":")[1], api.token, api.app_secret, api.verify_token):
        assert secret not in log
