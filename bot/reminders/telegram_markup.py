"""Choices as Telegram's inline keyboard: one InlineKeyboardButton each, in the rows laid out.

It lives here, below the conversation, because the morning sender needs it; the Telegram outbox
(bot/handlers/outbox.py, a layer above) uses the same function for every inline keyboard.
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
