"""Running the bot for real: long polling, or a webhook when WEBHOOK_URL is set."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal

from telegram.error import TelegramError

from bot.app import build_application
from bot.context import ALLOWED_UPDATES
from bot.lifecycle import running
from bot.logs import configure_logging
from bot.settings import Settings, SettingsError

logger = logging.getLogger(__name__)


def run_bot(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT; post_shutdown closes the database either way."""
    token = settings.token()
    webhook_secret = settings.webhook_secret
    configure_logging(
        settings.log_level,
        secret=[token, webhook_secret.get_secret_value() if webhook_secret else ""],
    )
    settings.prepare_database_path()
    if settings.webhook_url:
        asyncio.run(_serve_webhook(settings))
    else:
        application = build_application(settings)
        freeze_start_up()
        logger.info("starting long polling")
        application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)
    logger.info("stopped cleanly")
    return 0


def freeze_start_up() -> None:
    """Keep what start-up built out of the garbage collector's full passes.

    Content, the question index and the libraries' tables live as long as the process; with
    them frozen, a full collection (which pauses every handler) takes milliseconds, not tens.
    """
    gc.collect()
    gc.freeze()


async def _serve_webhook(settings: Settings) -> None:
    from bot.ops.webhook import WebhookServer

    application = build_application(settings)
    freeze_start_up()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with running(application, polling=False):
        server = WebhookServer(application, settings)
        await server.start()
        try:
            await server.register()
            await stop.wait()
        except TelegramError as error:  # e.g. a URL Telegram cannot use: one line, not a trace
            raise SettingsError(f"WEBHOOK_URL: Telegram refused it ({error.message})") from None
        finally:
            await server.stop()
