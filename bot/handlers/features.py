"""Channel-neutral features (bot/chat) registered on Telegram, one PTB handler each.

Until every event goes through one dispatcher, a feature module's `commands` become
CommandHandlers (private chats only) and its `taps` callback-query handlers; both build the
feature's `Turn` from the update (bot/handlers/outbox.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.chat.taps import TapRoute
from bot.chat.turn import Turn
from bot.context import BotContext
from bot.handlers.outbox import turn as telegram_turn
from bot.handlers.taps import tap_handler

Handlers = list[BaseHandler[Update, BotContext, None]]


def command_handler(
    name: str, feature: Callable[[Turn], Awaitable[None]]
) -> CommandHandler[BotContext, None]:
    """/`name` in a private chat runs `feature` with the update's turn."""

    async def on_command(update: Update, context: BotContext) -> None:
        turn = telegram_turn(update, context)
        if turn is not None:
            await feature(turn)

    on_command.__doc__ = feature.__doc__
    on_command.__name__ = on_command.__qualname__ = getattr(feature, "__name__", name)
    return CommandHandler(name, on_command, filters=filters.ChatType.PRIVATE)


def feature_handlers(
    commands: Mapping[str, Callable[[Turn], Awaitable[None]]], taps: Sequence[TapRoute[Any]]
) -> Handlers:
    """A feature module's commands and taps as Telegram handlers."""
    return [
        *(command_handler(name, feature) for name, feature in commands.items()),
        *(tap_handler(route) for route in taps),
    ]
