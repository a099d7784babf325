"""A simulated WhatsApp user: what their app sends to the bot, and what it received."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.emulator_whatsapp.models import (
    ButtonsMessage,
    ListMessage,
    Outgoing,
    TemplateMessage,
)
from bot.emulator_whatsapp.webhooks import inbound_update, new_wamid

if TYPE_CHECKING:
    from bot.emulator_whatsapp.emulator import CloudApiEmulator


class TapError(LookupError):
    """A test tapped something the bot never showed this person (a mistake in the test)."""


class WebhookRejected(RuntimeError):
    """The bot answered a person's message with something other than HTTP 200."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the bot's webhook answered {status or 'nothing'}, not 200")
        self.status = status


class SimulatedPerson:
    """A WhatsApp user writing to the business number.

    Each action POSTs a signed `messages` webhook to the bot, opens the 24-hour window at the
    emulator's clock, and returns the new message's wamid once the bot has answered 200
    (`WebhookRejected` otherwise). `inbox` holds what the bot sent this person, oldest first.
    """

    def __init__(self, emulator: CloudApiEmulator, wa_id: str, name: str) -> None:
        self.emulator = emulator
        self.wa_id = wa_id
        self.name = name
        self.inbox: list[Outgoing] = []

    @property
    def last(self) -> Outgoing | None:
        """The latest message received."""
        return self.inbox[-1] if self.inbox else None

    @property
    def texts(self) -> list[str | None]:
        """The `.text` of every message received, oldest first."""
        return [message.text for message in self.inbox]

    async def send_text(self, text: str) -> str:
        """Type and send a text message."""
        return await self._send({"type": "text", "text": {"body": text}})

    async def edit(self, wamid: str) -> str:
        """Edit an earlier message: the Cloud API tells of it as "unsupported", without words."""
        error: dict[str, Any] = {"code": 131051, "title": "Message type unknown"}
        error |= {"message": "Message type unknown"}
        error["error_data"] = {"details": "Message type is currently not supported."}
        body = {"type": "unsupported", "unsupported": {"type": "edit"}, "errors": [error]}
        return await self._send(body, context={"id": wamid})

    async def send_media(self, kind: str, caption: str | None = None) -> str:
        """Send a photo ("image"), "video", "document", "sticker" or voice note ("audio")."""
        media: dict[str, Any] = {"id": new_wamid(), "mime_type": "application/octet-stream"}
        if caption is not None:
            media["caption"] = caption
        return await self._send({"type": kind, kind: media})

    async def share_location(
        self,
        latitude: float,
        longitude: float,
        *,
        name: str | None = None,
        address: str | None = None,
    ) -> str:
        """Share a location pin (optionally a named place)."""
        location: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
        if name is not None:
            location["name"] = name
        if address is not None:
            location["address"] = address
        return await self._send({"type": "location", "location": location})

    async def tap(
        self,
        button_id: str | None = None,
        *,
        title: str | None = None,
        message: Outgoing | None = None,
    ) -> str:
        """Tap a reply button or pick a list row, by its id or by the title the person sees.

        It must be on the latest interactive message the bot sent this person (or on `message`,
        to tap an older one); anything else raises `TapError`.
        """
        if (button_id is None) == (title is None):
            raise TypeError("tap takes a button id or a title")
        target = message or self._latest(ButtonsMessage, ListMessage)
        if target is None:
            raise TapError(f"{self.wa_id} received no interactive message")
        if not isinstance(target, ButtonsMessage | ListMessage):
            raise TapError(f"{target.wamid} is not an interactive message")
        chosen = [c for c in target.choices if button_id in (None, c[0]) and title in (None, c[1])]
        if not chosen:
            wanted = repr(button_id) if title is None else f"titled {title!r}"
            raise TapError(f"no button {wanted} on {target.wamid}: {target.choices}")
        choice_id, choice_title = chosen[0]
        picked: dict[str, str] = {"id": choice_id, "title": choice_title}
        if isinstance(target, ButtonsMessage):
            interactive: dict[str, Any] = {"type": "button_reply", "button_reply": picked}
        else:
            row = next(r for r in target.rows if r.id == choice_id)
            if row.description is not None:
                picked["description"] = row.description
            interactive = {"type": "list_reply", "list_reply": picked}
        context = {"from": self.emulator.display_phone_number, "id": target.wamid}
        body = {"type": "interactive", "interactive": interactive}
        return await self._send(body, context=context)

    async def tap_template_button(self, payload: str) -> str:
        """Tap a quick-reply button of the latest template message that carries `payload`."""
        for message in reversed(self.inbox):
            if not isinstance(message, TemplateMessage):
                continue
            for reply in message.quick_replies:
                if reply.payload == payload:
                    context = {"from": self.emulator.display_phone_number, "id": message.wamid}
                    button = {"payload": reply.payload, "text": reply.text}
                    return await self._send({"type": "button", "button": button}, context=context)
        raise TapError(f"no template sent to {self.wa_id} has a button with payload {payload!r}")

    async def read(self, message: Outgoing | None = None) -> None:
        """Open the chat: `read` statuses for this message, or for every one not yet read."""
        targets = [message] if message is not None else self.inbox
        for record in targets:
            if self.emulator.status_of(record.wamid) in ("sent", "delivered"):
                self.emulator.queue_status(record, "read")

    async def wait_for_messages(self, count: int, *, timeout: float = 5.0) -> list[Outgoing]:
        """Wait until this person has received at least `count` messages in all.

        Returns the inbox; raises TimeoutError (listing what did arrive) after `timeout`.
        """
        try:
            await self.emulator.api.wait_until(lambda: len(self.inbox) >= count, timeout)
        except TimeoutError:
            raise TimeoutError(
                f"{self.wa_id} has {len(self.inbox)} messages, not {count}: {self.texts}"
            ) from None
        return list(self.inbox)

    def _latest(self, *kinds: type[Outgoing]) -> Outgoing | None:
        return next((m for m in reversed(self.inbox) if isinstance(m, kinds)), None)

    async def _send(self, body: dict[str, Any], *, context: dict[str, str] | None = None) -> str:
        emulator = self.emulator
        wamid = new_wamid()
        message: dict[str, Any] = {
            "from": self.wa_id,
            "id": wamid,
            "timestamp": str(int(emulator.clock())),
            **body,
        }
        if context is not None:
            message = {"context": context, **message}
        emulator.api.window.opened(self.wa_id)
        emulator.api.inbound_ids.add(wamid)
        payload = inbound_update(emulator, self.wa_id, self.name, message)
        delivery = await emulator.webhook.post(payload)
        if delivery.status != 200:
            raise WebhookRejected(delivery.status)
        return wamid
