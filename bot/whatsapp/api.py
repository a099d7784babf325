"""Sending through the Cloud API with pywa: the number's pace, retries, and its error codes.

pywa's `GraphAPI` points its httpx session at the public Graph API when it is built; the session's
`base_url` is set to WHATSAPP_API_URL afterwards, so the emulator (tests, demo) or a proxy can
stand in for it (tests/whatsapp/test_api.py checks requests really arrive there).

Error codes the bot acts on (everything else fails the one message, logged):
- 131047: free-form message outside the 24-hour window -> `OutsideWindow` (send the template);
- 130429 (the number's throughput) and 80007 (the business account's rate limit): every later
  request is held back, then retried; still refused after the last retry, `SlowDown` (a
  reminder is then held, and the channel's reminders paused, for SLOW_DOWN_HOLD);
- 131056 (the pair rate: too many messages from the number to ONE person in a short time; Meta
  paces a pair at about one message every 6 s): only that person's message waits. A reply is
  retried in place, in that person's own turn, and after the last retry is `PairLimited`
  (dropped, logged); a reminder (every send method's `wait_for_person=False`) is `PairLimited`
  at once, and the sender holds that one reminder for PAIR_WAIT (rather than keep one of its
  sends in flight meanwhile) while everyone else's go on;
- 131026 (undeliverable) and 131051 (unsupported message type): `Undeliverable`, stop;
- 190 (the access token is invalid or expired): `BadToken`, said loudly once in the log;
- 131000 / 1 / 2 and network errors: temporary, retried; after the last retry `Unreachable`
  (a reminder is then held until the API answers, not given up for the day).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import httpx
import pywa_async
from pywa_async.errors import WhatsAppError
from pywa_async.types import Button, Section, SectionList, SectionRow
from pywa_async.types.templates import BodyText, QuickReplyButton, TemplateLanguage

from bot.chat.outbox import Choice
from bot.settings import Settings
from bot.whatsapp.pacing import SendPacer

logger = logging.getLogger(__name__)

T = TypeVar("T")
OUTSIDE_WINDOW = 131047
SLOW_DOWN = frozenset({130429, 80007})  # limits of the number or account: everyone waits
PAIR_LIMIT = 131056  # the limit of one business-person pair: only that person waits
# A reminder refused by the pair limit is tried again this much later (Meta: about one message
# every 6 seconds to one person once a burst is spent).
PAIR_WAIT = 6.0
# Still rate-limited after every retry: how long reminders wait (the Cloud API names no wait).
SLOW_DOWN_HOLD = 60.0
UNDELIVERABLE = frozenset({131026, 131051})
BAD_TOKEN = 190
TEMPORARY = frozenset({131000, 1, 2})
# Seconds to wait before each retry; a throughput error also holds the whole number back.
BACKOFF = (1.0, 2.0, 4.0, 8.0)
# The template's quick-reply payload: a tap on it opens the day's routine (bot/whatsapp/inbound).
OPEN_ROUTINE_PAYLOAD = "today"


class SendError(Exception):
    """A message the Cloud API did not take; `code` is its Graph error code (0: no answer)."""

    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"WhatsApp error {code}: {detail}")
        self.code = code


class OutsideWindow(SendError):
    """The person has not written in 24 hours: only a template may be sent (131047)."""


class Undeliverable(SendError):
    """The message cannot reach this person (131026, 131051): stop sending to them."""


class BadToken(SendError):
    """WHATSAPP_TOKEN is invalid or expired (190)."""


class SlowDown(SendError):
    """The number or account still rate-limited after every retry (130429, 80007): a reminder
    is held, and the channel's reminders with it, for `wait` seconds, like a Telegram flood
    wait (bot/core/outage.py)."""

    def __init__(self, code: int, detail: str, wait: float = SLOW_DOWN_HOLD) -> None:
        super().__init__(code, detail)
        self.wait = wait


class PairLimited(SendError):
    """Too many messages to this one person just now (131056): a reminder to them is held for
    PAIR_WAIT, a reply dropped; nobody else's messages wait."""


class Unreachable(SendError):
    """The Cloud API did not answer, or answered only temporary errors, through every retry:
    the reminder is held until it answers again (bot/core/outage.py)."""


class CloudApi:
    """One business number's sending side: every request paced, retried and classified."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        assert settings.whatsapp_token is not None, "WhatsApp is off (no WHATSAPP_TOKEN)"
        self.session = httpx.AsyncClient(timeout=30, transport=transport)
        self.client = pywa_async.WhatsApp(
            phone_id=settings.whatsapp_phone_number_id,
            token=settings.whatsapp_token.get_secret_value(),
            session=self.session,
            server=None,
            verify_token=_secret(settings.whatsapp_verify_token),
            app_secret=_secret(settings.whatsapp_app_secret),
        )
        self.session.base_url = settings.whatsapp_api_url.rstrip("/")
        self.template = settings.whatsapp_reminder_template
        self.language = settings.whatsapp_template_language
        self.pacer = SendPacer(settings.whatsapp_send_rate)
        self.sleep = sleep  # injected by tests: back-off is waited, never slept for real
        self._token_refused = False

    async def close(self) -> None:
        """Close the HTTP session."""
        await self.session.aclose()

    async def text(self, to: str, text: str, *, wait_for_person: bool = True) -> str:
        """Send a text message; return its wamid."""
        sent = await self._call(
            lambda: self.client.send_message(to=to, text=text), wait_for_person=wait_for_person
        )
        return str(sent.id)

    async def buttons(
        self, to: str, text: str, choices: Sequence[Choice], *, wait_for_person: bool = True
    ) -> str:
        """Send up to 3 reply buttons under `text`."""
        buttons = [Button(title=c.label, callback_data=c.data) for c in choices]
        sent = await self._call(
            lambda: self.client.send_message(to=to, text=text, buttons=buttons),
            wait_for_person=wait_for_person,
        )
        return str(sent.id)

    async def rows(
        self,
        to: str,
        text: str,
        choices: Sequence[Choice],
        opener: str,
        *,
        wait_for_person: bool = True,
    ) -> str:
        """Send a list message of up to 10 rows; `opener` labels the button that opens it."""
        rows = [SectionRow(title=c.label, callback_data=c.data) for c in choices]
        menu = SectionList(button_title=opener, sections=[Section(title=opener, rows=rows)])
        sent = await self._call(
            lambda: self.client.send_message(to=to, text=text, buttons=menu),
            wait_for_person=wait_for_person,
        )
        return str(sent.id)

    async def upload(self, data: bytes, mime_type: str, filename: str) -> str:
        """Upload media to the number (POST /media); return its media id."""
        media = await self._call(
            lambda: self.client.upload_media(media=data, mime_type=mime_type, filename=filename),
            paced=False,  # an upload is not a message: the number's throughput is for messages
        )
        return str(media.id)

    async def image(
        self,
        to: str,
        media_id: str,
        caption: str,
        choices: Sequence[Choice] = (),
        *,
        wait_for_person: bool = True,
    ) -> str:
        """Send an uploaded image (with up to 3 reply buttons under it)."""
        buttons = [Button(title=c.label, callback_data=c.data) for c in choices] or None
        sent = await self._call(
            lambda: self.client.send_image(
                to=to, image=media_id, caption=caption or None, buttons=buttons
            ),
            wait_for_person=wait_for_person,
        )
        return str(sent.id)

    async def document(
        self, to: str, media_id: str, filename: str, caption: str, *, wait_for_person: bool = True
    ) -> str:
        """Send an uploaded document."""
        sent = await self._call(
            lambda: self.client.send_document(
                to=to, document=media_id, filename=filename, caption=caption or None
            ),
            wait_for_person=wait_for_person,
        )
        return str(sent.id)

    async def reminder_template(
        self, to: str, first_name: str, *, wait_for_person: bool = True
    ) -> str:
        """Send the approved reminder template; its quick-reply button opens today's routine."""
        params = [
            BodyText.params(first_name or "there"),  # type: ignore[arg-type]  # pywa types it oddly
            QuickReplyButton.params(callback_data=OPEN_ROUTINE_PAYLOAD, index=0),
        ]
        sent = await self._call(
            lambda: self.client.send_template(
                to=to, name=self.template, language=TemplateLanguage(self.language), params=params
            ),
            wait_for_person=wait_for_person,
        )
        return str(sent.id)

    async def probe(self) -> None:
        """Ask the API about the business number: raises SendError when it cannot be reached."""
        try:
            await self.client.get_business_phone_number()
        except WhatsAppError as error:
            code = int(error.code)
            if code in TEMPORARY:
                raise Unreachable(code, str(error.message)) from None
            raise self._classified(code, str(error.message)) from None
        except httpx.TransportError as error:
            raise Unreachable(0, f"Cloud API unreachable ({type(error).__name__})") from None

    async def _call(
        self,
        request: Callable[[], Awaitable[T]],
        *,
        paced: bool = True,
        wait_for_person: bool = True,
    ) -> T:
        """Run one request at the number's pace; retry what is temporary; classify the rest."""
        for attempt, wait in enumerate((*BACKOFF, None)):
            if paced:
                await self.pacer.wait()
            try:
                return await request()
            except WhatsAppError as error:
                code = int(error.code)
                final = self._final(code, str(error.message), wait, wait_for_person)
                if final is not None:
                    raise final from None
                assert wait is not None  # the last try always ends in `final`
                if code in SLOW_DOWN:  # the whole number is over its pace: hold it back
                    self.pacer.hold_off(wait)
                logger.info("WhatsApp error %s, retry %d in %.0f s", code, attempt + 1, wait)
                await self.sleep(wait)
                continue
            except httpx.TransportError as error:
                if wait is None:
                    detail = f"Cloud API unreachable ({type(error).__name__})"
                    raise Unreachable(0, detail) from None
                await self.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _final(
        self, code: int, detail: str, wait: float | None, wait_for_person: bool
    ) -> SendError | None:
        """What a refusal ends in, or None when it is retried after `wait` (None: no more)."""
        if code == PAIR_LIMIT and (wait is None or not wait_for_person):
            return PairLimited(code, "too many messages to this person just now")
        if code not in SLOW_DOWN and code not in TEMPORARY and code != PAIR_LIMIT:
            return self._classified(code, detail)
        if wait is not None:
            return None
        if code in TEMPORARY:
            return Unreachable(code, "still failing after retries")
        return SlowDown(code, "still refused after retries")

    def _classified(self, code: int, detail: str) -> SendError:
        if code == OUTSIDE_WINDOW:
            return OutsideWindow(code, detail)
        if code in UNDELIVERABLE:
            return Undeliverable(code, detail)
        if code == BAD_TOKEN:
            if not self._token_refused:  # loudly, once: every later send fails the same way
                self._token_refused = True
                logger.error(
                    "WHATSAPP_TOKEN was refused by the Cloud API (error 190): make a new "
                    "access token in the Meta app and restart; WhatsApp messages fail until then"
                )
            return BadToken(code, detail)
        return SendError(code, detail)


def _secret(value: object) -> str | None:
    getter = getattr(value, "get_secret_value", None)
    return getter() if getter is not None else None
