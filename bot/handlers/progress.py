"""/progress, pain check-ins and "how did it feel?", on Telegram (bot/chat/progress.py)."""

from __future__ import annotations

from bot.chat import progress
from bot.chat.progress import FeelingChoice, PainScore
from bot.handlers.features import Handlers, feature_handlers

__all__ = ["FeelingChoice", "PainScore", "handlers"]  # the button types, for callback_types.py

handlers: Handlers = feature_handlers(progress.commands, progress.taps)
