"""A channel-neutral tap route as a Telegram callback-query handler.

The guard itself (decode, check the tapper, answer once) is channel-neutral: bot/chat/taps.py.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.chat.account import back_after_block
from bot.chat.taps import TapRoute
from bot.context import BotContext
from bot.handlers.outbox import turn as telegram_turn

Handler = CallbackQueryHandler[BotContext, None]


def tap_handler(route: TapRoute[Any]) -> Handler:
    """A channel-neutral tap route (bot/chat/taps.py) as a Telegram callback-query handler."""

    async def on_tap(update: Update, context: BotContext) -> None:
        turn = telegram_turn(update, context)
        if turn is None:
            if update.callback_query is not None:  # callback queries must be answered
                await update.callback_query.answer()
            return
        await back_after_block(turn)  # as the router does: a tap means they unblocked the bot
        await route(turn)

    on_tap.__doc__ = route.handle.__doc__
    on_tap.__name__ = on_tap.__qualname__ = getattr(route.handle, "__name__", "on_tap")
    return CallbackQueryHandler(on_tap, pattern=route.codec.pattern())
