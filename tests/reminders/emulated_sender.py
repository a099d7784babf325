"""The real reminder sender against the Bot API emulator's HTTP server, on an injected clock:
what the outage and flood-control tests drive, tick by tick, at chosen instants."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.ops.health import check_health
from bot.reminders.pacing import SharedPacing
from bot.reminders.sender import RetryPolicy
from bot.reminders.sender_loop import SenderLoop
from bot.settings import Settings
from bot.store import Repository

QUICK = RetryPolicy(backoff=(0.0, 0.0, 0.0))  # the sender's own quick retries, without waits


@asynccontextmanager
async def sender(
    database: Path, url: str, token: str, clock: FakeClock, *, limiter_on_clock: bool = False
) -> AsyncIterator[SenderLoop]:
    """The reminder sender's loop, opened as its process opens it, on `clock` (its rate
    limiter too with `limiter_on_clock`, so a 429's pause is measured on the same time)."""
    settings = Settings(database_path=database, telegram_api_url=url, reminder_tick_seconds=5)
    pacing_clock = (lambda: clock.now().timestamp()) if limiter_on_clock else None
    loop = await SenderLoop.open(
        settings, token, SharedPacing.create(), clock=clock, pacing_clock=pacing_clock
    )
    try:
        yield loop
    finally:
        await loop.close()


class Ticks:
    """The sender's ticks at chosen instants, and the sendMessage requests each one made."""

    def __init__(self, loop: SenderLoop, emulator: BotApiEmulator, clock: FakeClock) -> None:
        self.loop, self.emulator, self.clock = loop, emulator, clock

    async def at(self, instant: datetime) -> tuple[int, int, int]:
        """One tick at `instant`: (sent, held, sendMessage requests that reached Telegram)."""
        before = self.requests()
        self.clock.set(instant)
        report = await self.loop.tick(policy=QUICK)
        return report.sent, report.held, self.requests() - before

    def requests(self) -> int:
        return sum(1 for r in self.emulator.requests if r.method == "sendMessage")


async def health_line(repo: Repository, now: datetime) -> str:
    """What `python -m bot health` says at `now`."""
    return (await check_health(repo, now, timedelta(minutes=2))).describe()
