"""The error handler: log what broke, apologise briefly, keep the process alive."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.context import BotContext
from bot.handlers.outbox import answered
from bot.store.database import cannot_write

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the exception and tell the user something went wrong, without details."""
    _log(update, context.error)
    if not isinstance(update, Update) or isinstance(context.error, Forbidden):
        return
    if update.callback_query is not None and isinstance(context.error, NetworkError):
        # Telegram failed mid-handler; handlers answer before they edit, so the query was most
        # likely answered already, and answering twice is refused. The tap itself is stored.
        return
    try:
        # Callback queries must be answered, or the user's button spins until it times out;
        # Telegram takes one answer per query: after that, the apology is a message.
        if update.callback_query is not None and not answered(update, context):
            await update.callback_query.answer(context.content.texts.core.error[:200])
        elif update.effective_chat is not None:
            await update.effective_chat.send_message(context.content.texts.core.error)
    except TelegramError:
        logger.warning("could not deliver the apology for update %s", _update_id(update))


def _log(update: object, error: BaseException | None) -> None:
    """A traceback for a fault in the bot; one line for the world outside it: Telegram not
    answering (a lost network logs every update it breaks), or a database SQLite cannot write
    (a full disk, a read-only file system: every update that writes fails alike)."""
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):  # PTB's subclass
        logger.warning(
            "handler could not reach Telegram for update %s: %s", _update_id(update), error
        )
    elif problem := cannot_write(error):
        logger.error(
            "handler failed for update %s: SQLite cannot write: %s", _update_id(update), problem
        )
    else:
        logger.error("handler failed for update %s", _update_id(update), exc_info=error)


def _update_id(update: object) -> object:
    return update.update_id if isinstance(update, Update) else None
