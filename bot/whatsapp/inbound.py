"""A Cloud API webhook body as the conversation's events, and its delivery statuses.

Meta's body: `{"object": "whatsapp_business_account", "entry": [{"changes": [{"field":
"messages", "value": {"contacts": [...], "messages": [...] | "statuses": [...]}}]}]}`.

- `text`: a command when it is exactly a command's word (`today`, `Progress`, `/today`; with a
  slash, words after it are its arguments), otherwise a `Text` (a question, a set-up answer);
- `interactive` `button_reply` / `list_reply`: a `Tap` on the choice with that id;
- `button` (a template's quick reply): its payload opens today's routine;
- `location`: a `Location`;
- `image`, `video`, `document` with a caption: that caption as typed `text`; without one, and
  `sticker` or `audio` (a voice note): `Unreadable`; anything else asks for `help`.

Events carry a `Person` whose `person_id` is 0: the channel fills it in from the store.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.chat.events import Command, Edited, Event, Location, Person, Tap, Text, Unreadable
from bot.chat.outbox import SentMessage
from bot.whatsapp.api import OPEN_ROUTINE_PAYLOAD

logger = logging.getLogger(__name__)

CHANNEL = "whatsapp"
# Message types that carry media: a caption (image, video, document) is read as typed words.
MEDIA = ("image", "video", "document", "sticker", "audio")


@dataclass(frozen=True)
class Inbound:
    """One person's message: its id (to skip Meta's retries of it), when, and the event."""

    message_id: str
    sent_at: datetime | None
    event: Event


@dataclass(frozen=True)
class StatusUpdate:
    """A status of a message the bot sent; `error` is the first error's code, if any."""

    wamid: str
    status: str
    error: str | None


def parse_update(body: Any, commands: Collection[str]) -> tuple[list[Inbound], list[StatusUpdate]]:
    """Every message and status in one webhook body (anything malformed is skipped)."""
    messages: list[Inbound] = []
    statuses: list[StatusUpdate] = []
    for value in _values(body):
        names = _names(value.get("contacts"))
        for message in _dicts(value.get("messages")):
            parsed = _message(message, names, commands)
            if parsed is not None:
                messages.append(parsed)
        for status in _dicts(value.get("statuses")):
            if isinstance(status.get("id"), str) and isinstance(status.get("status"), str):
                errors = _dicts(status.get("errors"))
                code = str(errors[0].get("code")) if errors else None
                statuses.append(StatusUpdate(status["id"], status["status"], code))
    return messages, statuses


def command_of(text: str, commands: Collection[str]) -> tuple[str, tuple[str, ...]] | None:
    """The command a typed text is, or None: exactly a command word, or `/word args`."""
    words = text.strip().split()
    if not words:
        return None
    first = words[0].lower()
    if first.startswith("/") and first[1:] in commands:
        return first[1:], tuple(words[1:])
    if len(words) == 1 and first.rstrip("!.?") in commands:
        return first.rstrip("!.?"), ()
    return None


def _values(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, dict) or body.get("object") != "whatsapp_business_account":
        return []
    return [
        change["value"]
        for entry in _dicts(body.get("entry"))
        for change in _dicts(entry.get("changes"))
        if change.get("field") == "messages" and isinstance(change.get("value"), dict)
    ]


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _names(contacts: Any) -> dict[str, str]:
    return {
        str(c.get("wa_id")): str((c.get("profile") or {}).get("name") or "")
        for c in _dicts(contacts)
    }


def _message(
    message: dict[str, Any], names: dict[str, str], commands: Collection[str]
) -> Inbound | None:
    sender, message_id = message.get("from"), message.get("id")
    if not isinstance(sender, str) or not sender.isdigit() or not isinstance(message_id, str):
        return None
    person = Person(CHANNEL, sender, 0, first_name=names.get(sender, ""))
    event = _event(person, message, commands)
    stamp = message.get("timestamp")
    sent_at = None
    if isinstance(stamp, str) and stamp.isdigit():
        sent_at = datetime.fromtimestamp(int(stamp), UTC)
    return Inbound(message_id, sent_at, event)


def _event(person: Person, message: dict[str, Any], commands: Collection[str]) -> Event:
    kind = message.get("type")
    context = message.get("context") if isinstance(message.get("context"), dict) else {}
    replied_to = context.get("id") if isinstance(context, dict) else None
    on = SentMessage(person.address, replied_to) if isinstance(replied_to, str) else None
    if kind == "text" or _caption(message, kind):
        # Words written under a photo, video or file are read like typed words.
        text = str((message.get("text") or {}).get("body") or "") or _caption(message, kind)
        command = command_of(text, commands)
        return Command(person, *command) if command else Text(person, text)
    if kind == "interactive":
        interactive = message.get("interactive") or {}
        reply = interactive.get("button_reply") or interactive.get("list_reply") or {}
        if isinstance(reply, dict) and isinstance(reply.get("id"), str):
            return Tap(person, reply["id"], on, own_chat=True)
    if kind == "button":  # a template's quick reply
        payload = (message.get("button") or {}).get("payload")
        if payload == OPEN_ROUTINE_PAYLOAD:
            return Command(person, "today")
        if isinstance(payload, str):
            return Tap(person, payload, on, own_chat=True)
    if kind == "location":
        place = message.get("location") or {}
        latitude, longitude = place.get("latitude"), place.get("longitude")
        if isinstance(latitude, int | float) and isinstance(longitude, int | float):
            return Location(person, float(latitude), float(longitude))
    if kind in MEDIA:  # a photo without words, a voice note, a sticker: say what is read
        return Unreadable(person)
    return _unread(person, message, kind)


def _unread(person: Person, message: dict[str, Any], kind: object) -> Event:
    """A message the bot cannot read: an edit (told of without its words), else /help."""
    if kind == "unsupported" and _unsupported_type(message) == "edit":
        return Edited(person, "")  # the person is asked to send the new words again
    logger.info("a WhatsApp message of type %s was answered with help", kind)
    return Command(person, "help")


def _unsupported_type(message: dict[str, Any]) -> object:
    """What an "unsupported" message was ("edit", "poll_creation"...), as the Cloud API says."""
    unsupported = message.get("unsupported")
    return unsupported.get("type") if isinstance(unsupported, dict) else None


def _caption(message: dict[str, Any], kind: object) -> str:
    """The caption of an image, video or document message ("" for none)."""
    media = message.get(kind) if kind in MEDIA[:3] else None
    caption = media.get("caption") if isinstance(media, dict) else None
    return caption if isinstance(caption, str) and caption.strip() else ""
