"""/progress, pain check-ins and "how did it feel?", on Telegram (bot/chat/progress.py)."""

from __future__ import annotations

from bot.chat import progress
from bot.handlers.features import Handlers, feature_handlers

handlers: Handlers = feature_handlers(progress.commands, progress.taps)
