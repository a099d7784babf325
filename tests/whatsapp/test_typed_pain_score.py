"""WhatsApp shares the conversation's steps: a pain score typed there is noted like a tap.

The real conversation (bot.chat.dispatch) behind the WhatsApp channel, against the Cloud API
emulator over loopback HTTP. WhatsApp's list shows the even scores only (0, 2 ... 10): a typed
7 is a score its buttons cannot give.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_services, build_whatsapp
from bot.chat.dispatch import dispatch
from bot.clock import FakeClock
from bot.emulator_whatsapp import CloudApiEmulator, SimulatedPerson
from bot.ops.webhook import WebhookServer
from bot.qa.answer import QuestionAnswerer
from bot.store import Repository
from bot.testing import sql
from bot.whatsapp.channel import WhatsAppChannel
from bot.whatsapp.webhook import routes
from tests.whatsapp.conftest import START, content, whatsapp_settings


@pytest.fixture
async def conversation(
    tmp_path: Path, shared_answerer: QuestionAnswerer
) -> AsyncIterator[tuple[CloudApiEmulator, WhatsAppChannel]]:
    """The WhatsApp channel wired to the real conversation, as `python -m bot run` wires it."""
    clock = FakeClock(START)
    async with CloudApiEmulator(clock=lambda: clock.now().timestamp()) as api:
        settings = whatsapp_settings(api, tmp_path / "bot.sqlite3")
        services = build_services(settings, clock=clock, content=content(), answerer=False)
        services.attach_answerer(shared_answerer)
        services.attach_repository(await Repository.open(settings.database_path))
        channel = build_whatsapp(services, dispatch)
        server = WebhookServer(
            None, settings, services=services, routes=routes(channel, api.verify_token)
        )
        port = await server.start(port=0)
        api.set_webhook(f"http://127.0.0.1:{port}/whatsapp")
        try:
            yield api, channel
        finally:
            await channel.idle()
            await server.stop()
            await channel.api.close()
            await services.repo.close()


async def say(person: SimulatedPerson, channel: WhatsAppChannel, text: str) -> list[str | None]:
    seen = len(person.inbox)
    await person.send_text(text)
    await channel.idle()
    return person.texts[seen:]


async def tap(person: SimulatedPerson, channel: WhatsAppChannel, title: str) -> None:
    await person.tap(title=title)
    await channel.idle()


async def test_a_pain_score_typed_on_whatsapp_is_noted_like_a_tap(
    conversation: tuple[CloudApiEmulator, WhatsAppChannel],
) -> None:
    api, channel = conversation
    ana = api.person("15551234567", name="Ana")
    await say(ana, channel, "hi")  # where there is no Start button, a greeting starts set-up
    await say(ana, channel, "Skip")
    for _ in range(2):  # the time and phase steps
        await tap(ana, channel, "Skip")
    await say(ana, channel, "today")
    await tap(ana, channel, "✅ All done")
    assert ana.last is not None and [t for _, t in ana.last.choices][:3] == ["0", "2", "4"]
    assert await say(ana, channel, "about a 7") == [
        "Pain today: 7/10. Noted.",
        "How did today's routine feel?",
    ]
    rows = await sql(channel.services.repo).fetch_all("SELECT score FROM pain_checkins")
    assert [tuple(r) for r in rows] == [(7,)]
