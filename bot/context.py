"""The typed context handlers receive (python-telegram-bot's contexttypesbot pattern)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import BotServices

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.content.loader import Content
    from bot.settings import Settings
    from bot.store import Repository


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
