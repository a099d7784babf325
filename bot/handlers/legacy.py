"""Bridges to features still on their own Telegram handlers (routine, progress, snooze).

They live in bot/handlers until the lead wires bot/chat/routine.py, progress.py and snooze.py
into bot/chat/dispatch.py; then this module goes. Until then: "today's routine" buttons of
set-up and of answers open the Telegram /today, and their commands first end a menu's input.
"""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import MalformedCallbackData
from bot.chat.questions import GuideButton
from bot.chat.steps import SetupChoice
from bot.context import BotContext
from bot.handlers import routine
from bot.handlers.funnels import leave_input

Handlers = list[BaseHandler[Update, BotContext, None]]


def opens_today(data: object) -> bool:
    """Whether callback data is a set-up or answer button that opens today's routine."""
    if not isinstance(data, str):
        return False
    try:
        if SetupChoice.pattern().match(data):
            return SetupChoice.unpack(data).choice == "today"
        if GuideButton.pattern().match(data):
            return GuideButton.unpack(data).action == "today"
    except MalformedCallbackData:
        return False
    return False


async def open_today(update: Update, context: BotContext) -> None:
    """A "today's routine" button: answer the tap, then /today."""
    if update.callback_query is not None:
        # Callback queries must be answered, or the button keeps spinning on the phone.
        await update.callback_query.answer()
    await routine.today(update, context)


tap_handlers: Handlers = [CallbackQueryHandler(open_today, pattern=opens_today)]


def command_hooks(names: Iterable[str]) -> Handlers:
    """Before these commands (handled outside bot.chat) run, a menu's waiting input ends."""
    names = sorted(names)
    if not names:
        return []
    return [CommandHandler(names, leave_input, filters=filters.ChatType.PRIVATE)]
