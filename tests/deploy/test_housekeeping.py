"""The hourly upkeep forgets WhatsApp message statuses older than Meta's 30-day lifetime (a row
is kept for every message the bot sends there), in batches, keeping the recent ones usable."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest

from bot.ops.housekeeping import KEEP_MESSAGE_STATUSES, Housekeeping
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql

PERSON = 2**53 + 7  # a WhatsApp person's id (bot/store/channels.py)


async def test_old_whatsapp_statuses_are_forgotten_recent_ones_kept(
    database_path: Path, caplog: pytest.LogCaptureFixture, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as bot:
        upkeep = cast(Housekeeping, bot.services.scheduler.upkeep)
        await upkeep.stop()  # its first check, at start-up, found nothing to forget
        channels, now = bot.repo.channels, bot.clock.now()
        ages = {f"wamid.old{n}": KEEP_MESSAGE_STATUSES + timedelta(days=n) for n in range(1, 8)}
        ages |= {"wamid.recent": KEEP_MESSAGE_STATUSES - timedelta(hours=1)}
        for wamid, age in ages.items():
            await channels.record_message(wamid, PERSON, now - age)
        assert await channels.forget_messages_before(now - KEEP_MESSAGE_STATUSES, batch=3) == 7
        assert await channels.forget_messages_before(now - KEEP_MESSAGE_STATUSES) == 0

        await channels.record_message("wamid.older", PERSON, now - timedelta(days=40))
        with caplog.at_level(logging.INFO, logger="bot.ops.housekeeping"):
            await upkeep.check()  # what the hourly check does
        assert "forgot 1 WhatsApp message statuses older than 35 days" in caplog.text
        left = await sql(bot.repo).fetch_all("SELECT wamid FROM whatsapp_messages")
        assert [row[0] for row in left] == ["wamid.recent"]
        assert await channels.record_status("wamid.recent", "read", now) is not None
        assert await channels.message_status("wamid.recent") == ("read", None)
