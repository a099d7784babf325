"""Webhook mode: updates delivered by the emulator over HTTP, the secret header, /healthz."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from bot.emulator import EmulatorServer
from bot.ops.webhook import WebhookServer
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql

SECRET = "webhook-Secret_0123456789"
PLACEHOLDER = "http://127.0.0.1:1/telegram"  # the real port is known once the server listens


async def test_updates_with_the_secret_are_processed_and_others_refused(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, webhook_url=PLACEHOLDER, webhook_secret=SECRET
    ) as harness:
        webhook = WebhookServer(harness.app, harness.settings)
        port = await webhook.start(0)
        async with EmulatorServer(harness.emulator) as telegram:
            await webhook.register(f"http://127.0.0.1:{port}/telegram")
            registered = harness.emulator.webhook
            assert registered["secret_token"] == SECRET
            assert registered["allowed_updates"] == [
                "message",
                "edited_message",
                "callback_query",
                "my_chat_member",
            ]

            person = harness.emulator.user(61, "Wes")
            forged = {
                "update_id": 10_000,
                "message": {
                    "message_id": 1, "date": harness.emulator.now(), "from": person.user,
                    "chat": person.private_chat, "text": "/start",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                },
            }  # fmt: skip
            assert await telegram.deliver_webhook(forged, secret_override="") == 403
            assert await telegram.deliver_webhook(forged, secret_override="wrong") == 403

            person.send_command("start")  # Telegram pushes it, with the secret
            assert await harness.emulator.wait_for_messages(61, 2, timeout=10)
        await webhook.stop()
        welcomes = [m for m in harness.emulator.messages(61) if "Wes" in (m.text or "")]
        assert len(welcomes) == 1  # the refused copies were never processed
        assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM subscribers") == 1


async def test_health_is_200_while_reminders_tick_and_503_when_they_stop(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, webhook_url=PLACEHOLDER, webhook_secret=SECRET
    ) as harness:
        webhook = WebhookServer(harness.app, harness.settings)
        port = await webhook.start(0)
        url = f"http://127.0.0.1:{port}/healthz"
        async with httpx.AsyncClient(timeout=10) as client:
            before = await client.get(url)
            await harness.tick()
            ticking = await client.get(url)
            harness.clock.advance(timedelta(minutes=5))  # the scheduler stopped ticking
            stopped = await client.get(url)
        await webhook.stop()
    assert before.status_code == 503 and "not ticked" in before.json()["status"]
    assert ticking.status_code == 200 and ticking.json() == {"ok": True, "status": "ok"}
    assert stopped.status_code == 503 and "300 s ago" in stopped.json()["status"]


async def test_only_well_formed_posts_with_the_secret_reach_the_bot(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, webhook_url=PLACEHOLDER, webhook_secret=SECRET
    ) as harness:
        webhook = WebhookServer(harness.app, harness.settings)
        port = await webhook.start(0)
        base = f"http://127.0.0.1:{port}"
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with httpx.AsyncClient(timeout=10) as client:
            not_json = await client.post(f"{base}/telegram", content=b"{", headers=headers)
            not_updates = [
                (await client.post(f"{base}/telegram", json=body, headers=headers)).status_code
                for body in (None, [], [1, 2], "text", {"update_id": "x"})
            ]
            with pytest.raises(httpx.TransportError):  # cut off before the body is read
                await client.post(f"{base}/telegram", content=b"x" * (2 << 20), headers=headers)
            elsewhere = await client.post(f"{base}/other", json={}, headers=headers)
            fetched = await client.get(f"{base}/telegram", headers=headers)
        await webhook.stop()
        queued = harness.app.update_queue.qsize()
    assert not_json.status_code == 400 and not_updates == [400] * 5
    assert (elsewhere.status_code, fetched.status_code) == (404, 405)
    assert queued == 0
