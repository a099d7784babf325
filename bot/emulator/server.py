"""The HTTP adapter: the emulator on a loopback port, for the demo and multi-process tests."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from types import TracebackType
from typing import Any

import httpx
from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from bot.emulator.core import BotApiEmulator
from bot.emulator.models import InjectedTimeout
from bot.emulator.transport import answer

logger = logging.getLogger(__name__)


class _ApiHandler(RequestHandler):
    def initialize(self, server: EmulatorServer) -> None:
        self.server = server

    async def _answer(self) -> None:
        try:
            status, payload = await answer(
                self.server.emulator,
                self.request.path,
                self.request.headers.get("Content-Type", ""),
                self.request.body,
                self.request.query,
            )
        except InjectedTimeout:
            # Hold the answer past any sensible client timeout, then drop the connection.
            await asyncio.sleep(self.server.timeout_hold)
            self.request.connection.close()  # type: ignore[union-attr]
            return
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(payload)

    async def post(self, *_: str) -> None:
        await self._answer()

    async def get(self, *_: str) -> None:
        await self._answer()


class EmulatorServer:
    """Serves the emulator on 127.0.0.1 and delivers updates to a webhook once one is set."""

    def __init__(self, emulator: BotApiEmulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self.host = host
        self.port = port
        self.timeout_hold = 30.0
        self._server: HTTPServer | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def url(self) -> str:
        """The Bot API base URL to give the bot (TELEGRAM_API_URL)."""
        return f"http://{self.host}:{self.port}/bot"

    async def start(self) -> None:
        """Listen on the loopback port (a free one when port is 0)."""
        # No access log: request paths carry the token.
        app = Application(
            [(r"/.*", _ApiHandler, {"server": self})], log_function=lambda handler: None
        )
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        sock.listen(128)
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        self._server = HTTPServer(app)
        self._server.add_sockets([sock])
        self.emulator.update_listeners.append(self._on_update)

    async def stop(self) -> None:
        """Stop listening and finish webhook deliveries in progress."""
        with contextlib.suppress(ValueError):
            self.emulator.update_listeners.remove(self._on_update)
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def __aenter__(self) -> EmulatorServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def _on_update(self, update: dict[str, Any]) -> None:
        if not self.emulator.webhook.get("url"):
            return
        allowed = set(self.emulator.webhook.get("allowed_updates") or ())
        if allowed and not allowed & update.keys():
            # Telegram drops updates of types the bot did not ask for, webhook or not.
            self.emulator.confirm(update["update_id"] + 1)
            return
        task = asyncio.get_running_loop().create_task(self._push(update))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _push(self, update: dict[str, Any]) -> None:
        status = await self.deliver_webhook(update)
        if status == 200:
            self.emulator.confirm(update["update_id"] + 1)

    async def deliver_webhook(
        self, update: dict[str, Any], *, secret_override: str | None = None
    ) -> int:
        """POST one update to the webhook (with the secret header unless overridden)."""
        url = self.emulator.webhook.get("url")
        if not url:
            raise RuntimeError("no webhook is set")
        headers = {}
        secret = self.emulator.webhook.get("secret_token")
        if secret_override is not None:
            secret = secret_override or None
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        async with httpx.AsyncClient(timeout=10) as client:
            try:
                response = await client.post(url, json=update, headers=headers)
            except httpx.HTTPError as error:
                logger.warning("webhook delivery failed: %s", type(error).__name__)
                return 0
        return response.status_code
