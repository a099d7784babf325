"""The WhatsApp number's own pace: at most WHATSAPP_SEND_RATE messages a second, evenly spread.

The Cloud API refuses a business number's messages beyond its throughput (80 a second by
default) with error 130429. Spacing every request 1/rate seconds apart (no bursts) keeps the
number under the ceiling by construction, so a fan-out never provokes the error itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class SendPacer:
    """Hands out send slots 1/rate seconds apart, in the order they are asked for."""

    def __init__(self, rate: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self._clock = clock
        self._next = 0.0

    def reserve(self) -> float:
        """Take the next free slot; return how long to wait for it (0 when it is now)."""
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + self.interval
        return slot - now

    async def wait(self) -> None:
        """Wait for this request's slot."""
        delay = self.reserve()
        if delay > 0:
            await asyncio.sleep(delay)

    def hold_off(self, seconds: float) -> None:
        """Push every later slot back (the API said to slow down)."""
        self._next = max(self._next, self._clock() + seconds)
