"""Telegram handlers' way to the conversation's schedule changes (bot/chat/changes.py)."""

from __future__ import annotations

from typing import Any

from bot.chat import changes
from bot.context import BotContext
from bot.core.subscriber import Subscriber


async def change(context: BotContext, subscriber: Subscriber, **fields: Any) -> Subscriber:
    """Save the changes and the next reminder instant they imply, in one write."""
    return await changes.change(context.services, subscriber, **fields)


def next_reminder_words(subscriber: Subscriber, context: BotContext) -> str:
    """'Thu 26 Nov at 07:30' in the person's timezone, or the words for none."""
    now = context.services.clock.now()
    return changes.next_reminder_words(subscriber, context.content, now)
