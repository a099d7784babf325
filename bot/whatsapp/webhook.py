"""`/whatsapp` on the bot's webhook server: Meta's GET handshake and its signed POSTs.

- `GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...`: the challenge echoed when
  the token is WHATSAPP_VERIFY_TOKEN (compared in constant time), 403 otherwise.
- `POST`: the body must carry `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body under
  WHATSAPP_APP_SECRET>`; pywa's `webhook_update_validator` checks it (hmac.compare_digest). A
  missing or wrong signature is answered 403 and the body is never read as an update.

The update itself is parsed by bot/whatsapp/inbound.py, not by pywa's `webhook_update_handler`:
pywa runs every handler before answering, so a slow answer (a chart) would hold Meta's request
open and provoke its retries, and it would hand over typed pywa objects only to be turned into
the conversation's events again.
"""

from __future__ import annotations

import hmac
from typing import Any

from tornado.web import RequestHandler

from bot.whatsapp.channel import WhatsAppChannel

PATH = "/whatsapp"
SIGNATURE_HEADER = "X-Hub-Signature-256"


class WhatsAppWebhook(RequestHandler):
    """Meta's webhook calls for one business number."""

    def initialize(self, channel: WhatsAppChannel, verify_token: str) -> None:
        self.channel = channel
        self.verify_token = verify_token

    async def get(self) -> None:
        """The subscription handshake: echo the challenge to the holder of the verify token."""
        mode = self.get_query_argument("hub.mode", "")
        token = self.get_query_argument("hub.verify_token", "")
        challenge = self.get_query_argument("hub.challenge", "")
        if mode != "subscribe" or not hmac.compare_digest(
            token.encode(), self.verify_token.encode()
        ):
            self.set_status(403)
            return
        self.set_header("Content-Type", "text/plain")
        self.write(challenge)

    async def post(self) -> None:
        """A signed update: handed to the channel, answered at once."""
        body = self.request.body
        signature = self.request.headers.get(SIGNATURE_HEADER)
        refused = await self.channel.api.client.webhook_update_validator(body, signature)
        if refused is not None:
            self.set_status(403)
            return
        self.set_status(200 if await self.channel.receive(body) else 400)


def routes(channel: WhatsAppChannel, verify_token: str) -> list[tuple[str, Any, dict[str, Any]]]:
    """The webhook server's route for WhatsApp."""
    return [(PATH, WhatsAppWebhook, {"channel": channel, "verify_token": verify_token})]
