"""`python -m bot run` in webhook mode as a real process: Telegram (the emulator) pushes
updates over loopback HTTP, forged ones are refused, /healthz answers, no secret is logged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from bot.emulator import BotApiEmulator, EmulatorServer
from bot.store import Repository
from tests.processes import (
    assert_in_order,
    bot_env,
    free_port,
    running_bot,
    stop_with_sigterm,
)
from tests.reminders.factories import insert_subscriber

pytestmark = pytest.mark.subprocess

TOKEN = "7654321:AAHsecret-token-for-the-webhook-test-xyz"
SECRET = "process-webhook-SECRET_4242"
REMINDED = 777  # a subscriber whose reminder is due the moment the bot starts


async def test_webhook_process_serves_updates_health_and_keeps_secrets(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    repo = await Repository.open(database)
    now = datetime.now(UTC)
    await insert_subscriber(
        repo, REMINDED, now=now, timezone="UTC", next_reminder_at=now - timedelta(minutes=1)
    )
    await repo.close()

    emulator = BotApiEmulator(TOKEN)
    reminded = emulator.user(REMINDED, "Rita")
    emulator.add_chat(reminded.private_chat)  # she wrote to the bot before this start
    port = free_port()
    async with EmulatorServer(emulator) as telegram:
        env = bot_env(
            TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_URL=telegram.url, DATABASE_PATH=str(database),
            WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram", WEBHOOK_PORT=str(port),
            WEBHOOK_SECRET=SECRET, LOG_LEVEL="DEBUG", PYTHONUNBUFFERED="1",
        )  # fmt: skip
        async with running_bot(tmp_path, env) as (process, output):
            await output.wait_for("webhook registered")
            assert emulator.webhook["secret_token"] == SECRET
            # The first tick beats before it sends: once the due reminder arrives, it has ticked.
            assert await emulator.wait_for_messages(REMINDED, 1, timeout=60)
            async with httpx.AsyncClient(timeout=10) as client:
                health = await client.get(f"http://127.0.0.1:{port}/healthz")
            assert (health.status_code, health.json()) == (200, {"ok": True, "status": "ok"})

            person = emulator.user(501, "Sam")
            forged = {
                "update_id": 99_000,
                "message": {
                    "message_id": 1, "date": emulator.now(), "from": person.user,
                    "chat": person.private_chat, "text": "/start",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                },
            }  # fmt: skip
            assert await telegram.deliver_webhook(forged, secret_override="") == 403
            person.send_command("start")  # pushed by the emulator with the secret
            assert await emulator.wait_for_messages(501, 1, timeout=60)
            await stop_with_sigterm(process)
    log = output.text
    assert process.returncode == 0, log
    assert "database closed" in log
    # The operator's log says how updates come in (the public URL, no secret), who the bot is,
    # and that it stopped cleanly.
    assert_in_order(
        log,
        f"channels on: telegram; Telegram updates by webhook at http://127.0.0.1:{port}/telegram;"
        f" webhook server on 127.0.0.1:{port}",
        "telegram is connected as @sciatica_demo_bot",
        "stopped cleanly",
    )
    welcomes = [m for m in emulator.messages(501) if "Sam" in (m.text or "")]
    assert len(welcomes) == 1  # the forged copy was never processed
    for secret in (TOKEN, TOKEN.split(":")[1], SECRET):
        assert secret not in log
    assert emulator.violations == []
