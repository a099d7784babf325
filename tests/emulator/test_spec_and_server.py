"""The emulator's rules agree with the published spec; the HTTP adapter and webhook delivery."""

from __future__ import annotations

import asyncio
import io
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from telegram import Bot
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from bot.emulator import BotApiEmulator, EmulatorRequest, EmulatorServer
from bot.emulator.spec import IMPLEMENTED, fallback_tables, spec_path
from bot.emulator.validation import CALLBACK_ANSWER_LIMIT, CALLBACK_DATA_LIMIT, TEXT_LIMIT


@pytest.fixture
def published() -> dict[str, Any]:
    path = spec_path()
    if path is None:
        pytest.skip(
            "the published Bot API spec is not beside the checkout "
            "(../shared/reference/telegram-bot-api-10.1.json); set TELEGRAM_BOT_API_SPEC"
        )
    return dict(json.loads(path.read_text(encoding="utf-8")))


def field(spec: dict[str, Any], method: str, name: str) -> dict[str, Any]:
    return next(f for f in spec["methods"][method]["fields"] if f["name"] == name)


def test_built_in_tables_agree_with_the_spec(published: dict[str, Any]) -> None:
    """Every field of the built-in table is the spec's: its name, a type the spec allows (the
    table may name fewer, the ones the bot sends) and its required flag; and every field the spec
    requires is there."""
    for method, fields in fallback_tables().items():
        assert method in published["methods"], method
        for spec_field in fields:
            real = field(published, method, spec_field.name)
            assert set(spec_field.types) <= set(real["types"]), (method, spec_field.name)
            assert real["required"] == spec_field.required, (method, spec_field.name)
        listed = {f.name for f in fields}
        required = {
            f["name"] for f in published["methods"][method].get("fields", []) if f["required"]
        }
        assert required <= listed, (method, required - listed)


async def test_without_the_spec_a_paid_broadcast_animation_is_sent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The morning card's figure as a paid broadcast, on the built-in tables; a field no table
    lists is still refused."""
    monkeypatch.setenv("TELEGRAM_BOT_API_SPEC", str(tmp_path / "absent.json"))
    assert spec_path() is None
    emulator = BotApiEmulator(per_chat_rate=None)
    emulator.user(7).send_text("hi")
    frames = [Image.new("RGB", (60, 40), colour) for colour in ("white", "black")]
    gif = io.BytesIO()
    frames[0].save(gif, format="GIF", save_all=True, append_images=frames[1:], duration=500)
    request = EmulatorRequest(emulator)
    async with Bot(emulator.token, request=request, get_updates_request=request) as bot:
        sent = await bot.send_animation(
            7, animation=gif.getvalue(), caption="Cat-cow", allow_paid_broadcast=True
        )
    assert sent.animation is not None and emulator.messages(7)[-1].kind == "animation"
    assert emulator.violations == []
    status, body = await emulator.handle(
        emulator.token, "sendMessage", {"chat_id": 7, "text": "hi", "colour": "red"}
    )
    assert status == 400 and "unknown parameter 'colour'" in body["description"]


def test_every_implemented_method_exists_in_the_spec(published: dict[str, Any]) -> None:
    assert set(IMPLEMENTED) <= set(published["methods"])


def test_enforced_limits_match_the_descriptions(published: dict[str, Any]) -> None:
    text = field(published, "sendMessage", "text")["description"]
    assert re.search(rf"1-{TEXT_LIMIT} characters", text)
    answer = field(published, "answerCallbackQuery", "text")["description"]
    assert re.search(rf"0-{CALLBACK_ANSWER_LIMIT} characters", answer)
    button = next(
        f for f in published["types"]["InlineKeyboardButton"]["fields"]
        if f["name"] == "callback_data"
    )  # fmt: skip
    assert re.search(rf"1-{CALLBACK_DATA_LIMIT} bytes", button["description"])


async def test_http_adapter_speaks_form_json_and_multipart() -> None:
    emulator = BotApiEmulator(per_chat_rate=None)
    emulator.user(7).send_text("hi")
    async with EmulatorServer(emulator) as server, httpx.AsyncClient() as client:
        base = f"{server.url}{emulator.token}"
        form = await client.post(f"{base}/sendMessage", data={"chat_id": "7", "text": "form"})
        as_json = await client.post(f"{base}/sendMessage", json={"chat_id": 7, "text": "json"})
        upload = await client.post(
            f"{base}/sendDocument", data={"chat_id": "7"}, files={"document": ("a.txt", b"abc")}
        )
        missing = await client.post(f"{base}/nope")
    assert [form.status_code, as_json.status_code, upload.status_code] == [200, 200, 200]
    assert missing.status_code == 404
    assert [m.text for m in emulator.messages(7)][:2] == ["form", "json"]
    assert emulator.messages(7)[2].document == b"abc"


class _Receiver(RequestHandler):
    def initialize(
        self, seen: list[tuple[str | None, dict[str, Any]]], arrived: asyncio.Event
    ) -> None:
        self.seen = seen
        self.arrived = arrived

    def post(self) -> None:
        secret = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        self.seen.append((secret, json.loads(self.request.body)))
        self.set_status(200 if secret == "s3cret" else 403)
        self.arrived.set()


def _receiver() -> tuple[HTTPServer, int, list[tuple[str | None, dict[str, Any]]], asyncio.Event]:
    """A webhook receiver on a free loopback port: what it was sent, and an event per arrival."""
    seen: list[tuple[str | None, dict[str, Any]]] = []
    arrived = asyncio.Event()
    receiver = HTTPServer(Application([(r"/hook", _Receiver, {"seen": seen, "arrived": arrived})]))
    [sock] = bind_sockets(0, "127.0.0.1")
    receiver.add_sockets([sock])
    return receiver, sock.getsockname()[1], seen, arrived


async def test_webhook_delivery_with_and_without_the_secret() -> None:
    receiver, port, seen, arrived = _receiver()
    emulator = BotApiEmulator()
    async with EmulatorServer(emulator) as server:
        status, _ = await emulator.handle(
            emulator.token,
            "setWebhook",
            {"url": f"http://127.0.0.1:{port}/hook", "secret_token": "s3cret"},
        )
        assert status == 200
        update = emulator.user(7).send_text("pushed")
        await asyncio.wait_for(arrived.wait(), timeout=10)
        assert seen and seen[0][0] == "s3cret" and seen[0][1]["update_id"] == update["update_id"]
        assert await server.deliver_webhook(update, secret_override="") == 403
        assert await server.deliver_webhook(update, secret_override="wrong") == 403
    receiver.stop()


async def test_a_webhook_gets_only_the_update_types_it_asked_for() -> None:
    receiver, port, seen, arrived = _receiver()
    emulator = BotApiEmulator()
    async with EmulatorServer(emulator):
        url = f"http://127.0.0.1:{port}/hook"
        params = {"url": url, "secret_token": "s3cret", "allowed_updates": ["message"]}
        assert (await emulator.handle(emulator.token, "setWebhook", params))[0] == 200
        person = emulator.user(7)
        person.block_bot()  # a my_chat_member update: not asked for, so dropped
        update = person.send_text("pushed")

        async def until_the_message_arrives() -> None:
            while update["update_id"] not in [body["update_id"] for _, body in seen]:
                await arrived.wait()
                arrived.clear()

        await asyncio.wait_for(until_the_message_arrives(), timeout=10)
        assert [body["update_id"] for _, body in seen] == [update["update_id"]]
    receiver.stop()
