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

from telegram.error import InvalidToken, NetworkError, TelegramError
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

    def bot(self) -> ExtBot[Any] | None:
        """The Telegram bot while it is connected (the scheduler sends through it)."""
        return self.application.bot if self.up else None

    async def run(self, stop: asyncio.Event) -> None:
        """Connect (retrying) and start taking updates."""
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
                    allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
                )
            await application.start()
        except InvalidToken:
            raise SettingsError("TELEGRAM_TOKEN: Telegram refused it") from None
        except NetworkError:
            raise
        except TelegramError as error:  # e.g. a webhook URL Telegram will not use
            raise SettingsError(f"Telegram refused to start: {error.message}") from None
        self.up = True

    async def stop(self) -> None:
        """Stop polling and handlers; shut the application down."""
        application = self.application
        self.up = False
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        # A getMe that failed left the session it opened: shutdown() closes only a started bot.
        await application.bot.request.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
