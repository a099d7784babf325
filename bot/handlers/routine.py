"""/today, set buttons, all done, skip, undo and how-to cards on Telegram (bot/chat/routine)."""

from __future__ import annotations

from telegram import Update

from bot.chat import routine
from bot.context import BotContext
from bot.handlers.features import Handlers, feature_handlers
from bot.handlers.outbox import turn as telegram_turn


async def today(update: Update, context: BotContext) -> None:
    """Send today's routine (set-up's and an answer's "today" buttons run this too)."""
    turn = telegram_turn(update, context)
    if turn is not None:
        await routine.today(turn)


handlers: Handlers = feature_handlers(routine.commands, routine.taps)
