"""The Cloud API's sending limits: throughput per number, pair rate, the 24-hour window.

Every limit reads an injected clock (seconds), so tests move time instead of waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable

# The Telegram emulator's token bucket, on a caller's clock: one tested implementation for both
# test doubles (importing it pulls in no part of the bot itself).
from bot.emulator.faults import TokenBucket
from bot.emulator_whatsapp.errors import PAIR_RATE, THROUGHPUT, CloudApiError

SERVICE_WINDOW = 24 * 3600.0
DEFAULT_SEND_RATE = 80.0  # messages a second per business phone number
# Meta: about one message every 6 seconds to one person, after a burst of up to 45.
DEFAULT_PAIR_RATE = 1 / 6
DEFAULT_PAIR_BURST = 45


class SendLimits:
    """Throughput per business phone number (130429) and per business-person pair (131056).

    The number's bucket holds one second of messages (`send_rate`, 80 by default) and refills
    at that rate; a pair's bucket holds `pair_burst` and refills at `pair_rate` a second. A
    refused send takes no token. `None` turns a limit off.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        send_rate: float | None = DEFAULT_SEND_RATE,
        pair_rate: float | None = DEFAULT_PAIR_RATE,
        pair_burst: int = DEFAULT_PAIR_BURST,
    ) -> None:
        self._clock = clock
        self.send_rate = send_rate
        self.pair_rate = pair_rate
        self.pair_burst = pair_burst
        self._numbers: dict[str, TokenBucket] = {}
        self._pairs: dict[tuple[str, str], TokenBucket] = {}

    def check(self, phone_number_id: str, to: str) -> None:
        """Count one send, or raise 130429 / 131056 (taking no token)."""
        now = self._clock()
        number = pair = None
        if self.send_rate:
            number = self._numbers.get(phone_number_id)
            if number is None:
                number = self._numbers[phone_number_id] = TokenBucket(
                    self.send_rate, self.send_rate, now
                )
            if number.take(now) > 0:
                raise CloudApiError(THROUGHPUT)
        if self.pair_rate:
            key = (phone_number_id, to)
            pair = self._pairs.get(key)
            if pair is None:
                pair = self._pairs[key] = TokenBucket(self.pair_rate, self.pair_burst, now)
            if pair.take(now) > 0:
                if number is not None:
                    number.tokens += 1  # the refused send gives its number token back
                raise CloudApiError(PAIR_RATE)


class ServiceWindow:
    """The customer service window: free-form messages only within 24 h of the person's last."""

    def __init__(self, clock: Callable[[], float], length: float = SERVICE_WINDOW) -> None:
        self._clock = clock
        self.length = length
        self.last_inbound: dict[str, float] = {}

    def opened(self, wa_id: str) -> None:
        """The person sent a message now (any message: text, tap, location)."""
        self.last_inbound[wa_id] = self._clock()

    def is_open(self, wa_id: str) -> bool:
        """Whether a free-form message to this person is allowed now."""
        last = self.last_inbound.get(wa_id)
        return last is not None and self._clock() - last <= self.length
