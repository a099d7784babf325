"""One turn of the conversation: who, what they did, the services, and where replies go."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.chat.events import Event, Person
from bot.chat.outbox import Outbox
from bot.services import BotServices

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.content.loader import Content
    from bot.core.subscriber import Subscriber
    from bot.qa.answer import QuestionAnswerer
    from bot.settings import Settings
    from bot.store import Repository


@dataclass
class _Found:
    """A subscriber row the turn has read and not yet handed on (`held`)."""

    subscriber: Subscriber | None = None
    held: bool = False


@dataclass(frozen=True)
class Turn:
    """Everything a feature needs to handle one event, whatever the channel."""

    event: Event
    services: BotServices
    out: Outbox
    # The row read before the feature runs (the check for a return after a block), handed to the
    # feature's first read instead of reading it again.
    found: _Found = field(default_factory=_Found, compare=False, repr=False)

    def keep(self, subscriber: Subscriber | None) -> None:
        """Hand this row, as it now stands in the database, to the turn's next `subscriber()`."""
        self.found.subscriber, self.found.held = subscriber, True

    async def subscriber(self) -> Subscriber | None:
        """The person's row: the one kept by the step before, once, else read now.

        Call it before the turn writes anything, or read with `repo.subscribers.get`.
        """
        if self.found.held:
            self.found.held = False
            return self.found.subscriber
        return await self.repo.subscribers.get(self.person.person_id)

    def afresh(self, event: Event) -> Turn:
        """The same turn for another event, with nothing kept (a button that runs a command)."""
        return Turn(event, self.services, self.out)

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
