"""The HTTP adapter: the Cloud API's endpoints on a loopback port (aiohttp)."""

from __future__ import annotations

import json
import re
import socket
from typing import Any

from aiohttp import web

from bot.emulator_whatsapp.core import CloudApi

_VERSION = re.compile(r"v\d+\.\d+")


class ApiServer:
    """Serves a `CloudApi` at `http://127.0.0.1:PORT/vXX.X/…` (a free port when port is 0)."""

    def __init__(
        self,
        api: CloudApi,
        *,
        display_phone_number: str,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.api = api
        self.display_phone_number = display_phone_number
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    @property
    def origin(self) -> str:
        """`http://host:port`, without the API version."""
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        """Bind the port and serve."""
        app = web.Application(client_max_size=110 * 1024 * 1024)
        app.router.add_post("/{version}/{number}/messages", self._messages)
        app.router.add_post("/{version}/{number}/media", self._upload)
        app.router.add_get("/media/{media_id}", self._download)
        app.router.add_get("/{version}/{object_id}", self._object)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        # No access log: it would show nothing useful and the token travels in a header.
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        """Stop serving and close open connections."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _messages(self, request: web.Request) -> web.Response:
        if not _VERSION.fullmatch(request.match_info["version"]):
            return await self._unknown(request)
        raw = await request.read()
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = None
        status, answer = self.api.send(
            request.match_info["number"], request.headers.get("Authorization"), body
        )
        return web.json_response(answer, status=status)

    async def _upload(self, request: web.Request) -> web.Response:
        if not _VERSION.fullmatch(request.match_info["version"]):
            return await self._unknown(request)
        fields: dict[str, str] = {}
        file: tuple[str | None, str | None, bytes] | None = None
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    if name == "file":
                        file = (value.filename, value.content_type, value.file.read())
                else:
                    fields[name] = str(value)
        status, answer = self.api.upload(
            request.match_info["number"], request.headers.get("Authorization"), fields, file
        )
        return web.json_response(answer, status=status)

    async def _object(self, request: web.Request) -> web.Response:
        if not _VERSION.fullmatch(request.match_info["version"]):
            return await self._unknown(request)
        authorization = request.headers.get("Authorization")
        object_id = request.match_info["object_id"]
        if object_id == self.api.phone_number_id:
            status, answer = self.api.phone_number_info(authorization, self.display_phone_number)
        else:
            status, answer = self.api.media_info(object_id, authorization, self.origin)
        return web.json_response(answer, status=status)

    async def _download(self, request: web.Request) -> web.Response:
        media = self.api.media.get(request.match_info["media_id"])
        authorized = request.headers.get("Authorization") == f"Bearer {self.api.token}"
        if media is None or not authorized:
            return web.Response(status=404)
        return web.Response(body=media.content, content_type=media.mime_type)

    async def _unknown(self, request: web.Request) -> web.Response:
        status, answer = self.api.unknown_path(request.method, request.path)
        return web.json_response(answer, status=status)
