"""pywa, the bot's Cloud API client, against the emulator over HTTP: what it sends is accepted
and what the emulator sends (signed webhooks, taps, statuses) is understood.

Skipped where pywa is not installed (it comes with the WhatsApp adapter).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from aiohttp import web

from bot.emulator_whatsapp import (
    ButtonsMessage,
    CloudApiEmulator,
    ImageMessage,
    ListMessage,
    TemplateMessage,
    TextMessage,
)
from tests.emulator_whatsapp.conftest import PNG

pywa_async = pytest.importorskip("pywa_async")
types = pytest.importorskip("pywa_async.types")
templates = pytest.importorskip("pywa_async.types.templates")


@dataclass
class PywaBot:
    """pywa wired into an aiohttp server at /whatsapp, as the adapter does."""

    client: Any
    url: str
    seen: list[Any] = field(default_factory=list)
    statuses: list[Any] = field(default_factory=list)


@pytest.fixture
async def pywa_bot(api: CloudApiEmulator) -> AsyncIterator[PywaBot]:
    session = httpx.AsyncClient(timeout=10)
    wa = pywa_async.WhatsApp(
        phone_id=api.phone_number_id,
        token=api.token,
        session=session,
        server=None,
        verify_token=api.verify_token,
        app_secret=api.app_secret,
    )
    session.base_url = api.base_url  # pywa points its session at graph.facebook.com

    async def challenge(request: web.Request) -> web.Response:
        text, status = await wa.webhook_challenge_handler(
            vt=request.query.get("hub.verify_token"), ch=request.query.get("hub.challenge")
        )
        return web.Response(text=text or "", status=status)

    async def update(request: web.Request) -> web.Response:
        raw = await request.read()
        refused = await wa.webhook_update_validator(
            raw, request.headers.get("X-Hub-Signature-256")
        )
        if refused is not None:
            return web.Response(text=refused[0], status=refused[1])
        text, status = await wa.webhook_update_handler(raw)
        return web.Response(text=text, status=status)

    app = web.Application()
    app.router.add_get("/whatsapp", challenge)
    app.router.add_post("/whatsapp", update)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock).start()
    bot = PywaBot(wa, f"http://127.0.0.1:{sock.getsockname()[1]}/whatsapp")
    api.set_webhook(bot.url)
    yield bot
    await runner.cleanup()
    await session.aclose()


async def test_handshake_and_signature_checks(api: CloudApiEmulator, pywa_bot: PywaBot) -> None:
    assert await api.verify_webhook(challenge="42") == (200, "42")
    assert (await api.verify_webhook(verify_token="wrong"))[0] == 403
    update = {"object": "whatsapp_business_account", "entry": []}
    assert await api.post_update(update, signature="invalid") == 403
    assert await api.post_update(update, signature="missing") == 401
    number = await pywa_bot.client.get_business_phone_number()
    assert number.id == api.phone_number_id


async def test_pywa_sends_every_kind_the_bot_uses(
    api: CloudApiEmulator, pywa_bot: PywaBot
) -> None:
    wa = pywa_bot.client
    api.register_template("morning", "en", body="Good morning {{1}}", buttons=("Start",))
    ana = api.person("15551234567", name="Ana")
    got: asyncio.Queue[Any] = asyncio.Queue()

    async def keep(_: Any, update: Any) -> None:
        await got.put(update)

    wa.add_handlers(
        pywa_async.handlers.MessageHandler(keep),
        pywa_async.handlers.CallbackButtonHandler(keep),
        pywa_async.handlers.CallbackSelectionHandler(keep),
    )
    await ana.send_text("hi there")
    incoming = await asyncio.wait_for(got.get(), 5)
    assert incoming.text == "hi there" and incoming.from_user.name == "Ana"
    await wa.mark_message_as_read(incoming.id)

    await wa.send_message(to=ana.wa_id, text="Hello Ana")
    await wa.send_message(
        to=ana.wa_id,
        text="Done today?",
        buttons=[types.Button("Yes", callback_data="set:1"), types.Button("No", "set:0")],
        header="Routine",
        footer="Tap one",
    )
    rows = [types.SectionRow(title=f"Row {i}", callback_data=f"row:{i}") for i in range(3)]
    await wa.send_message(
        to=ana.wa_id,
        text="Pick a time",
        buttons=types.SectionList(
            button_title="Times", sections=[types.Section(title="Morning", rows=rows)]
        ),
    )
    media = await wa.upload_media(media=PNG, mime_type="image/png", filename="chart.png")
    await wa.send_image(to=ana.wa_id, image=media.id, caption="Your week")
    await wa.send_template(
        to=ana.wa_id,
        name="morning",
        language=templates.TemplateLanguage.ENGLISH,
        params=[
            templates.BodyText.params("Ana"),
            templates.QuickReplyButton.params(callback_data="open", index=0),
        ],
    )
    inbox = await ana.wait_for_messages(5)
    assert api.violations == []
    assert [type(m) for m in inbox] == [
        TextMessage, ButtonsMessage, ListMessage, ImageMessage, TemplateMessage,
    ]  # fmt: skip
    assert isinstance(inbox[3], ImageMessage) and inbox[3].content == PNG
    assert inbox[4].text == "Good morning Ana"

    await ana.tap("set:1", message=inbox[1])
    tap = await asyncio.wait_for(got.get(), 5)
    assert tap.data == "set:1" and tap.title == "Yes"
    await ana.tap("row:2")
    pick = await asyncio.wait_for(got.get(), 5)
    assert pick.data == "row:2"
    await ana.tap_template_button("open")
    quick = await asyncio.wait_for(got.get(), 5)
    assert quick.data == "open"


async def test_pywa_sees_errors_and_statuses(api: CloudApiEmulator, pywa_bot: PywaBot) -> None:
    wa = pywa_bot.client
    statuses: list[Any] = []

    async def keep(_: Any, status: Any) -> None:
        statuses.append(status)

    wa.add_handlers(pywa_async.handlers.MessageStatusHandler(keep))
    ana = api.person("15551234567", name="Ana")
    with pytest.raises(pywa_async.errors.WhatsAppError) as outside:
        await wa.send_message(to=ana.wa_id, text="too early: she never wrote")
    assert outside.value.code == 131047
    await ana.send_text("hi")
    api.faults.fail_next(131026, via="status")
    await wa.send_message(to=ana.wa_id, text="lost")
    await wa.send_message(to=ana.wa_id, text="arrives")
    await ana.read()
    await api.flush_webhooks()
    kinds = [(s.status.value, s.error.code if s.error else None) for s in statuses]
    assert kinds == [("failed", 131026), ("sent", None), ("delivered", None), ("read", None)]
