"""What the bot does back, and the one interface every channel renders it through."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol


@dataclass(frozen=True)
class Choice:
    """One button: what it says, and the packed callback data a tap on it brings back.

    `kind` "tap" is an ordinary button. "typed" is a suggested reply: where the app has a typing
    keyboard (Telegram) a tap types `label`, which the conversation reads as text; elsewhere it
    is a button whose tap brings `data`. "location" asks the person to share their location (it
    comes back as a Location event); a channel that cannot ask leaves it out.
    """

    label: str
    data: str
    kind: Literal["tap", "typed", "location"] = "tap"


# Rows of choices, as the conversation lays them out; a channel may re-flow them to its limits.
Choices = tuple[tuple[Choice, ...], ...]

# Sent with a message, takes back a keyboard of "typed"/"location" choices and offers nothing
# new (one empty row); channels without such keyboards send the text alone.
CLEAR_SUGGESTIONS: Choices = ((),)


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent, as its channel names it (for edits and for taps on it)."""

    chat: str
    message_id: str


@dataclass(frozen=True)
class Capabilities:
    """What a channel can render, so the conversation can lay things out to fit.

    Telegram: edits in place, 100 buttons, 64-byte labels are fine. WhatsApp: no edits, at most 3
    reply buttons (titles up to 20 characters) or a list of up to 10 rows (24 characters).
    """

    editable: bool
    max_choices: int
    max_label: int
    typed_commands: bool  # commands are words typed without a slash (WhatsApp)


@dataclass(frozen=True)
class Picture:
    """An image to send: its PNG bytes and a stable key (a channel may cache its upload by key)."""

    key: str
    png: bytes


class Outbox(Protocol):
    """Renders the conversation's actions on one channel, for one person's turn."""

    @property
    def capabilities(self) -> Capabilities:
        """What this channel can show."""
        ...

    async def send(self, text: str, choices: Choices = ()) -> SentMessage | None:
        """Send a message (with choices, if any); None when it could not be sent."""
        ...

    async def edit(
        self, message: SentMessage, text: str, choices: Choices = (), *, note: str | None = None
    ) -> None:
        """Replace `message`'s text and choices. A channel that cannot edit sends `note` (a short
        line saying what changed) with the choices instead, or nothing when `note` is None."""
        ...

    async def answer_tap(self, text: str | None = None) -> None:
        """Answer the tap this turn is about (Telegram needs exactly one answer; others may show
        `text` as a short message or nothing)."""
        ...

    async def photo(
        self, picture: Picture, caption: str = "", choices: Choices = ()
    ) -> SentMessage | None:
        """Send an image with a caption."""
        ...

    async def document(self, data: bytes, filename: str, caption: str = "") -> None:
        """Send a file (the /export download)."""
        ...
