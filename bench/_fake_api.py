"""A minimal fake Bot API for the throughput benchmark, run in its own process on loopback.

`python -m bench._fake_api FREE_RATE PAID_RATE` prints its port, then answers every method with a
fixed-shape JSON body as cheaply as it can (a raw asyncio HTTP/1.1 server, no framework), so
that the bot's process pays for the bot's work only. Sends are held to Telegram's limits: free
messages to FREE_RATE a second, paid broadcasts (`allow_paid_broadcast=true`) to PAID_RATE, and
each chat to one a second with a short burst; a send over a limit gets 429 with `retry_after`.
`GET /stats` answers the tallies the benchmark reads at the end: accepted sends per chat, 429s.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import sys
import time
from collections import Counter

from bot.emulator.faults import TokenBucket

_CHAT_ID = re.compile(rb"(?:^|&)chat_id=(-?\d+)")
_PAID = re.compile(rb"(?:^|&)allow_paid_broadcast=true")
_BOT = b'{"id":1,"is_bot":true,"first_name":"Bench","username":"bench_bot"}'
_TRUE = b'{"ok":true,"result":true}'
PER_CHAT_RATE, PER_CHAT_BURST = 1.0, 5.0


class FakeBotApi:
    """The state: limits, tallies and the next message id."""

    def __init__(self, free_rate: float, paid_rate: float) -> None:
        now = time.monotonic()
        self.free = TokenBucket(free_rate, max(1.0, free_rate), now)
        self.paid = TokenBucket(paid_rate, max(1.0, paid_rate), now)
        self.chats: dict[int, TokenBucket] = {}
        self.accepted: Counter[int] = Counter()
        self.rate_limited = 0
        self.edits = 0
        self.message_id = 0
        self.first_send = self.last_send = 0.0

    def answer(self, method: bytes, body: bytes) -> tuple[bytes, bytes]:
        """(status line, JSON body) for one call."""
        name = method.lower()
        if name == b"sendmessage" or name.startswith(b"edit"):
            found = _CHAT_ID.search(body)
            chat_id = int(found.group(1)) if found else 0
            if name == b"sendmessage":
                wait = self._check(chat_id, paid=_PAID.search(body) is not None)
                if wait:
                    self.rate_limited += 1
                    after = max(1, math.ceil(wait))
                    return b"429 Too Many Requests", (
                        b'{"ok":false,"error_code":429,"description":"Too Many Requests: retry'
                        b' after %d","parameters":{"retry_after":%d}}' % (after, after)
                    )
                self.accepted[chat_id] += 1
            else:
                self.edits += 1
            self.message_id += 1
            return b"200 OK", (
                b'{"ok":true,"result":{"message_id":%d,"date":1764050400,'
                b'"chat":{"id":%d,"type":"private","first_name":"U"},"from":%s,"text":"ok"}}'
                % (self.message_id, chat_id, _BOT)
            )
        if name == b"getme":
            return b"200 OK", b'{"ok":true,"result":%s}' % _BOT
        if name == b"stats":
            return b"200 OK", json.dumps(self.stats()).encode()
        return b"200 OK", _TRUE

    def _check(self, chat_id: int, *, paid: bool) -> float:
        now = time.monotonic()
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = self.chats[chat_id] = TokenBucket(PER_CHAT_RATE, PER_CHAT_BURST, now)
        wait = max((self.paid if paid else self.free).take(now), chat.take(now))
        if not wait:
            self.first_send = self.first_send or now
            self.last_send = now
        return wait

    def stats(self) -> dict[str, float]:
        """The tallies: accepted sends, distinct chats reached, duplicates, 429s."""
        sent = sum(self.accepted.values())
        return {
            "accepted": sent,
            "chats": len(self.accepted),
            "duplicates": sent - len(self.accepted),
            "rate_limited": self.rate_limited,
            "edits": self.edits,
            "send_span_s": self.last_send - self.first_send,
            "cpu_s": time.process_time(),
        }


async def _serve(
    api: FakeBotApi, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """HTTP/1.1 keep-alive: read a request, answer it, repeat until the client closes."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, _, headers = head.partition(b"\r\n")
            path = request_line.split(b" ", 2)[1]
            length = 0
            for line in headers.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length) if length else b""
            status, payload = api.answer(path.rsplit(b"/", 1)[-1], body)
            writer.write(
                b"HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                % (status, len(payload), payload)
            )
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(free_rate: float, paid_rate: float) -> None:
    """Serve until stdin closes (the benchmark ends the process by closing it)."""
    api = FakeBotApi(free_rate, paid_rate)
    server = await asyncio.start_server(
        lambda r, w: _serve(api, r, w), "127.0.0.1", 0, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1]), float(sys.argv[2])))
