"""Webhook mode: a small tornado server taking Telegram's updates and serving `GET /healthz`.

Telegram sends every update as an HTTPS POST carrying the secret given to setWebhook in the
`X-Telegram-Bot-Api-Secret-Token` header; a request without it is refused and never processed.
PTB's own `run_webhook` serves only the update route, so this server (the same tornado PTB uses)
adds the health route on the same port: one port for the proxy and the container check.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import socket
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from bot.context import ALLOWED_UPDATES, BotApplication
from bot.ops.health import Health, check_health
from bot.services import BotServices
from bot.settings import Settings, SettingsError

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
# Updates are a few kB; a larger body is not from Telegram and is refused before it is read.
MAX_BODY_BYTES = 1 << 20


class WebhookServer:
    """Receives updates for a started application and reports its health.

    One server for every channel: Telegram's updates at WEBHOOK_URL's path (when `application`
    is given), other channels' `routes` (WhatsApp's /whatsapp), and the health check, on one
    port. Without Telegram, `services` names the shared resources the health check reads.
    """

    def __init__(
        self,
        application: BotApplication | None,
        settings: Settings,
        *,
        services: BotServices | None = None,
        routes: Sequence[tuple[str, type[RequestHandler], dict[str, Any]]] = (),
    ) -> None:
        if application is not None and (not settings.webhook_url or not settings.webhook_secret):
            raise ValueError("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
        if application is None and services is None:
            raise ValueError("a webhook server needs the application or the services")
        self.application = application
        self.services: BotServices = services or application.bot_data  # type: ignore[union-attr]
        self.settings = settings
        secret = settings.webhook_secret
        self.secret = secret.get_secret_value() if secret is not None else ""
        self.path = urlsplit(settings.webhook_url or "").path or "/"
        self.port = settings.webhook_port
        self.routes = list(routes)
        self._server: HTTPServer | None = None

    async def start(self, port: int | None = None) -> int:
        """Listen on WEBHOOK_LISTEN:WEBHOOK_PORT (or `port`; 0 picks a free one); return it."""
        routes: list[Any] = [(re.escape(HEALTH_PATH), _HealthHandler, {"server": self})]
        routes += [(re.escape(path), handler, args) for path, handler, args in self.routes]
        if self.application is not None:
            routes.append((re.escape(self.path), _UpdateHandler, {"server": self}))
        # No access log: it would record every person's update arriving, for nothing.
        app = Application(routes, log_function=lambda handler: None)
        listen, wanted = self.settings.webhook_listen, self.port if port is None else port
        try:
            sockets = bind_sockets(wanted, listen, socket.AF_UNSPEC)
        except OSError as exc:  # taken port, or an address this machine does not have
            raise SettingsError(
                f"WEBHOOK_PORT={wanted}: cannot listen on {listen} ({exc.strerror or exc})"
            ) from None
        self._server = HTTPServer(app, xheaders=True, max_body_size=MAX_BODY_BYTES)
        self._server.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        return self.port

    async def register(self, url: str | None = None) -> None:
        """Tell Telegram where to send updates, with the secret and only the updates we handle."""
        assert self.application is not None, "no Telegram application to register"
        await self.application.bot.set_webhook(
            url=url or self.settings.webhook_url or "",
            secret_token=self.secret,
            allowed_updates=ALLOWED_UPDATES,
        )
        logger.info(
            "webhook registered; listening on %s:%s", self.settings.webhook_listen, self.port
        )

    async def stop(self) -> None:
        """Stop accepting requests and close open connections."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None


class _UpdateHandler(RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def post(self) -> None:
        application = self.server.application
        assert application is not None  # the route exists only with Telegram
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.server.secret.encode()):
            self.set_status(403)
            return
        try:
            data = json.loads(self.request.body)
            well_formed = isinstance(data, dict) and isinstance(data.get("update_id"), int)
            update = Update.de_json(data, application.bot) if well_formed else None
        except (ValueError, TypeError, KeyError, AttributeError):
            update = None
        if update is None:  # not an update: Telegram never sends this, so nothing to retry
            self.set_status(400)
            return
        await application.update_queue.put(update)
        self.set_status(200)


class _HealthHandler(RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        services = self.server.services
        try:
            repo = services.repo
        except RuntimeError:  # not opened yet, or already closed on the way out
            health = Health(False, ("database not open",))
        else:
            settings = services.settings
            health = await check_health(
                repo, services.clock.now(), settings.health_max_tick_age,
                min_free_mb=settings.health_min_free_mb,
            )  # fmt: skip
        self.set_status(200 if health.ok else 503)
        self.write({"ok": health.ok, "status": health.describe()})
