"""A person on a WhatsApp-like channel, talking to the real conversation through a recording."""

from __future__ import annotations

import pytest

from bot.testing import BotHarness
from tests.chat.recording import WHATSAPP_LIKE, RecordingChat, RecordingOutbox, whatsapp_person


@pytest.fixture
def wan(harness: BotHarness) -> RecordingChat:
    """Someone on a channel without edits, with at most 10 choices of up to 24 characters."""
    return RecordingChat(
        harness.services, whatsapp_person(9_000_000_001), RecordingOutbox(WHATSAPP_LIKE)
    )
