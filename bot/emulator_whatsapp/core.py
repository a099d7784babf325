"""The Cloud API's semantics, without HTTP: auth, validation, templates, the window, limits.

`CloudApi.send` answers one `POST /{phone_number_id}/messages`; `upload` and `media_info`
answer the media endpoints. Each returns (HTTP status, JSON body) and records the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import secrets
from collections.abc import Callable
from typing import Any

from bot.emulator_whatsapp.errors import (
    INVALID_PARAMETER,
    INVALID_TOKEN,
    MEDIA_ERROR,
    PAIR_RATE,
    RE_ENGAGEMENT,
    TEMPLATE_MISSING,
    TEMPLATE_PARAMS,
    THROUGHPUT,
    UNDELIVERABLE,
    CloudApiError,
    invalid,
)
from bot.emulator_whatsapp.faults import Faults, Via
from bot.emulator_whatsapp.limits import SendLimits, ServiceWindow
from bot.emulator_whatsapp.media import check_upload
from bot.emulator_whatsapp.models import (
    DocumentMessage,
    ImageMessage,
    Outgoing,
    RecordedRequest,
    Stats,
    Status,
    Template,
    TemplateMessage,
    UploadedMedia,
    Violation,
)
from bot.emulator_whatsapp.templates import fill_template
from bot.emulator_whatsapp.validation import parse_message
from bot.emulator_whatsapp.webhooks import new_wamid

# Answers only a bug in the bot (or its configuration) can cause; recorded as violations.
_BUG_CODES = frozenset({INVALID_PARAMETER, MEDIA_ERROR, TEMPLATE_MISSING, TEMPLATE_PARAMS})
Listener = Callable[[Outgoing, CloudApiError | None], None]


class CloudApi:
    """One business phone number's Cloud API state: what was sent, uploaded and refused."""

    def __init__(
        self,
        *,
        token: str,
        phone_number_id: str,
        clock: Callable[[], float],
        faults: Faults,
        send_rate: float | None,
        pair_rate: float | None,
        pair_burst: int,
        window_errors: Via = "response",
    ) -> None:
        self.token = token
        self.phone_number_id = phone_number_id
        self.window_errors: Via = window_errors
        self.clock = clock
        self.faults = faults
        self.limits = SendLimits(
            clock, send_rate=send_rate, pair_rate=pair_rate, pair_burst=pair_burst
        )
        self.window = ServiceWindow(clock)
        self.templates: dict[tuple[str, str], Template] = {}
        self.known_users: set[str] = set()
        self.inbound_ids: set[str] = set()
        self.sent: list[Outgoing] = []
        self.statuses: dict[str, Status] = {}
        self.media: dict[str, UploadedMedia] = {}
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.stats = Stats()
        self.listeners: list[Listener] = []
        self._changed: asyncio.Condition | None = None
        self._notifying: set[asyncio.Task[None]] = set()

    # -- endpoints -----------------------------------------------------------------------------

    def send(self, phone_number_id: str, authorization: str | None, body: Any) -> tuple[int, Any]:
        """`POST /{phone_number_id}/messages`: a message, or a read receipt for one received."""
        path = f"/{phone_number_id}/messages"
        try:
            self._authorize(authorization)
            self._check_number(phone_number_id)
            if isinstance(body, dict) and body.get("status") == "read":
                return self._record("POST", path, body, 200, self._mark_read(body))
            record = self._accept(self._checked(parse_message(body)))
        except CloudApiError as error:
            return self._refuse("POST", path, body, error)
        result: dict[str, Any] = {"id": record.wamid}
        if isinstance(record, TemplateMessage):
            result["message_status"] = "accepted"
        answer = {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": record.to}],
            "messages": [result],
        }
        return self._record("POST", path, body, 200, answer)

    def upload(
        self,
        phone_number_id: str,
        authorization: str | None,
        fields: dict[str, str],
        file: tuple[str | None, str | None, bytes] | None,
    ) -> tuple[int, Any]:
        """`POST /{phone_number_id}/media` (multipart `file`, `type`, `messaging_product`)."""
        path = f"/{phone_number_id}/media"
        summary = {**fields, "file": None if file is None else (file[0], file[1], len(file[2]))}
        try:
            self._authorize(authorization)
            self._check_number(phone_number_id)
            if fields.get("messaging_product") != "whatsapp":
                raise invalid(
                    "The parameter messaging_product is required and must be 'whatsapp'."
                )
            if file is None:
                raise invalid("The parameter file is required.")
            filename, part_type, content = file
            mime_type = fields.get("type") or part_type or ""
            check_upload(mime_type, content)
        except CloudApiError as error:
            return self._refuse("POST", path, summary, error)
        media_id = str(10**15 + secrets.randbelow(9 * 10**15))
        digest = hashlib.sha256(content).hexdigest()
        self.media[media_id] = UploadedMedia(media_id, mime_type, content, filename, digest)
        self.stats.uploads += 1
        return self._record("POST", path, summary, 200, {"id": media_id})

    def media_info(self, media_id: str, authorization: str | None, origin: str) -> tuple[int, Any]:
        """`GET /{media_id}`: the media's URL, type, hash and size."""
        path = f"/{media_id}"
        try:
            self._authorize(authorization)
            media = self.media.get(media_id)
            if media is None:
                raise CloudApiError(INVALID_PARAMETER, f"Media {media_id} does not exist.")
        except CloudApiError as error:
            return self._refuse("GET", path, None, error)
        answer = {
            "messaging_product": "whatsapp",
            "url": f"{origin}/media/{media_id}",
            "mime_type": media.mime_type,
            "sha256": media.sha256,
            "file_size": str(len(media.content)),
            "id": media_id,
        }
        return self._record("GET", path, None, 200, answer)

    def phone_number_info(self, authorization: str | None, display: str) -> tuple[int, Any]:
        """`GET /{phone_number_id}`: the business number (what a health check asks for)."""
        path = f"/{self.phone_number_id}"
        try:
            self._authorize(authorization)
        except CloudApiError as error:
            return self._refuse("GET", path, None, error)
        answer = {
            "id": self.phone_number_id,
            "display_phone_number": display,
            "verified_name": "Sciatica Coach",
            "code_verification_status": "VERIFIED",
            "quality_rating": "GREEN",
            "platform_type": "CLOUD_API",
            "throughput": {"level": "STANDARD"},
            "status": "CONNECTED",
        }
        return self._record("GET", path, None, 200, answer)

    def unknown_path(self, method: str, path: str) -> tuple[int, Any]:
        """Graph's answer to a path it does not know (a bug in the bot's URL)."""
        error = CloudApiError(2500, f"Unknown path components: {path}")
        self.violations.append(Violation(path, error.code, error.details, None))
        return self._refuse(method, path, None, error)

    # -- the send pipeline ---------------------------------------------------------------------

    def _authorize(self, authorization: str | None) -> None:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(token, self.token):
            raise CloudApiError(INVALID_TOKEN)

    def _check_number(self, phone_number_id: str) -> None:
        if phone_number_id != self.phone_number_id:
            raise CloudApiError(
                INVALID_PARAMETER,
                f"Unsupported post request. Object with ID '{phone_number_id}' does not exist.",
                subcode=33,
            )

    def _checked(self, record: Outgoing) -> Outgoing:
        """Semantics beyond the shape: media ids exist, templates are approved."""
        if isinstance(record, ImageMessage | DocumentMessage) and record.media_id is not None:
            media = self.media.get(record.media_id)
            if media is None:
                raise invalid(f"Media id {record.media_id} does not exist.")
            wanted = "image/" if isinstance(record, ImageMessage) else ""
            if not media.mime_type.startswith(wanted):
                raise invalid(f"Media {record.media_id} is {media.mime_type}, not an image.")
            extra: dict[str, Any] = {"content": media.content, "mime_type": media.mime_type}
            if isinstance(record, DocumentMessage):
                extra["filename"] = record.filename or media.filename
            return dataclasses.replace(record, **extra)
        if isinstance(record, TemplateMessage):
            return fill_template(record, self.templates)
        return record

    def _accept(self, record: Outgoing) -> Outgoing:
        planned = self.faults.take(record.to)
        self.stats.injected_faults = self.faults.injected
        if planned is not None and planned[1] == "response":
            raise planned[0]
        failure = planned[0] if planned is not None else None
        free_form = not isinstance(record, TemplateMessage)
        if free_form and not self.window.is_open(record.to):
            if self.window_errors == "response":
                raise CloudApiError(RE_ENGAGEMENT)  # refused: takes no throughput
            self.stats.window_errors += 1
            failure = failure or CloudApiError(RE_ENGAGEMENT)
        self.limits.check(self.phone_number_id, record.to)
        now = self.clock()
        record = dataclasses.replace(record, wamid=new_wamid(), timestamp=int(now))
        if failure is None and record.to not in self.known_users:
            failure = CloudApiError(UNDELIVERABLE)  # nobody uses WhatsApp on that number
        self.sent.append(record)
        self.statuses[record.wamid] = "accepted"
        self.stats.sent += 1
        for listener in self.listeners:
            listener(record, failure)
        self.touch()
        return record

    def _mark_read(self, body: dict[str, Any]) -> dict[str, Any]:
        allowed = {"messaging_product", "status", "message_id", "typing_indicator"}
        unknown = sorted(set(body) - allowed)
        if unknown or body.get("messaging_product") != "whatsapp":
            raise invalid(f"A read receipt takes only {sorted(allowed)}.")
        if body.get("message_id") not in self.inbound_ids:
            raise invalid(f"Message {body.get('message_id')!r} was not received by this number.")
        return {"success": True}

    # -- records -------------------------------------------------------------------------------

    def _record(
        self, method: str, path: str, body: Any, status: int, answer: Any
    ) -> tuple[int, Any]:
        self.stats.requests += 1
        self.requests.append(RecordedRequest(method, path, body, status, answer))
        return status, answer

    def _refuse(self, method: str, path: str, body: Any, error: CloudApiError) -> tuple[int, Any]:
        stats = self.stats
        stats.by_code[error.code] = stats.by_code.get(error.code, 0) + 1
        if not error.injected:  # what the client brought on itself, not planned faults
            stats.throughput_errors += error.code == THROUGHPUT
            stats.pair_rate_errors += error.code == PAIR_RATE
            stats.window_errors += error.code == RE_ENGAGEMENT
        stats.injected_faults = self.faults.injected
        if error.code in _BUG_CODES:
            self.violations.append(Violation(path, error.code, error.details, body))
        self.touch()
        return self._record(method, path, body, error.http_status, error.body())

    # -- waiting, without sleeps ---------------------------------------------------------------

    def touch(self) -> None:
        """Wake every waiter to re-check its condition."""
        if self._changed is None:
            return
        condition = self._changed

        async def notify() -> None:
            async with condition:
                condition.notify_all()

        with contextlib.suppress(RuntimeError):
            task = asyncio.get_running_loop().create_task(notify())
            self._notifying.add(task)
            task.add_done_callback(self._notifying.discard)

    async def wait_until(self, predicate: Callable[[], bool], timeout: float) -> None:
        """Wait until `predicate()` holds, re-checked on every change; TimeoutError after
        `timeout` seconds."""
        if self._changed is None:
            self._changed = asyncio.Condition()
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)
