"""An in-memory Outbox that records every action, for driving bot/chat features directly.

`RecordingOutbox(WHATSAPP_LIKE)` behaves like a channel that cannot edit and shows few choices:
an edit becomes its `note` sent with the choices, as the contract asks of such channels. Every
action is checked against the capabilities, so a layout that would not fit fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.chat.events import Command, Person, Tap
from bot.chat.outbox import Capabilities, Choices, Picture, SentMessage
from bot.chat.turn import Turn
from bot.services import BotServices

# A WhatsApp list: no edits, up to 10 rows of up to 24 characters, commands typed as words.
WHATSAPP_LIKE = Capabilities(editable=False, max_choices=10, max_label=24, typed_commands=True)


@dataclass
class Sent:
    """One recorded action: what was shown, and how."""

    kind: str  # "send", "edit", "edit_choices", "photo", "document"
    text: str
    choices: Choices = ()
    picture: Picture | None = None
    message: SentMessage | None = None

    @property
    def labels(self) -> list[str]:
        """Every choice's label, row by row."""
        return [choice.label for row in self.choices for choice in row]


@dataclass
class RecordingOutbox:
    """Records sends, edits, photos and tap answers; hands out message ids 1, 2, 3..."""

    capabilities: Capabilities
    chat: str = "15550001"
    sent: list[Sent] = field(default_factory=list)
    answers: list[str | None] = field(default_factory=list)  # one per tap
    _answered: bool = False

    async def send(self, text: str, choices: Choices = ()) -> SentMessage | None:
        """Record a message."""
        return self._record(Sent("send", text, choices))

    async def edit(
        self, message: SentMessage, text: str, choices: Choices = (), *, note: str | None = None
    ) -> None:
        """Record the edit, or (a channel that cannot edit) the note with the choices."""
        if self.capabilities.editable:
            self._record(Sent("edit", text, choices, message=message))
        elif note is not None:
            self._record(Sent("send", note, choices))

    async def edit_choices(self, message: SentMessage, choices: Choices) -> None:
        """Record a keyboard-only edit where the channel can edit."""
        if self.capabilities.editable:
            self._record(Sent("edit_choices", "", choices, message=message))

    async def answer_tap(self, text: str | None = None) -> None:
        """Record the answer to the turn's tap; like Telegram, only the first one counts."""
        if not self._answered:
            self._answered = True
            self.answers.append(text)

    def begin_turn(self) -> RecordingOutbox:
        """A new turn: its tap is not answered yet."""
        self._answered = False
        return self

    async def photo(
        self, picture: Picture, caption: str = "", choices: Choices = ()
    ) -> SentMessage | None:
        """Record an image."""
        return self._record(Sent("photo", caption, choices, picture=picture))

    async def document(self, data: bytes, filename: str, caption: str = "") -> None:
        """Record a file."""
        self._record(Sent("document", caption))

    def _record(self, action: Sent) -> SentMessage:
        count = sum(len(row) for row in action.choices)
        assert count <= self.capabilities.max_choices, (count, action.labels)
        too_long = [label for label in action.labels if len(label) > self.capabilities.max_label]
        assert too_long == [], too_long
        self.sent.append(action)
        action.message = action.message or SentMessage(self.chat, str(len(self.sent)))
        return action.message


def whatsapp_person(person_id: int) -> Person:
    """Someone on a WhatsApp-like channel, known to the store as `person_id`."""
    return Person(channel="whatsapp", address=str(15550000 + person_id), person_id=person_id)


def command_turn(services: BotServices, out: RecordingOutbox, person_id: int, name: str) -> Turn:
    """A typed command (`today`, `progress`) from `person_id`, answered into `out`."""
    return Turn(Command(whatsapp_person(person_id), name), services, out.begin_turn())


def tap_turn(
    services: BotServices,
    out: RecordingOutbox,
    person_id: int,
    data: str,
    message: SentMessage | None = None,
) -> Turn:
    """A tap on a choice with `data` (on `message`, when given), answered into `out`."""
    return Turn(Tap(whatsapp_person(person_id), data, message), services, out.begin_turn())
