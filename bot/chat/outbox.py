"""What the bot does back, and the one interface every channel renders it through."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

# Choices and pictures are plain data from bot.core, so the routine message (bot.reminders,
# below this layer) is made of the same parts.
from bot.core.message_parts import Choice, Choices, Picture

__all__ = [
    "CLEAR_SUGGESTIONS", "Capabilities", "Choice", "Choices", "MessageGone", "NotEditable",
    "Outbox", "Picture",
    "SentMessage",
]  # fmt: skip

# Sent with a message, takes back a keyboard of "typed"/"location" choices and offers nothing
# new (one empty row); channels without such keyboards send the text alone.
CLEAR_SUGGESTIONS: Choices = ((),)


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent, as its channel names it (for edits and for taps on it)."""

    chat: str
    message_id: str


class NotEditable(Exception):
    """The app refuses to edit this message (Telegram's "message can't be edited"): it stays as
    it is; the words say why, in the app's own terms, with no secret in them."""


class MessageGone(NotEditable):
    """The message is no longer there to edit: the person deleted it (Telegram's "message to
    edit not found"). Nothing of it shows any more: what only redraws it may let it be."""


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
        line saying what changed) with the choices instead, or nothing when `note` is None.
        Raises NotEditable when the app refuses to edit this one message."""
        ...

    async def edit_choices(self, message: SentMessage, choices: Choices) -> None:
        """Replace only `message`'s choices (a photo's too); nothing where messages cannot be
        edited."""
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
