"""Running the bot for real: long polling until SIGTERM or SIGINT."""

from __future__ import annotations

import logging

from bot.app import ALLOWED_UPDATES, build_application
from bot.logs import configure_logging
from bot.settings import Settings

logger = logging.getLogger(__name__)


def run_bot(settings: Settings) -> int:
    """Start long polling; PTB stops cleanly on SIGTERM/SIGINT and post_shutdown closes the DB."""
    token = settings.token()
    configure_logging(settings.log_level, secret=token)
    settings.prepare_database_path()
    application = build_application(settings)
    logger.info("starting long polling")
    application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)
    logger.info("stopped cleanly")
    return 0
