"""Typed records of what the emulator saw and delivered, for tests and the demo.

Every message the bot sends successfully becomes one `Outgoing` record (a subclass per message
type) in `CloudApiEmulator.sent` and in the recipient's `SimulatedPerson.inbox`. Each record
has `.text`: the words a person reads (a text's body, an interactive body, a caption, or a
template's body with its parameters filled in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["accepted", "sent", "delivered", "read", "failed"]


@dataclass(frozen=True)
class ReplyButton:
    """One reply button of an interactive button message."""

    id: str
    title: str


@dataclass(frozen=True)
class ListRow:
    """One row of an interactive list message."""

    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class ListSection:
    """A titled group of rows in an interactive list message."""

    title: str | None
    rows: tuple[ListRow, ...]


@dataclass(frozen=True)
class QuickReply:
    """A template's quick-reply button as sent: its index and the payload a tap returns."""

    index: int
    payload: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Outgoing:
    """A message the Cloud API accepted from the bot."""

    wamid: str
    to: str  # the recipient's wa_id (digits only)
    timestamp: int
    text: str | None
    payload: dict[str, Any] = field(repr=False, compare=False)  # the JSON body, as sent

    @property
    def kind(self) -> str:
        """The Cloud API message type: text, interactive, image, document or template."""
        return str(self.payload.get("type", "text"))

    @property
    def choices(self) -> list[tuple[str, str]]:
        """What the person can tap, as (id, title): reply buttons or list rows (else none)."""
        return []


@dataclass(frozen=True, kw_only=True)
class TextMessage(Outgoing):
    """`type: text`."""

    preview_url: bool = False


@dataclass(frozen=True, kw_only=True)
class ButtonsMessage(Outgoing):
    """`type: interactive`, `interactive.type: button` (1 to 3 reply buttons)."""

    buttons: tuple[ReplyButton, ...]
    header: str | None = None
    footer: str | None = None

    @property
    def button_titles(self) -> list[str]:
        """The buttons' titles, in order."""
        return [b.title for b in self.buttons]

    @property
    def choices(self) -> list[tuple[str, str]]:
        """The buttons as (id, title)."""
        return [(b.id, b.title) for b in self.buttons]


@dataclass(frozen=True, kw_only=True)
class ListMessage(Outgoing):
    """`type: interactive`, `interactive.type: list` (a button opening up to 10 rows)."""

    button: str
    sections: tuple[ListSection, ...]
    header: str | None = None
    footer: str | None = None

    @property
    def rows(self) -> list[ListRow]:
        """Every row of every section, in order."""
        return [row for section in self.sections for row in section.rows]

    @property
    def choices(self) -> list[tuple[str, str]]:
        """The rows as (id, title)."""
        return [(row.id, row.title) for row in self.rows]


@dataclass(frozen=True, kw_only=True)
class ImageMessage(Outgoing):
    """`type: image`, by uploaded media id (with its bytes) or by link (no bytes)."""

    media_id: str | None = None
    link: str | None = None
    content: bytes | None = field(default=None, repr=False)
    mime_type: str | None = None


@dataclass(frozen=True, kw_only=True)
class DocumentMessage(Outgoing):
    """`type: document`, by uploaded media id (with its bytes) or by link (no bytes)."""

    media_id: str | None = None
    link: str | None = None
    filename: str | None = None
    content: bytes | None = field(default=None, repr=False)
    mime_type: str | None = None


@dataclass(frozen=True, kw_only=True)
class TemplateMessage(Outgoing):
    """`type: template`: a registered template, its body parameters and quick replies."""

    name: str
    language: str
    parameters: tuple[str, ...] = ()  # the body parameters' values, in order
    parameter_names: tuple[str | None, ...] = ()  # their names for `{{name}}` placeholders
    quick_replies: tuple[QuickReply, ...] = ()


@dataclass(frozen=True)
class Template:
    """A message template as approved in WhatsApp Manager (registered in the emulator).

    `body` may hold positional placeholders (`{{1}}`, `{{2}}`…) or named ones (`{{name}}`); a
    send must give exactly one body parameter for each (named ones with `parameter_name`).
    `buttons` are the quick-reply buttons' texts, by index.
    """

    name: str
    language: str
    body: str = ""
    buttons: tuple[str, ...] = ()

    @property
    def placeholders(self) -> tuple[str, ...]:
        """The body's placeholders (`"1"`, `"2"`… or names), each once, in order."""
        return tuple(dict.fromkeys(re.findall(r"\{\{\s*(\w+)\s*\}\}", self.body)))

    def render(self, values: dict[str, str]) -> str:
        """The body with each placeholder replaced by its value."""
        return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: values.get(m[1], m[0]), self.body)


@dataclass(frozen=True)
class UploadedMedia:
    """A file the bot uploaded to `/{phone_number_id}/media`."""

    id: str
    mime_type: str
    content: bytes = field(repr=False)
    filename: str | None = None
    sha256: str = ""


@dataclass(frozen=True)
class RecordedRequest:
    """One Cloud API call the emulator received and what it answered."""

    method: str
    path: str
    body: Any
    status: int
    response: dict[str, Any]

    @property
    def error_code(self) -> int | None:
        """The Graph API error code of an error answer, else None."""
        error = self.response.get("error")
        return int(error["code"]) if isinstance(error, dict) else None


@dataclass(frozen=True)
class Violation:
    """A request the Cloud API would refuse that only a bug in the bot can cause."""

    path: str
    code: int
    details: str
    body: Any


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST the emulator made to the bot's webhook, and the bot's HTTP answer.

    `status` is 0 when the webhook could not be reached (or no webhook URL was set).
    """

    payload: dict[str, Any]
    status: int
    signed: bool


@dataclass
class Stats:
    """Counters for tests and benchmarks."""

    requests: int = 0
    sent: int = 0  # messages accepted
    # Errors the client brought on itself (planned faults are counted only in injected_faults):
    throughput_errors: int = 0  # 130429, over the number's messages/s
    pair_rate_errors: int = 0  # 131056, too many to one person
    window_errors: int = 0  # 131047, free-form outside the 24-hour window
    injected_faults: int = 0
    uploads: int = 0
    by_code: dict[int, int] = field(default_factory=dict)  # error answers by code
