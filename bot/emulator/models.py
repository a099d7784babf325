"""Typed views of the emulator's state, for tests and the demo."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

MessageKind = Literal["text", "photo", "animation", "document"]


@dataclass(frozen=True)
class InlineButton:
    """One inline keyboard button as the bot sent it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent, as it is now (edits applied)."""

    message_id: int
    chat_id: int
    text: str | None
    kind: MessageKind = "text"
    buttons: list[list[InlineButton]] = field(default_factory=list)
    reply_keyboard: list[list[str]] | None = None
    filename: str | None = None
    document: bytes | None = None  # the uploaded bytes of a document or photo
    edited: bool = False

    def button(self, text: str) -> InlineButton:
        """The button with this exact text (or, failing that, starting with it)."""
        flat = [b for row in self.buttons for b in row]
        for candidate in flat:
            if candidate.text == text:
                return candidate
        for candidate in flat:
            if candidate.text.startswith(text):
                return candidate
        raise LookupError(f"no button {text!r} on message {self.message_id}: {flat}")

    @property
    def button_texts(self) -> list[str]:
        """Every inline button's text, row by row."""
        return [b.text for row in self.buttons for b in row]


@dataclass(frozen=True)
class RecordedRequest:
    """One Bot API call the emulator received and what it answered."""

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]


@dataclass(frozen=True)
class Violation:
    """A request Telegram would have refused with 400 (a bug in the bot)."""

    method: str
    description: str
    params: dict[str, Any]


@dataclass
class Stats:
    """Counters for tests and benchmarks."""

    requests: int = 0
    sends: int = 0
    rate_limited: int = 0
    injected_faults: int = 0
    uploads: int = 0  # files sent as bytes
    file_reuses: int = 0  # files sent again by file_id
    by_method: dict[str, int] = field(default_factory=dict)


class ApiError(Exception):
    """An error answer: HTTP status, Telegram description, optional retry_after."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        """The JSON envelope Telegram sends with such an error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


class InjectedTimeout(Exception):
    """A fault asking the adapter to behave as if the request timed out."""
