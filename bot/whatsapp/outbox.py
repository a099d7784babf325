"""The conversation's actions as Cloud API messages, within WhatsApp's limits.

Choices become reply buttons when there are at most 3 with titles of at most 20 characters,
otherwise list messages of at most 10 rows (24 characters). Nothing is cut short: a label too
long for the list is sent as it is and the API refuses it (the emulator reports it as a bug).
Messages cannot be edited: an edit sends its short `note` as a new message instead. Images and
files are uploaded to /media first, then sent by their media id.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from bot.chat.events import Person
from bot.chat.outbox import Capabilities, Choice, Choices, Picture, SentMessage
from bot.clock import Clock
from bot.store.channels import ChannelStore
from bot.whatsapp.api import CloudApi
from bot.whatsapp.words import WhatsAppWords

MAX_BUTTONS, MAX_BUTTON_TITLE = 3, 20
MAX_ROWS, MAX_ROW_TITLE = 10, 24
MAX_BODY = 1024  # an interactive message's body; a longer text goes first as its own message
CAPABILITIES = Capabilities(
    editable=False, max_choices=MAX_ROWS, max_label=MAX_ROW_TITLE, typed_commands=True
)
# WhatsApp takes documents of a few types only; the export (JSON) travels as plain text.
DOCUMENT_TYPES = {".pdf": "application/pdf", ".csv": "text/csv"}


def offered(choices: Choices) -> list[Choice]:
    """The choices WhatsApp can show, in order: a "typed" suggestion is a button like any
    other; a request for the person's location cannot be a button, so it is left out (the
    prompt says a location can be shared, and one shared arrives like any message)."""
    return [choice for row in choices for choice in row if choice.kind != "location"]


def fits_buttons(choices: Sequence[Choice]) -> bool:
    """Whether choices render as reply buttons (else as a list)."""
    return len(choices) <= MAX_BUTTONS and all(len(c.label) <= MAX_BUTTON_TITLE for c in choices)


@dataclass
class Sent:
    """What one outbox sent, in order (a reminder's journal row links to the first)."""

    wamids: list[str]


class WhatsAppOutbox:
    """Renders one turn's actions as messages to one person."""

    def __init__(
        self,
        api: CloudApi,
        words: WhatsAppWords,
        person: Person,
        *,
        channels: ChannelStore,
        clock: Clock,
        delivery_id: int | None = None,
        resume_after: int = 0,
    ) -> None:
        self._api, self._words, self._person = api, words, person
        self._channels, self._clock = channels, clock
        self._delivery_id = delivery_id
        # A reminder held part-way is sent again from its first part not yet accepted: the
        # first `resume_after` messages went out on an earlier try and are not sent again.
        self._resume_after = resume_after
        self._parts = 0
        # A reminder's messages do not wait out the person's pair limit in place: the sender
        # holds that reminder instead (bot/whatsapp/api.py, PairLimited).
        self._wait = delivery_id is None
        self._answered = False
        self.sent = Sent([])

    @property
    def capabilities(self) -> Capabilities:
        """Buttons or lists, no edits, commands typed as words."""
        return CAPABILITIES

    async def send(self, text: str, choices: Choices = ()) -> SentMessage | None:
        """Send `text` with its choices as buttons or list messages."""
        flat = offered(choices)
        to = self._person.address
        if not flat:
            return await self._message(
                partial(self._api.text, to, text, wait_for_person=self._wait)
            )
        if len(text) > MAX_BODY:  # too long to carry the choices: the text goes first
            first = await self._message(
                partial(self._api.text, to, text, wait_for_person=self._wait)
            )
            await self._choices(self._words.pick_one, flat)
            return first
        return await self._choices(text, flat)

    async def edit(
        self, message: SentMessage, text: str, choices: Choices = (), *, note: str | None = None
    ) -> None:
        """WhatsApp cannot edit: the short `note` (with the choices) is a new message."""
        if note is not None:
            await self.send(note, choices)

    async def edit_choices(self, message: SentMessage, choices: Choices) -> None:
        """WhatsApp cannot edit a message's buttons: the old ones stay as they were."""

    async def answer_tap(self, text: str | None = None) -> None:
        """A tap needs no answer on WhatsApp; a text answer is a short message, once."""
        if text is not None and not self._answered:
            self._answered = True
            await self.send(text)

    async def photo(
        self, picture: Picture, caption: str = "", choices: Choices = ()
    ) -> SentMessage | None:
        """Upload the PNG and send it with its caption (3 buttons under it; more as a list)."""
        flat = offered(choices)
        under = flat if fits_buttons(flat) else []
        to = self._person.address

        async def image() -> str:
            media_id = await self._api.upload(picture.png, "image/png", f"{picture.key}.png")
            return await self._api.image(
                to, media_id, caption[:MAX_BODY], under, wait_for_person=self._wait
            )

        sent = await self._message(image)
        if flat and not under:
            await self._choices(self._words.pick_one, flat)
        return sent

    async def document(self, data: bytes, filename: str, caption: str = "") -> None:
        """Upload the file and send it as a document."""
        suffix = filename[filename.rfind(".") :].lower() if "." in filename else ""
        mime_type = DOCUMENT_TYPES.get(suffix, "text/plain")

        async def document() -> str:
            media_id = await self._api.upload(data, mime_type, filename)
            return await self._api.document(
                self._person.address, media_id, filename, caption, wait_for_person=self._wait
            )

        await self._message(document)

    async def _choices(self, text: str, flat: list[Choice]) -> SentMessage:
        to = self._person.address
        if fits_buttons(flat):
            return await self._message(
                partial(self._api.buttons, to, text, flat, wait_for_person=self._wait)
            )
        opener = self._words.list_button
        first: SentMessage | None = None
        for start in range(0, len(flat), MAX_ROWS):
            body = text if start == 0 else self._words.more_choices
            chunk = flat[start : start + MAX_ROWS]
            sent = await self._message(
                partial(self._api.rows, to, body, chunk, opener, wait_for_person=self._wait)
            )
            first = first or sent
        assert first is not None
        return first

    async def _message(self, send: Callable[[], Awaitable[str]]) -> SentMessage:
        """Send one message (the next part of this turn) and remember it for its statuses:
        a reminder's parts are counted on its journal row as the API accepts each. A part
        accepted on an earlier try of the reminder is not sent again."""
        part = self._parts
        self._parts += 1
        if part < self._resume_after:
            return SentMessage(self._person.address, "")  # went out before: no wamid to hand
        wamid = await send()
        now: datetime = self._clock.now()
        await self._channels.record_message(
            wamid, self._person.person_id, now, delivery_id=self._delivery_id,
            part=None if self._delivery_id is None else part,
        )  # fmt: skip
        self.sent.wamids.append(wamid)
        return SentMessage(self._person.address, wamid)
