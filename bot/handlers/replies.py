"""Small helpers shared by handlers for answering the user."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update

from bot.context import BotContext


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


def display_name(update: Update, context: BotContext) -> str:
    """The user's first name, or a friendly fallback."""
    user = update.effective_user
    name = (user.first_name if user else "").strip()
    return name or "there"
