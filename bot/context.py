"""The typed context every Telegram handler and job receives, with shortcuts to the services.

`BotServices` (bot/services.py) lives in `application.bot_data` (python-telegram-bot's
contexttypesbot pattern); `BotContext` exposes it with typed properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import BotServices

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.content.loader import Content
    from bot.settings import Settings
    from bot.store import Repository

# Updates the bot handles; Telegram sends only these (polling and webhook alike).
ALLOWED_UPDATES: list[str] = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,  # the person blocked or unblocked the bot
]


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotServices]):
    """CallbackContext with typed access to the repository, content, settings and clock."""

    @property
    def services(self) -> BotServices:
        """All shared resources."""
        return self.bot_data

    @property
    def repo(self) -> Repository:
        """The repository: every read and write of stored data."""
        return self.bot_data.repo

    @property
    def content(self) -> Content:
        """Guide, exercises, programmes and interface texts."""
        return self.bot_data.content

    @property
    def settings(self) -> Settings:
        """Operator settings."""
        return self.bot_data.settings

    @property
    def clock(self) -> Clock:
        """The current instant (injected in tests)."""
        return self.bot_data.clock


BotApplication = Application[
    ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotServices, Any
]
