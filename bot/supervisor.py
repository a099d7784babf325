"""Keeping each channel connected: start-up retried with back-off, its state for the health check.

A channel whose API cannot be reached does not stop the process: it is retried, 1 s then twice
as long each time up to a minute, while the other channels, the scheduler and the webhook server
keep working; `python -m bot health` and `/healthz` name it meanwhile (runtime_state).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import ExtBot

from bot.context import ALLOWED_UPDATES, BotApplication
from bot.ops.webhook import WebhookServer
from bot.services import BotServices
from bot.settings import SettingsError

logger = logging.getLogger(__name__)

FIRST_RETRY, LONGEST_RETRY = 1.0, 60.0


async def keep_trying(
    name: str,
    services: BotServices,
    connect: Callable[[], Awaitable[None]],
    stop: asyncio.Event,
    *,
    transient: tuple[type[BaseException], ...],
    attempted: asyncio.Event | None = None,
    who: Callable[[], str] = lambda: "",
) -> bool:
    """Run `connect` until it succeeds (True) or `stop` is set (False), recording the state;
    `attempted` is set once the first try has ended either way; `who` names the account
    connected to, for the log."""
    delay = FIRST_RETRY
    while not stop.is_set():
        try:
            await connect()
        except transient as error:
            if attempted is not None:
                attempted.set()
            problem = f"{type(error).__name__}: {error}"
            await services.repo.channels.set_state(name, problem)
            logger.warning("%s is %s; trying again in %.0f s", name, problem, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, LONGEST_RETRY)
            continue
        await services.repo.channels.set_state(name, None)
        if attempted is not None:
            attempted.set()
        logger.info("%s is connected%s", name, who())
        return True
    return False


class TelegramRunner:
    """python-telegram-bot's application, started when Telegram answers, stopped in reverse.

    `Application.initialize` calls getMe: while Telegram cannot be reached it is retried here
    (PTB alone would end the process after its first failed bootstrap).
    """

    def __init__(self, application: BotApplication, server: WebhookServer | None) -> None:
        self.application = application
        self.server = server  # set in webhook mode: the process's server takes the updates
        self.up = False
        # Set when the first connection attempt has ended: the scheduler starts after it, so a
        # reminder due at start-up goes out through Telegram rather than failing before it.
        self.attempted = asyncio.Event()
        self._stop = asyncio.Event()
        self._probe: asyncio.Task[bool] | None = None  # after polling lost Telegram

    def bot(self) -> ExtBot[Any] | None:
        """The Telegram bot while it is connected (the scheduler sends through it)."""
        return self.application.bot if self.up else None

    async def run(self, stop: asyncio.Event) -> None:
        """Connect (retrying) and start taking updates."""
        self._stop = stop
        try:
            await keep_trying(
                "telegram",
                self.application.bot_data,
                self._connect,
                stop,
                transient=(NetworkError,),
                attempted=self.attempted,
                who=lambda: f" as @{self.application.bot.username}",  # from getMe
            )
        finally:
            self.attempted.set()

    async def _connect(self) -> None:
        application = self.application
        try:
            await application.initialize()
            if application.post_init is not None:
                await application.post_init(application)
            if self.server is not None:
                await self.server.register()
            elif application.updater is not None:
                await application.updater.start_polling(
                    allowed_updates=ALLOWED_UPDATES,
                    drop_pending_updates=False,
                    error_callback=self._polling_failed,
                )
            await application.start()
        except InvalidToken:
            raise SettingsError("TELEGRAM_TOKEN: Telegram refused it") from None
        except NetworkError:
            raise
        except TelegramError as error:  # e.g. a webhook URL Telegram will not use
            raise SettingsError(f"Telegram refused to start: {error.message}") from None
        self.up = True

    def _polling_failed(self, error: TelegramError) -> None:
        """A getUpdates that failed; python-telegram-bot tries again by itself, 1 s growing
        to 30 s. Not a traceback each time (PTB's default): Telegram unreachable is one line,
        then `keep_trying`'s probe (getMe) marks it down for the health check, logs its
        retries and says when Telegram answers again; any other refusal is one line each time
        (a Conflict: another process polls with this token)."""
        if not isinstance(error, NetworkError) or isinstance(error, BadRequest):
            logger.warning("telegram polling failed: %s: %s", type(error).__name__, error)
            return
        if self._probe is not None and not self._probe.done():
            return  # already being probed
        logger.warning("telegram polling lost Telegram: %s", error)
        application = self.application

        async def answers() -> None:
            await application.bot.get_me()

        self._probe = asyncio.create_task(
            keep_trying(
                "telegram",
                application.bot_data,
                answers,
                self._stop,
                transient=(NetworkError,),
                who=lambda: f" again as @{application.bot.username}",
            ),
            name="telegram-probe",
        )

    async def stop(self) -> None:
        """Stop polling and handlers; shut the application down."""
        application = self.application
        self.up = False
        if self._probe is not None:  # `stop` is set: it ends at its next wait
            await asyncio.gather(self._probe, return_exceptions=True)
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        # A getMe that failed left the session it opened: shutdown() closes only a started bot.
        await application.bot.request.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
