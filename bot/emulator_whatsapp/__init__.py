"""A WhatsApp Business Cloud API emulator with real semantics, for tests and the local demo.

It serves the Graph API's wire format on 127.0.0.1 (a free port) for one business phone number,
and plays the people writing to it: their messages reach the bot as signed webhooks, exactly as
Meta sends them.

- `POST {base_url}/{phone_number_id}/messages` with `Authorization: Bearer {token}`: text,
  interactive reply buttons and lists, images and documents (by uploaded media id or link) and
  templates, each checked against the Cloud API's shapes and limits; read receipts
  (`"status": "read"`). Answers `{"messaging_product", "contacts", "messages": [{"id"}]}`, or a
  Graph error `{"error": {"message", "type", "code", "error_data": {"details"}, "fbtrace_id"}}`:
  190 (bad token, HTTP 401), 100 (invalid parameter), 131047 (free-form message outside the
  24-hour window), 132001 / 132000 (unknown template, wrong parameter count), 130429 (the
  number's throughput, 80 messages/s by default), 131056 (too many to one person), 131000 (HTTP
  500), and whatever `faults` plans. Requests that only a bug in the bot can cause are also
  recorded in `violations`.
- `POST {base_url}/{phone_number_id}/media` (multipart `file`, `type`, `messaging_product`):
  `{"id": media_id}`; the bytes are kept (`media`) and checked against the type (PNG, JPEG, PDF).
  `GET {base_url}/{media_id}` describes it.
- After each accepted message, `sent` then `delivered` status webhooks (`failed` with `errors`
  when delivery fails); `read` when the person reads it. Every webhook is signed
  (`X-Hub-Signature-256`) and names the person by `wa_id` and business-scoped `user_id`, which
  pywa 4.5 requires. `post_update(..., signature="invalid" | "missing")` tests the bot's 403.
- The live API often accepts a free-form message outside the window and reports 131047 in a
  `failed` status instead: `CloudApiEmulator(window_errors="status")` does that.

Time is injected: `clock` (seconds) drives the 24-hour window, the rate limits and every
timestamp, so tests move it instead of waiting.

Example::

    from bot.emulator_whatsapp import CloudApiEmulator

    now = [1_750_000_000.0]
    async with CloudApiEmulator(clock=lambda: now[0]) as api:
        api.register_template("morning_routine", "en", body="Hi {{1}}", buttons=("Start",))
        # Give the bot api.base_url (WHATSAPP_API_URL), api.phone_number_id, api.token,
        # api.app_secret and api.verify_token; start it; then point the API at its webhook:
        api.set_webhook(f"http://127.0.0.1:{bot_port}/whatsapp")
        assert await api.verify_webhook() == (200, "1158201444")

        ana = api.person("15551234567", name="Ana")
        await ana.send_text("hi")              # a signed webhook; returns on the bot's 200
        inbox = await ana.wait_for_messages(1) # no sleeps: woken by each accepted send
        print(inbox[-1].text, inbox[-1].choices)   # e.g. "Welcome…" [("tz:yes", "Yes"), …]
        await ana.tap(title="Yes")             # or ana.tap("tz:yes"): only what the bot sent
        now[0] += 25 * 3600                    # a day later the window is closed: free-form
        # sends get 131047, the template still goes, and its quick reply taps back:
        await ana.tap_template_button("open_routine")
        await api.flush_webhooks()             # every status webhook delivered
        assert api.violations == []            # no request only a bug could cause

        api.faults.fail_next(131026, to=ana.wa_id, via="status")  # accepted, then `failed`
        api.faults.fail_next(130429, times=3)  # the next three sends, to anyone
        api.faults.fail_transiently()          # one HTTP 500

Records are typed (`models`): `TextMessage`, `ButtonsMessage`, `ListMessage`, `ImageMessage`,
`DocumentMessage`, `TemplateMessage`, each with `.text` and the JSON `.payload` as sent.

This package imports nothing of the bot; only the Telegram emulator's `TokenBucket` (both are
test doubles), so it can test any WhatsApp client.
"""

from bot.emulator_whatsapp.emulator import (
    DEFAULT_APP_SECRET,
    DEFAULT_PHONE_NUMBER_ID,
    DEFAULT_TOKEN,
    DEFAULT_VERIFY_TOKEN,
    CloudApiEmulator,
)
from bot.emulator_whatsapp.errors import CloudApiError
from bot.emulator_whatsapp.faults import Faults
from bot.emulator_whatsapp.models import (
    ButtonsMessage,
    DocumentMessage,
    ImageMessage,
    ListMessage,
    ListRow,
    ListSection,
    Outgoing,
    QuickReply,
    RecordedRequest,
    ReplyButton,
    Stats,
    Template,
    TemplateMessage,
    TextMessage,
    UploadedMedia,
    Violation,
    WebhookDelivery,
)
from bot.emulator_whatsapp.person import SimulatedPerson, TapError, WebhookRejected
from bot.emulator_whatsapp.webhooks import SIGNATURE_HEADER, sign

__all__ = [
    "DEFAULT_APP_SECRET",
    "DEFAULT_PHONE_NUMBER_ID",
    "DEFAULT_TOKEN",
    "DEFAULT_VERIFY_TOKEN",
    "SIGNATURE_HEADER",
    "ButtonsMessage",
    "CloudApiEmulator",
    "CloudApiError",
    "DocumentMessage",
    "Faults",
    "ImageMessage",
    "ListMessage",
    "ListRow",
    "ListSection",
    "Outgoing",
    "QuickReply",
    "RecordedRequest",
    "ReplyButton",
    "SimulatedPerson",
    "Stats",
    "TapError",
    "Template",
    "TemplateMessage",
    "TextMessage",
    "UploadedMedia",
    "Violation",
    "WebhookDelivery",
    "WebhookRejected",
    "sign",
]
