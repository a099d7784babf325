"""What the reminder sender's process runs: a tick every REMINDER_TICK_SECONDS, until stopped.

The same tick as in-process (`bot.reminders.tick.run_tick`), with resources of its own: an
`ExtBot` on its own HTTP session and rate limiter, its own SQLite connection, the content.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from telegram.ext import ExtBot

from bot.clock import SystemClock
from bot.content.loader import default_content_dir, load_content
from bot.http_request import AiohttpRequest
from bot.reminders.pacing import SharedPacing
from bot.reminders.sender import build_rate_limiter
from bot.reminders.tick import run_tick
from bot.services import BotServices
from bot.settings import Settings
from bot.store import Repository

logger = logging.getLogger(__name__)


class SenderLoop:
    """Ticks on the wall clock; `stop()` ends claiming and lets the messages in flight finish."""

    def __init__(self, services: BotServices, bot: ExtBot[Any]) -> None:
        self.services, self.bot = services, bot
        self._stop = asyncio.Event()

    @classmethod
    async def open(cls, settings: Settings, token: str, pacing: SharedPacing) -> SenderLoop:
        """Load the content, open the database and the Bot API client."""
        services = BotServices()
        content = load_content(settings.content_dir or default_content_dir())
        services.attach(settings=settings, content=content, clock=SystemClock())
        request = AiohttpRequest()
        bot: ExtBot[Any] = ExtBot(
            token,
            base_url=settings.telegram_api_url,
            request=request,
            get_updates_request=request,  # never polls: no second client to open
            rate_limiter=build_rate_limiter(settings, shared=pacing),
        )
        services.attach_repository(await Repository.open(settings.prepare_database_path()))
        try:
            await bot.initialize()
        except BaseException:
            await services.repo.close()
            raise
        return cls(services, bot)

    def stop(self) -> None:
        """Claim nothing more; the tick in progress finishes its messages."""
        self._stop.set()

    async def run(self) -> None:
        """Start a tick every REMINDER_TICK_SECONDS, or beat while the last one still sends."""
        services = self.services
        state, interval = services.scheduler, services.settings.reminder_tick_seconds
        logger.info(
            "reminder scheduler running: instance %s, a tick every %s s",
            state.instance_id, interval,
        )  # fmt: skip
        tick: asyncio.Task[Any] | None = None
        while not self._stop.is_set():
            if tick is None or tick.done():
                if tick is not None:
                    _log_crash(tick)
                tick = asyncio.create_task(
                    run_tick(
                        services,
                        self.bot,
                        services.clock.now(),
                        keep_going=lambda: not self._stop.is_set(),
                    )
                )
            else:
                await services.repo.scheduler.beat(state.instance_id, services.clock.now())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), interval)
        if tick is not None:
            await asyncio.wait([tick])
            _log_crash(tick)

    async def close(self) -> None:
        """Close the Bot API client, the chart worker and the database."""
        try:
            await self.bot.shutdown()
        finally:
            self.services.close_chart_pool()
            await self.services.repo.close()
            logger.info("reminder sender stopped")


def _log_crash(tick: asyncio.Task[Any]) -> None:
    if not tick.cancelled() and tick.exception() is not None:
        logger.error("a reminder tick failed", exc_info=tick.exception())
