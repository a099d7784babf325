"""`CloudApiEmulator`: the Cloud API on a loopback port, its webhooks, and the people using it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from bot.emulator_whatsapp.core import CloudApi
from bot.emulator_whatsapp.errors import CloudApiError
from bot.emulator_whatsapp.faults import Faults, Via
from bot.emulator_whatsapp.models import (
    Outgoing,
    RecordedRequest,
    Stats,
    Status,
    Template,
    UploadedMedia,
    Violation,
    WebhookDelivery,
)
from bot.emulator_whatsapp.person import SimulatedPerson
from bot.emulator_whatsapp.server import ApiServer
from bot.emulator_whatsapp.webhooks import Signature, WebhookClient, status_update

DEFAULT_TOKEN = "EAAemulator-token-not-a-real-one"
DEFAULT_PHONE_NUMBER_ID = "106540352242922"
DEFAULT_DISPLAY_PHONE_NUMBER = "15550100001"
DEFAULT_BUSINESS_ACCOUNT_ID = "102290129340398"
DEFAULT_APP_SECRET = "emulator-app-secret"
DEFAULT_VERIFY_TOKEN = "emulator-verify-token"
API_VERSION = "v21.0"


class CloudApiEmulator:
    """The WhatsApp Business Cloud API for one business phone number, on 127.0.0.1.

    Start it (`async with CloudApiEmulator() as api:`), give the bot `api.base_url`,
    `api.phone_number_id`, `api.token`, `api.app_secret` and `api.verify_token`, and tell it the
    bot's webhook with `api.set_webhook(url)`. People are `api.person(wa_id)`.

    `clock` gives the time in seconds (Unix time by default); the 24-hour window, the rate
    limits and every timestamp read it, so tests move it instead of waiting. `send_rate` is the
    number's messages/s ceiling, `pair_rate`/`pair_burst` the limit to one person (None turns a
    limit off). With `auto_deliver`, every accepted message is reported `sent` then
    `delivered`; `read` follows when the person reads it (`person.read()`).

    A free-form message outside the 24-hour window is refused with 131047 in the HTTP answer
    (`window_errors="response"`, the default), or accepted and then reported in a `failed`
    status with 131047 (`window_errors="status"`), which is how the live Cloud API often
    reports it: a bot should handle both.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        phone_number_id: str = DEFAULT_PHONE_NUMBER_ID,
        display_phone_number: str = DEFAULT_DISPLAY_PHONE_NUMBER,
        business_account_id: str = DEFAULT_BUSINESS_ACCOUNT_ID,
        app_secret: str = DEFAULT_APP_SECRET,
        verify_token: str = DEFAULT_VERIFY_TOKEN,
        clock: Callable[[], float] = time.time,
        send_rate: float | None = 80.0,
        pair_rate: float | None = 1 / 6,
        pair_burst: int = 45,
        auto_deliver: bool = True,
        window_errors: Via = "response",
        api_version: str = API_VERSION,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.phone_number_id = phone_number_id
        self.display_phone_number = display_phone_number
        self.business_account_id = business_account_id
        self.app_secret = app_secret
        self.verify_token = verify_token
        self.api_version = api_version
        self.auto_deliver = auto_deliver
        self.clock = clock
        self.faults = Faults()
        self.api = CloudApi(
            token=token,
            phone_number_id=phone_number_id,
            clock=clock,
            faults=self.faults,
            send_rate=send_rate,
            pair_rate=pair_rate,
            pair_burst=pair_burst,
            window_errors=window_errors,
        )
        self.api.listeners.append(self._on_accepted)
        self.server = ApiServer(
            self.api, display_phone_number=display_phone_number, host=host, port=port
        )
        self.webhook = WebhookClient(app_secret)
        self._people: dict[str, SimulatedPerson] = {}
        self._statuses: asyncio.Queue[dict[str, Any]] | None = None
        self._worker: asyncio.Task[None] | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on the loopback port and start delivering status webhooks."""
        await self.server.start()
        self._statuses = asyncio.Queue()
        self._worker = asyncio.get_running_loop().create_task(self._deliver_statuses())

    async def stop(self) -> None:
        """Stop listening; status webhooks not yet delivered are dropped."""
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
            self._worker = None
        await self.server.stop()
        await self.webhook.close()

    async def __aenter__(self) -> CloudApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The Graph API base with its version, e.g. `http://127.0.0.1:PORT/v21.0`."""
        return f"{self.server.origin}/{self.api_version}"

    # -- configuration -----------------------------------------------------------------------

    @property
    def webhook_url(self) -> str | None:
        """The bot's webhook URL (None until `set_webhook`)."""
        return self.webhook.url

    def set_webhook(self, url: str) -> None:
        """Where to POST updates and statuses (the bot's `…/whatsapp`)."""
        self.webhook.url = url

    def register_template(
        self, name: str, language: str, *, body: str = "", buttons: tuple[str, ...] = ()
    ) -> Template:
        """Approve a template: `body` with `{{1}}`… placeholders, quick-reply button texts."""
        template = Template(name, language, body, tuple(buttons))
        self.api.templates[(name, language)] = template
        return template

    def person(self, wa_id: str, name: str = "Alex") -> SimulatedPerson:
        """The WhatsApp user with this number (created on first use; digits only are kept)."""
        digits = "".join(ch for ch in wa_id if ch.isdigit())
        if digits not in self._people:
            self._people[digits] = SimulatedPerson(self, digits, name)
            self.api.known_users.add(digits)
        return self._people[digits]

    # -- observation -------------------------------------------------------------------------

    @property
    def sent(self) -> list[Outgoing]:
        """Every message the API accepted, oldest first."""
        return self.api.sent

    @property
    def violations(self) -> list[Violation]:
        """Requests refused because of a bug in the bot (tests assert this stays empty)."""
        return self.api.violations

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every API call with its answer, oldest first."""
        return self.api.requests

    @property
    def media(self) -> dict[str, UploadedMedia]:
        """Uploaded files by media id."""
        return self.api.media

    @property
    def stats(self) -> Stats:
        """Counters: requests, sends, rate-limit answers, injected faults, uploads."""
        return self.api.stats

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """Every webhook POST made to the bot, with its answer."""
        return self.webhook.deliveries

    def errors(self, code: int | None = None) -> list[RecordedRequest]:
        """The calls answered with an error (with this Graph API code, if given)."""
        return [
            r
            for r in self.api.requests
            if r.error_code is not None and (code is None or r.error_code == code)
        ]

    def status_of(self, wamid: str) -> Status | None:
        """The latest delivery status reported for a message the bot sent."""
        return self.api.statuses.get(wamid)

    async def wait_for_sent(self, count: int, *, timeout: float = 5.0) -> list[Outgoing]:
        """Wait until at least `count` messages were accepted; TimeoutError otherwise."""
        try:
            await self.api.wait_until(lambda: len(self.api.sent) >= count, timeout)
        except TimeoutError:
            raise TimeoutError(f"{len(self.api.sent)} messages sent, not {count}") from None
        return list(self.api.sent)

    # -- webhooks ------------------------------------------------------------------------------

    async def verify_webhook(
        self, *, verify_token: str | None = None, challenge: str = "1158201444"
    ) -> tuple[int, str]:
        """Meta's GET handshake on the webhook URL: the bot's (HTTP status, body).

        A bot that knows the verify token answers 200 with the challenge echoed.
        """
        token = self.verify_token if verify_token is None else verify_token
        return await self.webhook.verify(token, challenge)

    async def post_update(self, payload: dict[str, Any], *, signature: Signature = "valid") -> int:
        """POST any payload to the webhook: signed, badly signed (`"invalid"`) or unsigned
        (`"missing"`); the bot's HTTP status (0 when it cannot be reached)."""
        delivery = await self.webhook.post(payload, signature=signature)
        return delivery.status

    async def flush_webhooks(self) -> None:
        """Wait until every queued status webhook was delivered."""
        if self._statuses is not None:
            await self._statuses.join()

    def metadata(self) -> dict[str, str]:
        """The `metadata` object of every webhook for this number."""
        return {
            "display_phone_number": self.display_phone_number,
            "phone_number_id": self.phone_number_id,
        }

    def queue_status(
        self, record: Outgoing, status: Status, error: CloudApiError | None = None
    ) -> None:
        """Report a status of a sent message to the webhook (in order, in the background)."""
        self.api.statuses[record.wamid] = status
        self.api.touch()
        person = self._people.get(record.to)
        name = person.name if person is not None else None
        payload = status_update(self, record, status, int(self.clock()), name=name, error=error)
        if self._statuses is None:
            raise RuntimeError("the emulator is not started")
        self._statuses.put_nowait(payload)

    def _on_accepted(self, record: Outgoing, failure: CloudApiError | None) -> None:
        if failure is not None:
            self.queue_status(record, "failed", failure)
            return
        person = self._people.get(record.to)
        if person is not None:
            person.inbox.append(record)
        if self.auto_deliver:
            self.queue_status(record, "sent")
            self.queue_status(record, "delivered")

    async def _deliver_statuses(self) -> None:
        assert self._statuses is not None
        while True:
            payload = await self._statuses.get()
            try:
                await self.webhook.post(payload)
            finally:
                self._statuses.task_done()
