"""Webhooks to the bot: Meta's payloads, the `X-Hub-Signature-256` signature, the GET handshake.

Every update is `{"object": "whatsapp_business_account", "entry": [{"id": WABA_ID, "changes":
[{"field": "messages", "value": {"messaging_product", "metadata", "contacts"?, "messages"? or
"statuses"?}}]}]}`, POSTed as JSON and signed with HMAC-SHA256 of the raw body under the app
secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
from typing import Any, Literal, Protocol

import aiohttp

from bot.emulator_whatsapp.errors import CloudApiError
from bot.emulator_whatsapp.models import Outgoing, Status, TemplateMessage, WebhookDelivery

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"
Signature = Literal["valid", "invalid", "missing"]


class Account(Protocol):
    """What a webhook needs to know of the business number it comes from."""

    business_account_id: str

    def metadata(self) -> dict[str, str]:
        """`display_phone_number` and `phone_number_id`."""
        ...


def sign(body: bytes, app_secret: str) -> str:
    """The `X-Hub-Signature-256` value for a raw body: `sha256=<hex HMAC-SHA256>`."""
    digest = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def new_wamid() -> str:
    """A fresh WhatsApp message id, shaped like Meta's (`wamid.` + base64)."""
    return (
        "wamid." + base64.b64encode(b"\x15\x02\x00\x11\x18\x12" + secrets.token_bytes(18)).decode()
    )


def _envelope(account: Account, value: dict[str, Any]) -> dict[str, Any]:
    value = {"messaging_product": "whatsapp", "metadata": account.metadata(), **value}
    change = {"value": value, "field": "messages"}
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": account.business_account_id, "changes": [change]}],
    }


# Country codes of a few calling codes, for business-scoped user ids ("US.1349…").
_COUNTRIES = {"1": "US", "44": "GB", "49": "DE", "33": "FR", "34": "ES", "39": "IT", "55": "BR"}
_COUNTRIES |= {"351": "PT", "91": "IN", "52": "MX", "31": "NL", "48": "PL", "61": "AU"}


def business_scoped_id(wa_id: str, business_account_id: str) -> str:
    """A stable BSUID for a person, shaped like Meta's: country code, a dot, 20 digits."""
    country = next((code for prefix, code in _COUNTRIES.items() if wa_id.startswith(prefix)), "XX")
    seed = f"{business_account_id}:{wa_id}".encode()
    digits = str(int.from_bytes(hashlib.sha256(seed).digest()[:8], "big")).zfill(20)
    return f"{country}.{digits[-20:]}"


def contact(account: Account, wa_id: str, name: str | None) -> dict[str, Any]:
    """The `contacts[]` item for a person: profile name, wa_id and BSUID (`user_id`)."""
    item: dict[str, Any] = {"profile": {"name": name}} if name is not None else {}
    item["wa_id"] = wa_id
    if name is not None:  # a person on WhatsApp
        item["user_id"] = business_scoped_id(wa_id, account.business_account_id)
    return item


def inbound_update(
    account: Account, wa_id: str, name: str, message: dict[str, Any]
) -> dict[str, Any]:
    """A person's message as the `messages` webhook carries it."""
    return _envelope(account, {"contacts": [contact(account, wa_id, name)], "messages": [message]})


def status_update(
    account: Account,
    record: Outgoing,
    status: Status,
    timestamp: int,
    *,
    name: str | None,
    error: CloudApiError | None = None,
) -> dict[str, Any]:
    """A delivery status (`sent`, `delivered`, `read`, `failed`) of a message the bot sent
    (`name` is the recipient's profile name, None when the number is not on WhatsApp)."""
    entry: dict[str, Any] = {
        "id": record.wamid,
        "status": status,
        "timestamp": str(timestamp),
        "recipient_id": record.to,
    }
    if status in ("sent", "delivered"):
        category = "utility" if isinstance(record, TemplateMessage) else "service"
        conversation: dict[str, Any] = {
            "id": hashlib.md5(record.to.encode(), usedforsecurity=False).hexdigest(),
            "origin": {"type": category},
        }
        if status == "sent":
            conversation["expiration_timestamp"] = str(record.timestamp + 24 * 3600)
        entry["conversation"] = conversation
        entry["pricing"] = {"billable": True, "pricing_model": "CBP", "category": category}
    if error is not None:
        entry["errors"] = [error.webhook_error()]
    value = {"contacts": [contact(account, record.to, name)], "statuses": [entry]}
    return _envelope(account, value)


class WebhookClient:
    """POSTs signed updates to the bot's webhook and records each answer."""

    def __init__(self, app_secret: str, url: str | None = None, timeout: float = 10.0) -> None:
        self.app_secret = app_secret
        self.url = url
        self.timeout = timeout
        self.deliveries: list[WebhookDelivery] = []
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                headers={"User-Agent": "facebookexternalua"},
            )
        return self._session

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def post(
        self, payload: dict[str, Any], *, signature: Signature = "valid"
    ) -> WebhookDelivery:
        """POST one update (signed, badly signed or unsigned); 0 if the bot is unreachable."""
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"}
        if signature == "valid":
            headers[SIGNATURE_HEADER] = sign(body, self.app_secret)
        elif signature == "invalid":
            headers[SIGNATURE_HEADER] = sign(body, self.app_secret + "-but-not-quite")
        status = 0
        if self.url is not None:
            try:
                async with self._client().post(self.url, data=body, headers=headers) as answer:
                    await answer.read()
                    status = answer.status
            except (aiohttp.ClientError, TimeoutError) as error:
                logger.warning("webhook delivery failed: %s", type(error).__name__)
        delivery = WebhookDelivery(payload, status, signature == "valid")
        self.deliveries.append(delivery)
        return delivery

    async def verify(self, verify_token: str, challenge: str) -> tuple[int, str]:
        """The GET subscription handshake: the bot's (status, body)."""
        if self.url is None:
            raise RuntimeError("no webhook URL is set")
        params = {
            "hub.mode": "subscribe",
            "hub.verify_token": verify_token,
            "hub.challenge": challenge,
        }
        async with self._client().get(self.url, params=params) as answer:
            return answer.status, await answer.text()
