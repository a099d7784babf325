"""The routine's choices as Telegram's inline keyboard, for the morning sender.

The routine's choices are plain buttons, one InlineKeyboardButton each, in the rows laid out.
The Telegram outbox (bot/handlers/outbox.py, a layer above) renders every kind of choice of the
conversation; this is the part the reminders, below the conversation, need.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.message_parts import Choices


def inline_keyboard(choices: Choices) -> InlineKeyboardMarkup | None:
    """Choices as an inline keyboard (None for none)."""
    if not choices:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(c.label, callback_data=c.data) for c in row] for row in choices]
    )
