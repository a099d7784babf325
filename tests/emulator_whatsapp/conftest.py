"""A stand-in bot for the emulator's tests: a webhook receiver that checks signatures as the
Cloud API's documentation says a receiver must, and an HTTP client that sends like pywa does."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from aiohttp import web
from PIL import Image

from bot.emulator_whatsapp import CloudApiEmulator


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "white").save(out, format="PNG")
    return out.getvalue()


PNG = _png()  # a real (tiny) PNG, like the /progress chart
START = 1_750_000_000.0  # a Unix time; every test moves its own clock from here
UpdateHandler = Callable[[dict[str, Any]], Awaitable[None]]


class Clock:
    """An injected clock: `clock()` is the time, `advance()` moves it."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeBot:
    """Receives the webhook at /whatsapp: the handshake, and signed updates (403 otherwise)."""

    def __init__(self, app_secret: str, verify_token: str) -> None:
        self.app_secret = app_secret
        self.verify_token = verify_token
        self.updates: list[dict[str, Any]] = []
        self.raw: list[bytes] = []  # the signed bodies, as received
        self.refused = 0
        self.on_update: UpdateHandler | None = None
        self.port = 0
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/whatsapp"

    def messages(self) -> list[dict[str, Any]]:
        """Every `messages[]` item received, oldest first."""
        return [m for u in self.updates for m in _value(u).get("messages", [])]

    def statuses(self) -> list[dict[str, Any]]:
        """Every `statuses[]` item received, oldest first."""
        return [s for u in self.updates for s in _value(u).get("statuses", [])]

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/whatsapp", self._challenge)
        app.router.add_post("/whatsapp", self._update)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _challenge(self, request: web.Request) -> web.Response:
        query = request.query
        if query.get("hub.mode") == "subscribe" and query.get("hub.verify_token") == (
            self.verify_token
        ):
            return web.Response(text=query.get("hub.challenge", ""))
        return web.Response(status=403)

    async def _update(self, request: web.Request) -> web.Response:
        raw = await request.read()
        header = request.headers.get("X-Hub-Signature-256", "")
        expected = "sha256=" + hmac.new(self.app_secret.encode(), raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(header, expected):
            self.refused += 1
            return web.Response(status=403)
        update = json.loads(raw)
        self.raw.append(raw)
        self.updates.append(update)
        if self.on_update is not None:
            await self.on_update(update)
        return web.Response(text="ok")


def _value(update: dict[str, Any]) -> dict[str, Any]:
    return dict(update["entry"][0]["changes"][0]["value"])


class Sender:
    """The bot's side of the API: JSON POSTs with the bearer token, as pywa sends them."""

    def __init__(self, api: CloudApiEmulator, client: httpx.AsyncClient) -> None:
        self.api = api
        self.client = client

    async def post(self, body: Any, *, token: str | None = None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token or self.api.token}"}
        url = f"{self.api.base_url}/{self.api.phone_number_id}/messages"
        return await self.client.post(url, json=body, headers=headers)

    async def text(self, to: str, body: str) -> httpx.Response:
        return await self.post(message(to, "text", {"body": body}))

    async def upload(
        self, content: bytes, mime_type: str = "image/png", filename: str = "chart.png"
    ) -> httpx.Response:
        url = f"{self.api.base_url}/{self.api.phone_number_id}/media"
        return await self.client.post(
            url,
            headers={"Authorization": f"Bearer {self.api.token}"},
            data={"messaging_product": "whatsapp", "type": mime_type},
            files={"file": (filename, content, mime_type)},
        )


def message(to: str, kind: str, block: Any, **extra: Any) -> dict[str, Any]:
    """A send body: `{"messaging_product": "whatsapp", "to": …, "type": kind, kind: block}`."""
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": kind,
        kind: block,
        **extra,
    }


def buttons(*pairs: tuple[str, str], body: str = "Pick one") -> dict[str, Any]:
    """An interactive reply-button block."""
    return {
        "type": "button",
        "body": {"text": body},
        "action": {
            "buttons": [{"type": "reply", "reply": {"id": i, "title": t}} for i, t in pairs]
        },
    }


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def api(clock: Clock) -> AsyncIterator[CloudApiEmulator]:
    async with CloudApiEmulator(clock=clock) as emulator:
        yield emulator


@pytest.fixture
async def bot(api: CloudApiEmulator) -> AsyncIterator[FakeBot]:
    receiver = FakeBot(api.app_secret, api.verify_token)
    await receiver.start()
    api.set_webhook(receiver.url)
    yield receiver
    await receiver.stop()


@pytest.fixture
async def sender(api: CloudApiEmulator) -> AsyncIterator[Sender]:
    async with httpx.AsyncClient(timeout=10) as client:
        yield Sender(api, client)


async def settle() -> None:
    """Let already-scheduled callbacks run (no waiting on time)."""
    await asyncio.sleep(0)


def rows_block(
    *sections: list[tuple[str, str]], button: str = "Choose", body: str = "Pick a row"
) -> dict[str, Any]:
    """An interactive list block: one section per list of (id, title) rows."""
    return {
        "type": "list",
        "body": {"text": body},
        "action": {
            "button": button,
            "sections": [
                {"title": f"Part {n}", "rows": [{"id": i, "title": t} for i, t in rows]}
                for n, rows in enumerate(sections, start=1)
            ],
        },
    }


def template_block(
    name: str, language: str = "en", *params: str, payload: str | None = None
) -> dict[str, Any]:
    """A template block with positional body parameters and, optionally, a quick reply."""
    components: list[dict[str, Any]] = []
    if params:
        body = [{"type": "text", "text": p} for p in params]
        components.append({"type": "body", "parameters": body})
    if payload is not None:
        button = [{"type": "payload", "payload": payload}]
        components.append(
            {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": button}
        )
    return {"name": name, "language": {"code": language}, "components": components}


def error_of(response: httpx.Response) -> int:
    """The Graph API error code of an answer (0 for a success)."""
    body = response.json()
    return int(body["error"]["code"]) if "error" in body else 0
