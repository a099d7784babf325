"""WhatsApp media: a caption is read like typed words; media without words is `Unreadable`."""

from __future__ import annotations

import pytest

from bot.chat.events import Command, Text, Unreadable
from tests.whatsapp.conftest import Rig


@pytest.mark.parametrize("kind", ["image", "video", "document"])
async def test_a_caption_is_read_like_typed_text(rig: Rig, kind: str) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_media(kind, "I can't control my bladder since this morning")
    await ana.send_media(kind, "today")
    await rig.channel.idle()
    first, second = (turn.event for turn in rig.script.turns)
    assert first == Text(first.person, "I can't control my bladder since this morning")
    assert second == Command(first.person, "today")


@pytest.mark.parametrize("kind", ["image", "sticker", "audio"])
async def test_media_without_words_is_unreadable(rig: Rig, kind: str) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_media(kind)
    await rig.channel.idle()
    (turn,) = rig.script.turns
    assert turn.event == Unreadable(turn.event.person)
