"""An in-memory channel for the channel-neutral conversation: what the bot did, as plain data.

`RecordingOutbox` renders nothing: it records every action, applies edits where its capabilities
allow them (otherwise it records the edit's `note` as a new message, as WhatsApp gets), gives a
tap one answer per turn, and lists every layout its capabilities could not show. `RecordingChat`
is one person talking to `bot.chat.dispatch` through it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.chat.dispatch import dispatch
from bot.chat.events import Command, Event, Location, Person, Tap, Text
from bot.chat.outbox import Capabilities, Choice, Choices, Picture, SentMessage
from bot.chat.turn import Turn
from bot.services import BotServices

# Telegram's limits as the conversation sees them, and WhatsApp's (no edits; a list of 10 rows
# of up to 24 characters; commands typed as words).
TELEGRAM_LIKE = Capabilities(editable=True, max_choices=100, max_label=64, typed_commands=False)
WHATSAPP_LIKE = Capabilities(editable=False, max_choices=10, max_label=24, typed_commands=True)


@dataclass
class Recorded:
    """One message on the recording channel, as it is now (edits applied)."""

    kind: Literal["message", "photo", "document"]
    text: str
    choices: Choices = ()
    sent: SentMessage | None = None
    filename: str | None = None
    data: bytes = b""
    edits: int = 0

    @property
    def labels(self) -> list[str]:
        """Every choice's label, row by row."""
        return [choice.label for row in self.choices for choice in row]

    def choice(self, label: str) -> Choice:
        """The choice with this label (fails when there is none)."""
        for row in self.choices:
            for choice in row:
                if choice.label == label:
                    return choice
        raise AssertionError(f"no choice {label!r} in {self.labels}")


@dataclass
class RecordingOutbox:
    """An Outbox that records what the conversation does, within `capabilities`."""

    capabilities: Capabilities = TELEGRAM_LIKE
    chat: str = "chat"
    messages: list[Recorded] = field(default_factory=list)
    answers: list[str | None] = field(default_factory=list)  # one per answered tap
    violations: list[str] = field(default_factory=list)  # layouts the channel cannot show
    _answered: bool = False

    def next_turn(self) -> None:
        """A new turn begins: its tap (if any) is not answered yet."""
        self._answered = False

    async def send(self, text: str, choices: Choices = ()) -> SentMessage | None:
        """Record a message."""
        return self._record(Recorded("message", text, choices))

    async def edit(
        self, message: SentMessage, text: str, choices: Choices = (), *, note: str | None = None
    ) -> None:
        """Edit in place when the channel can; otherwise record `note` as a new message."""
        if not self.capabilities.editable:
            if note is not None:
                self._record(Recorded("message", note, choices))
            return
        for recorded in self.messages:
            if recorded.sent == message:
                self._check(choices)
                recorded.text, recorded.choices = text, choices
                recorded.edits += 1
                return
        self.violations.append(f"edit of a message never sent: {message}")

    async def edit_choices(self, message: SentMessage, choices: Choices) -> None:
        """Replace a recorded message's choices when the channel can edit."""
        if not self.capabilities.editable:
            return
        for recorded in self.messages:
            if recorded.sent == message:
                self._check(choices)
                recorded.choices = choices
                recorded.edits += 1
                return
        self.violations.append(f"edit of a message never sent: {message}")

    async def answer_tap(self, text: str | None = None) -> None:
        """Answer this turn's tap, once."""
        if not self._answered:
            self._answered = True
            self.answers.append(text)

    async def photo(
        self, picture: Picture, caption: str = "", choices: Choices = ()
    ) -> SentMessage | None:
        """Record an image."""
        return self._record(Recorded("photo", caption, choices, data=picture.png))

    async def document(self, data: bytes, filename: str, caption: str = "") -> None:
        """Record a file."""
        self._record(Recorded("document", caption, filename=filename, data=data))

    def _record(self, recorded: Recorded) -> SentMessage:
        self._check(recorded.choices)
        recorded.sent = SentMessage(self.chat, str(len(self.messages) + 1))
        self.messages.append(recorded)
        return recorded.sent

    def _check(self, choices: Choices) -> None:
        offered = [choice for row in choices for choice in row]
        if len(offered) > self.capabilities.max_choices:
            self.violations.append(f"{len(offered)} choices: {[c.label for c in offered]}")
        for choice in offered:
            if len(choice.label) > self.capabilities.max_label:
                self.violations.append(f"label too long: {choice.label!r}")


class RecordingChat:
    """One person talking to the conversation through a `RecordingOutbox`."""

    def __init__(self, services: BotServices, person: Person, outbox: RecordingOutbox) -> None:
        self.services, self.person, self.out = services, person, outbox

    @property
    def last(self) -> Recorded:
        """The latest message."""
        return self.out.messages[-1]

    async def command(self, name: str, *args: str) -> list[Recorded]:
        """Send a command (`/name args` on Telegram, the word on WhatsApp)."""
        return await self.act(Command(self.person, name, args))

    async def say(self, text: str) -> list[Recorded]:
        """Type a message."""
        return await self.act(Text(self.person, text))

    async def share_location(self, latitude: float, longitude: float) -> list[Recorded]:
        """Share a location."""
        return await self.act(Location(self.person, latitude, longitude))

    async def tap(self, message: Recorded, label: str) -> list[Recorded]:
        """Tap the choice with this label on `message`."""
        choice = message.choice(label)
        return await self.act(Tap(self.person, choice.data, message.sent, label=choice.label))

    async def act(self, event: Event) -> list[Recorded]:
        """Dispatch one event; return the new messages."""
        before = len(self.out.messages)
        self.out.next_turn()
        await dispatch(Turn(event, self.services, self.out))
        return self.out.messages[before:]


def whatsapp_person(person_id: int, name: str = "Wan") -> Person:
    """Someone on a WhatsApp-like channel."""
    return Person("whatsapp", f"49170{person_id}", person_id, first_name=name)


def telegram_person(person_id: int, name: str = "Tess") -> Person:
    """Someone on Telegram (their private chat's id is their user id)."""
    return Person("telegram", str(person_id), person_id, first_name=name)
