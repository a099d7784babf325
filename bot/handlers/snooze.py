"""The "Snooze 30 min" button, on Telegram (bot/chat/snooze.py)."""

from __future__ import annotations

from bot.chat import snooze
from bot.handlers.features import Handlers, feature_handlers

handlers: Handlers = feature_handlers(snooze.commands, snooze.taps)
