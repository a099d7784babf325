"""One turn of the conversation: who, what they did, the services, and where replies go."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.chat.events import Event, Person
from bot.chat.outbox import Outbox
from bot.services import BotServices

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.content.loader import Content
    from bot.qa.answer import QuestionAnswerer
    from bot.settings import Settings
    from bot.store import Repository


@dataclass(frozen=True)
class Turn:
    """Everything a feature needs to handle one event, whatever the channel."""

    event: Event
    services: BotServices
    out: Outbox

    @property
    def person(self) -> Person:
        """Who did it."""
        return self.event.person

    @property
    def repo(self) -> Repository:
        """The repository: every read and write of stored data."""
        return self.services.repo

    @property
    def content(self) -> Content:
        """Guide, exercises, programmes and interface texts."""
        return self.services.content

    @property
    def settings(self) -> Settings:
        """Operator settings."""
        return self.services.settings

    @property
    def clock(self) -> Clock:
        """The current instant (injected in tests)."""
        return self.services.clock

    @property
    def qa(self) -> QuestionAnswerer:
        """The question answerer."""
        return self.services.qa
