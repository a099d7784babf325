"""The bot's HTTP client for the Bot API: PTB's `BaseRequest` on aiohttp instead of httpx.

PTB lets an application bring its own networking backend (`ApplicationBuilder.request`). The
default, `HTTPXRequest`, costs about 1.3 ms of CPU per call on this project's 2-core target,
and httpcore's pool scans every open connection on each request, so the cost grows with the
pool; at paid broadcast's 1,000 messages a second that alone is more than a core. aiohttp's
client (C-accelerated HTTP parsing, a pool that hands out idle connections in O(1)) does the
same call for about 0.15 ms (`make bench`, bench/throughput.py). Timeouts, errors and uploads
behave as with HTTPXRequest: a timeout is `TimedOut`, any other transport failure is
`NetworkError`, and file uploads are multipart.
"""

from __future__ import annotations

import ssl
from typing import Any

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logs import RedactTokenFilter

# As HTTPXRequest: PTB's defaults for the pool and the timeouts (seconds).
CONNECTION_POOL_SIZE = 256
DEFAULT_TIMEOUTS = {"read": 5.0, "write": 5.0, "connect": 5.0, "pool": 1.0}
MEDIA_WRITE_TIMEOUT = 20.0
_REDACT = RedactTokenFilter()


class AiohttpRequest(BaseRequest):
    """Bot API calls over one aiohttp session with a bounded, keep-alive connection pool."""

    __slots__ = ("_pool_size", "_session", "_timeouts")

    def __init__(
        self, connection_pool_size: int = CONNECTION_POOL_SIZE, **timeouts: float
    ) -> None:
        self._pool_size = connection_pool_size
        self._timeouts = {**DEFAULT_TIMEOUTS, **timeouts}
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout in seconds."""
        return self._timeouts["read"]

    async def initialize(self) -> None:
        """Open the session (inside the running event loop, as aiohttp requires)."""
        if self._session is None or self._session.closed:
            # Certificates from certifi, as httpx uses: slim containers may lack system ones.
            context = ssl.create_default_context(cafile=certifi.where())
            connector = aiohttp.TCPConnector(limit=self._pool_size, ssl=context)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one call; return the HTTP status and the body."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        read = self._timeout(read_timeout, "read")
        connect = self._timeout(connect_timeout, "connect")
        pool = self._timeout(pool_timeout, "pool")
        write = self._timeout(write_timeout, "write", media=bool(files))
        # aiohttp has no separate write timeout: a write is bounded by the request's total.
        timeout = aiohttp.ClientTimeout(
            total=_sum(connect, pool, write, read),
            connect=_sum(pool, connect),  # waiting for a free pooled connection, then dialling
            sock_connect=connect,
            sock_read=read,
        )
        data: Any = None
        if request_data is not None:
            data = (
                _form(request_data.json_parameters, files)
                if files
                else (request_data.json_parameters)
            )
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as answer:
                return answer.status, await answer.read()
        except TimeoutError as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # aiohttp's messages may hold the request URL, and with it the token.
            raise NetworkError(
                f"aiohttp.{err.__class__.__name__}: {_REDACT.redact(str(err))}"
            ) from err

    def _timeout(self, value: ODVInput[float], name: str, *, media: bool = False) -> float | None:
        if isinstance(value, DefaultValue):
            return MEDIA_WRITE_TIMEOUT if media else self._timeouts[name]
        return value


def _sum(*parts: float | None) -> float | None:
    """None (no limit) if any part is unlimited, else their sum."""
    return None if any(p is None for p in parts) else sum(p for p in parts if p is not None)


def _form(fields: dict[str, str], files: dict[str, Any]) -> aiohttp.FormData:
    """A multipart body: the call's parameters, then its files."""
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
