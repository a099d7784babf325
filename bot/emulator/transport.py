"""The in-process adapter: an httpx transport, and a python-telegram-bot request using it."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from telegram.request import HTTPXRequest

from bot.emulator.core import BotApiEmulator
from bot.emulator.models import ApiError, InjectedTimeout
from bot.emulator.wire import decode_body

_PATH = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")


def parse_path(path: str) -> tuple[str, str] | None:
    """Token and method from `/bot{token}/{method}`."""
    match = _PATH.search(path)
    return None if match is None else (match["token"], match["method"])


async def answer(
    emulator: BotApiEmulator, path: str, content_type: str, body: bytes, query: str
) -> tuple[int, bytes]:
    """Status and JSON bytes for one HTTP request (shared by both adapters)."""
    route = parse_path(path)
    if route is None:
        status, payload = 404, ApiError(404, "Not Found").body()
    else:
        try:
            params = decode_body(content_type, body, query)
        except ApiError as error:
            status, payload = error.status, error.body()
        else:
            status, payload = await emulator.handle(route[0], route[1], params)
    return status, json.dumps(payload).encode()


class EmulatorTransport(httpx.AsyncBaseTransport):
    """Routes `POST …/bot{token}/{method}` to the emulator without a socket."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer like the Bot API; an injected timeout raises httpx.ReadTimeout."""
        body = await request.aread()
        try:
            status, payload = await answer(
                self.emulator,
                request.url.path,
                request.headers.get("content-type", ""),
                body,
                request.url.query.decode(),
            )
        except InjectedTimeout:
            raise httpx.ReadTimeout("emulated timeout", request=request) from None
        return httpx.Response(
            status, content=payload, headers={"content-type": "application/json"}
        )


class EmulatorRequest(HTTPXRequest):
    """A python-telegram-bot request object whose HTTP client talks to the emulator."""

    def __init__(self, emulator: BotApiEmulator, **kwargs: Any) -> None:
        self._transport = EmulatorTransport(emulator)
        kwargs.setdefault("connection_pool_size", 256)
        super().__init__(**kwargs)

    def _build_client(self) -> httpx.AsyncClient:
        kwargs = dict(self._client_kwargs)
        kwargs["transport"] = self._transport
        return httpx.AsyncClient(**kwargs)
