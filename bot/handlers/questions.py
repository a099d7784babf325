"""Plain-text questions, answered from the guide (until the answering engine lands: honestly)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers.replies import reply


async def answer_question(update: Update, context: BotContext, text: str) -> None:
    """Answer a question typed in plain words."""
    await reply(update, context.content.texts.core.coming_soon.format(command="ask"))
