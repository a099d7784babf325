"""The tick's send window: the in-flight bound holds with outcomes committed in batches."""

from __future__ import annotations

import asyncio
import random
from datetime import date

from bot.core.records import ClaimedDelivery
from bot.reminders.send_window import Composed, SendWindow, TickReport
from bot.reminders.sender import OutgoingMessage
from bot.store.claims import ClaimBatch
from bot.store.deliveries import DeliveryOutcome
from tests.reminders.factories import utc

NOW = utc(2026, 11, 25, 6, 30)
LIMIT = 20


async def test_claimed_but_unrecorded_never_exceeds_the_limit() -> None:
    """Up to LIMIT deliveries are sent or awaiting their commit: the most a crash resends."""
    rng = random.Random(3)
    due = list(range(1, 501))
    outstanding: set[int] = set()
    recorded: list[list[int]] = []
    worst = 0

    async def claim(limit: int) -> ClaimBatch:
        nonlocal worst
        taken, due[:] = due[:limit], due[limit:]
        outstanding.update(taken)
        worst = max(worst, len(outstanding))
        return ClaimBatch(deliveries=[_delivery(n) for n in taken])

    async def compose(deliveries: list[ClaimedDelivery]) -> list[Composed]:
        return [(d, OutgoingMessage(text="routine")) for d in deliveries]

    async def deliver(delivery: ClaimedDelivery, message: OutgoingMessage) -> DeliveryOutcome:
        for _ in range(rng.randrange(4)):  # sends finish out of order
            await asyncio.sleep(0)
        return DeliveryOutcome(delivery.delivery_id, delivery.delivery_id, "sent", 1, NOW, 9)

    async def record(outcomes: list[DeliveryOutcome]) -> None:
        recorded.append([o.delivery_id for o in outcomes])
        outstanding.difference_update(o.delivery_id for o in outcomes)

    report = TickReport()
    window = SendWindow(
        LIMIT, report, compose=compose, deliver=deliver, record=record, keep_going=lambda: True
    )
    await window.feed(claim)
    await window.drain()
    assert worst <= LIMIT
    assert sorted(n for batch in recorded for n in batch) == list(range(1, 501))
    assert (report.claimed, report.sent) == (500, 500)
    # Commits come a quarter of the window at a time, not one per message.
    assert len(recorded) <= 500 // (LIMIT // 4) + 1


def _delivery(number: int) -> ClaimedDelivery:
    return ClaimedDelivery(number, None, date(2026, 11, 25), "routine")  # type: ignore[arg-type]
