"""The Cloud API's error answers: Graph API error objects with WhatsApp's codes.

A synchronous error is `{"error": {"message", "type", "code", "error_subcode"?, "error_data":
{"messaging_product", "details"}, "fbtrace_id"}}` with an HTTP status; an asynchronous one
arrives in a `failed` status webhook as `errors: [{"code", "title", "message", "error_data":
{"details"}}]`. Codes, titles and HTTP statuses follow Meta's error code reference.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

INVALID_TOKEN = 190
INVALID_PARAMETER = 100
UNKNOWN_PATH = 2500
THROUGHPUT = 130429
PAIR_RATE = 131056
RE_ENGAGEMENT = 131047
UNDELIVERABLE = 131026
UNSUPPORTED_TYPE = 131051
MEDIA_ERROR = 131053
SOMETHING_WENT_WRONG = 131000
TEMPLATE_PARAMS = 132000
TEMPLATE_MISSING = 132001


@dataclass(frozen=True)
class _Kind:
    title: str
    http_status: int
    type: str = "OAuthException"
    details: str = ""


CATALOG: dict[int, _Kind] = {
    INVALID_TOKEN: _Kind(
        "Invalid OAuth access token - Cannot parse access token",
        401,
        details="The access token is invalid, expired or revoked.",
    ),
    INVALID_PARAMETER: _Kind("Invalid parameter", 400),
    UNKNOWN_PATH: _Kind("Unknown path components", 400),
    THROUGHPUT: _Kind(
        "Rate limit hit", 400, details="Cloud API message throughput has been reached."
    ),
    PAIR_RATE: _Kind(
        "(Business Account, Consumer Account) pair rate limit hit",
        400,
        details="Message failed to send because there were too many messages sent from this "
        "phone number to the same phone number in a short period of time.",
    ),
    RE_ENGAGEMENT: _Kind(
        "Re-engagement message",
        400,
        details="Message failed to send because more than 24 hours have passed since the "
        "customer last replied to this number.",
    ),
    UNDELIVERABLE: _Kind(
        "Message undeliverable", 400, details="Message could not be delivered to the recipient."
    ),
    UNSUPPORTED_TYPE: _Kind(
        "Message type unknown", 400, details="Message type is not currently supported."
    ),
    MEDIA_ERROR: _Kind("Media upload error", 400),
    SOMETHING_WENT_WRONG: _Kind(
        "Something went wrong", 500, details="Message failed to send due to an unknown error."
    ),
    TEMPLATE_PARAMS: _Kind(
        "Number of parameters does not match the expected number of params", 400
    ),
    TEMPLATE_MISSING: _Kind(
        "Template name does not exist in the translation",
        404,
        details="The template and language are not approved for this account.",
    ),
}


class CloudApiError(Exception):
    """An error the Cloud API answers with (or reports in a `failed` status)."""

    def __init__(
        self,
        code: int,
        details: str | None = None,
        *,
        http_status: int | None = None,
        subcode: int | None = None,
        injected: bool = False,
    ) -> None:
        kind = CATALOG.get(code, _Kind("Error", 400))
        self.code = code
        self.title = kind.title
        self.details = details if details is not None else kind.details
        self.http_status = http_status if http_status is not None else kind.http_status
        self.subcode = subcode
        self.type = kind.type
        self.injected = injected  # planned by a test (`Faults`), not caused by the request
        super().__init__(f"({code}) {self.title}: {self.details}")

    def body(self) -> dict[str, Any]:
        """The synchronous Graph API error answer."""
        error: dict[str, Any] = {
            "message": f"(#{self.code}) {self.title}",
            "type": self.type,
            "code": self.code,
            "error_data": {"messaging_product": "whatsapp", "details": self.details},
            "fbtrace_id": "A" + secrets.token_urlsafe(16),
        }
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        return {"error": error}

    def webhook_error(self) -> dict[str, Any]:
        """The same error as one entry of a `failed` status's `errors`."""
        return {
            "code": self.code,
            "title": self.title,
            "message": self.title,
            "error_data": {"details": self.details},
            "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
        }


def invalid(details: str) -> CloudApiError:
    """(#100) Invalid parameter, with what was wrong."""
    return CloudApiError(INVALID_PARAMETER, details)
