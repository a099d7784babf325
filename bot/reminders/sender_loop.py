"""What the reminder sender's process runs: a tick every REMINDER_TICK_SECONDS, until stopped.

The same tick as in-process (`bot.reminders.tick.run_tick`), with resources of its own: an
`ExtBot` on its own HTTP session and rate limiter (when Telegram is configured), the other
channels' reminder senders (`services.reminder_channels`, opened by `channels`), its own SQLite
connection, the content.

Telegram's getMe is retried with back-off (1 s, doubling up to a minute) rather than ending the
process: while Telegram cannot be reached, its people's reminders are held (as after any send
that found it unreachable, `bot.reminders.outages`) and go out once it answers; the other
channels' reminders go out as usual.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.error import NetworkError, TelegramError
from telegram.ext import ExtBot

from bot.clock import Clock, SystemClock
from bot.content.loader import default_content_dir, load_content
from bot.http_request import AiohttpRequest
from bot.reminders.outages import connected, unreachable
from bot.reminders.pacing import SharedPacing
from bot.reminders.send_window import TickReport
from bot.reminders.sender import RetryPolicy, build_rate_limiter
from bot.reminders.tick import run_tick
from bot.services import BotServices
from bot.settings import Settings
from bot.store import Repository
from bot.store.channels import TELEGRAM
from bot.store.database import cannot_write

logger = logging.getLogger(__name__)

# Opens the channels other than Telegram in the sender's process; returns what closes them.
OpenChannels = Callable[[BotServices], Awaitable[Callable[[], Awaitable[None]]]]
FIRST_RETRY, LONGEST_RETRY = 1.0, 60.0


class SenderLoop:
    """Ticks on the wall clock; `stop()` ends claiming and lets the messages in flight finish."""

    def __init__(
        self,
        services: BotServices,
        bot: ExtBot[Any] | None,
        close_channels: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.services, self.bot = services, bot
        self._close_channels = close_channels
        self._stop = asyncio.Event()
        self._telegram_up = False
        self._attempted = asyncio.Event()  # Telegram's first getMe has ended, either way

    @classmethod
    async def open(
        cls,
        settings: Settings,
        token: str | None,
        pacing: SharedPacing,
        channels: OpenChannels | None = None,
        *,
        clock: Clock | None = None,
        pacing_clock: Callable[[], float] | None = None,
    ) -> SenderLoop:
        """Load the content, open the database, the Bot API client and the other channels.

        `pacing_clock` is the rate limiter's (monotonic seconds by default): a test on an
        injected clock gives the same time to both, so a 429's pause ends when its hold does.
        """
        services = BotServices()
        content = load_content(settings.content_dir or default_content_dir())
        services.attach(settings=settings, content=content, clock=clock or SystemClock())
        bot: ExtBot[Any] | None = None
        if token is not None:
            request = AiohttpRequest()
            bot = ExtBot(
                token,
                base_url=settings.telegram_api_url,
                request=request,
                get_updates_request=request,  # never polls: no second client to open
                rate_limiter=build_rate_limiter(settings, shared=pacing, clock=pacing_clock),
            )
        services.attach_repository(await Repository.open(settings.prepare_database_path()))
        try:
            close = await channels(services) if channels is not None else None
        except BaseException:
            await services.repo.close()
            raise
        return cls(services, bot, close)

    def stop(self) -> None:
        """Claim nothing more; the tick in progress finishes its messages."""
        self._stop.set()

    def telegram(self) -> ExtBot[Any] | None:
        """The Telegram bot once getMe has answered (None before, or without Telegram)."""
        return self.bot if self._telegram_up else None

    async def tick(self, *, policy: RetryPolicy | None = None) -> TickReport:
        """One tick at the clock's instant, through Telegram if it is connected."""
        return await run_tick(
            self.services,
            self.telegram(),
            self.services.clock.now(),
            policy=policy,
            keep_going=lambda: not self._stop.is_set(),
        )

    async def run(self) -> None:
        """Start a tick every REMINDER_TICK_SECONDS, or beat while the last one still sends."""
        services = self.services
        state, interval = services.scheduler, services.settings.reminder_tick_seconds
        connect = asyncio.create_task(self._connect_telegram(), name="telegram")
        # A reminder due at start-up goes out through Telegram rather than failing before it.
        await asyncio.wait(
            [asyncio.create_task(self._attempted.wait()), asyncio.create_task(self._stop.wait())],
            return_when=asyncio.FIRST_COMPLETED,
        )
        logger.info(
            "reminder scheduler running: instance %s, a tick every %s s",
            state.instance_id, interval,
        )  # fmt: skip
        tick: asyncio.Task[Any] | None = None
        while not self._stop.is_set():
            if tick is None or tick.done():
                if tick is not None:
                    _log_crash(tick)
                tick = asyncio.create_task(self.tick())
            else:
                await services.repo.scheduler.beat(state.instance_id, services.clock.now())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), interval)
        connect.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await connect
        if tick is not None:
            await asyncio.wait([tick])
            _log_crash(tick)

    async def _connect_telegram(self) -> None:
        """getMe until Telegram answers (the bot's process reports a refused token)."""
        delay = FIRST_RETRY
        try:
            while self.bot is not None and not self._stop.is_set():
                if await self.connect_telegram():
                    return
                self._attempted.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)
                delay = min(delay * 2, LONGEST_RETRY)
        finally:
            self._attempted.set()

    async def connect_telegram(self) -> bool:
        """One getMe: True once Telegram answered (or refused the token: nothing to retry).

        While it cannot be reached, Telegram's reminders are held; once it answers, the held
        ones are probed at the next tick instead of after the outage's back-off.
        """
        bot, services = self.bot, self.services
        assert bot is not None
        try:
            await bot.initialize()
        except NetworkError as error:
            logger.warning(
                "the reminder sender cannot reach Telegram (%s): trying again",
                type(error).__name__,
            )
            problem = f"{type(error).__name__}: {error.message}"
            now = services.clock.now()
            await unreachable(services, TELEGRAM, now, problem, probe=False, in_hand=0)
            return False
        except TelegramError as error:  # a refused token: the bot's process says so
            logger.error("the reminder sender cannot use Telegram: %s", error.message)
            return True
        self._telegram_up = True
        await connected(services, TELEGRAM, services.clock.now())
        return True

    async def close(self) -> None:
        """Close the Bot API client, the other channels, the chart worker and the database."""
        try:
            if self.bot is not None:
                await self.bot.shutdown()
                await self.bot.request.shutdown()  # opened by a getMe that failed, too
            if self._close_channels is not None:
                await self._close_channels()
        finally:
            self.services.close_chart_pool()
            await self.services.repo.close()
            logger.info("reminder sender stopped")


def _log_crash(tick: asyncio.Task[Any]) -> None:
    if tick.cancelled() or tick.exception() is None:
        return
    if problem := cannot_write(tick.exception()):  # each tick alike: one line, no traceback
        logger.error("a reminder tick failed: SQLite cannot write: %s", problem)
    else:
        logger.error("a reminder tick failed", exc_info=tick.exception())
