"""The WhatsApp channel wired as the bot wires it, against the Cloud API emulator over HTTP.

The conversation is a stub here (`Script`): these tests are about the adapter, so each turn is
recorded and answered by a small script instead of the real features.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_services, build_whatsapp
from bot.chat.events import Command, Tap, Text
from bot.chat.outbox import Choice, Picture
from bot.chat.turn import Turn
from bot.clock import FakeClock
from bot.content.loader import Content, default_content_dir, load_content
from bot.emulator_whatsapp import CloudApiEmulator
from bot.ops.webhook import WebhookServer
from bot.services import BotServices
from bot.settings import Settings
from bot.store import Repository
from bot.whatsapp.channel import WhatsAppChannel
from bot.whatsapp.webhook import routes
from bot.whatsapp.words import load_words
from tests.emulator_whatsapp.conftest import PNG

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
_CONTENT: list[Content] = []


def content() -> Content:
    """The project's content, loaded once for these tests."""
    if not _CONTENT:
        _CONTENT.append(load_content(default_content_dir()))
    return _CONTENT[0]


def whatsapp_settings(api: CloudApiEmulator, database: Path, **more: Any) -> Settings:
    """Settings pointing the WhatsApp channel at the emulator."""
    return Settings(
        _env_file=None,  # no .env: the test sets everything
        database_path=database,
        whatsapp_token=api.token,
        whatsapp_phone_number_id=api.phone_number_id,
        whatsapp_app_secret=api.app_secret,
        whatsapp_verify_token=api.verify_token,
        whatsapp_api_url=api.base_url,
        webhook_listen="127.0.0.1",
        **more,
    )


@dataclass
class Script:
    """A stand-in conversation: records turns and answers a few on cue."""

    turns: list[Turn] = field(default_factory=list)

    async def __call__(self, turn: Turn) -> None:
        self.turns.append(turn)
        event, out = turn.event, turn.out
        if isinstance(event, Command) and event.name == "today":
            await out.send("Today's routine", ((Choice("Set 1", "s:1"), Choice("Done", "d")),))
        elif isinstance(event, Text) and event.text == "many":
            await out.send("Pick", tuple((Choice(f"Row {i}", f"r:{i}"),) for i in range(12)))
        elif isinstance(event, Text) and event.text == "chart":
            await out.photo(Picture("chart", PNG), "Your week")
        elif isinstance(event, Tap):
            assert event.message is not None, "a tap names its message"
            await out.edit(event.message, "edited", note="Set 1 done")


@dataclass
class Rig:
    """The emulator, the channel and its webhook server, the clock and the database."""

    api: CloudApiEmulator
    channel: WhatsAppChannel
    services: BotServices
    script: Script
    clock: FakeClock

    @property
    def repo(self) -> Repository:
        return self.services.repo


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    clock = FakeClock(START)
    async with CloudApiEmulator(clock=lambda: clock.now().timestamp()) as api:
        template = load_words(default_content_dir()).reminder_template
        api.register_template(
            template.name, template.language, body=template.body, buttons=(template.button,)
        )
        settings = whatsapp_settings(api, tmp_path / "bot.sqlite3")
        services = build_services(settings, clock=clock, content=content(), answerer=False)
        services.attach_repository(await Repository.open(settings.database_path))
        script = Script()
        channel = build_whatsapp(services, script)
        verify = api.verify_token
        server = WebhookServer(None, settings, services=services, routes=routes(channel, verify))
        port = await server.start(port=0)
        api.set_webhook(f"http://127.0.0.1:{port}/whatsapp")
        try:
            yield Rig(api, channel, services, script, clock)
        finally:
            await channel.idle()
            await server.stop()
            await channel.api.close()
            await services.repo.close()
