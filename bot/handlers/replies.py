"""Small helpers shared by handlers for answering the user."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update


async def reply(
    update: Update, text: str, *, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send `text` to the chat the update came from (no-op for updates without a chat)."""
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message
    if message is not None and update.callback_query is None:
        return await message.reply_text(text, reply_markup=markup)
    return await chat.send_message(text, reply_markup=markup)
