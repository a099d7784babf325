"""The hourly upkeep forgets the delivery journal's rows a week old (a row per subscriber a day
would otherwise grow without end), and what its readers need stays: a day still gets one routine,
a set tapped on a routine two days old keeps its reminder's Snooze button, a pending row stays."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest

from bot.chat.taps import DAYS_BACK
from bot.ops.housekeeping import KEEP_DELIVERIES, Housekeeping
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql
from tests.reminders.test_delivery import DAY, REMINDER, journal, snoozable, subscribe

DAYS = 10


async def test_week_old_journal_rows_go_and_what_readers_need_stays(
    database_path: Path, caplog: pytest.LogCaptureFixture, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        await cast(Housekeeping, h.services.scheduler.upkeep).stop()
        upkeep = cast(Housekeeping, h.services.scheduler.upkeep)
        alex = await subscribe(h, 1001)
        reminders = []
        for day in range(DAYS):
            h.clock.set(REMINDER + timedelta(days=day, seconds=3))
            assert (await h.tick()).sent == 1
            reminders.append(alex.last)
        # A row still pending, left long ago (its instance crashed, nothing has ticked since).
        stale = h.clock.now() - timedelta(days=20)
        await sql(h.repo).execute(
            "INSERT INTO deliveries (user_id, local_date, kind, status, claimed_at, claimed_by)"
            " VALUES (1001, '2026-11-01', 'routine', 'pending', ?, 'gone')",
            (int(stale.timestamp()),),
        )

        # A WhatsApp status filed under the oldest row (as under a WhatsApp person's reminder).
        [oldest_id] = [
            r["id"]
            for r in await h.repo.deliveries.journal(1001)
            if r["local_date"] == DAY.isoformat()
        ]
        await h.repo.channels.record_message(
            "wamid.first", 1001, h.clock.now(), delivery_id=oldest_id, part=0
        )

        h.clock.advance(timedelta(minutes=5))
        with caplog.at_level(logging.INFO, logger="bot.ops.housekeeping"):
            await upkeep.check()  # what the hourly check does
        assert "forgot 3 delivery journal rows older than 7 days" in caplog.text
        kept = [row[0] for row in await journal(h, 1001)]
        assert kept == ["2026-11-01"] + [
            (DAY + timedelta(days=day)).isoformat() for day in range(3, DAYS)
        ]
        linked = await sql(h.repo).fetch_one(
            "SELECT delivery_id FROM whatsapp_messages WHERE wamid = 'wamid.first'"
        )
        assert linked is not None and linked[0] is None  # kept, unlinked from the row gone
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="bot.ops.housekeeping"):
            await upkeep.check()
        assert "delivery journal" not in caplog.text  # nothing more to forget

        # Today's routine went out: the schedule set back to this morning sends nothing more.
        before = len(alex.messages)
        await h.repo.subscribers.update(1001, h.clock.now(), next_reminder_at=REMINDER
                                        + timedelta(days=DAYS - 1))  # fmt: skip
        assert (await h.tick()).sent == 0
        assert len(alex.messages) == before

        # The oldest routine a tap may change still finds the reminder that carried it.
        oldest = reminders[-1 - DAYS_BACK]
        assert await alex.tap(oldest, data=oldest.buttons[0][0].callback_data) == []
        redrawn = alex.message(oldest.message_id)
        assert redrawn.buttons != oldest.buttons and snoozable(redrawn)


async def test_a_stopping_bot_stops_forgetting_between_batches(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        await subscribe(h, 1001)
        for day in range(3):
            h.clock.set(REMINDER + timedelta(days=day, seconds=3))
            await h.tick()
        later = h.clock.now() + KEEP_DELIVERIES + timedelta(days=1)
        stopping = threading.Event()
        stopping.set()  # the bot was told to stop before the deletion's first batch
        deliveries = h.repo.deliveries
        assert await deliveries.forget_settled_before(later, batch=1, stop=stopping) == 0
        assert len(await journal(h, 1001)) == 3
        assert await deliveries.forget_settled_before(later, batch=1) == 3  # the next check


def test_the_week_outlasts_every_reader() -> None:
    # Taps reach DAYS_BACK local days back: at most DAYS_BACK + 1 days of UTC time (plus a zone's
    # offset, under a day) after that reminder was claimed.
    reach = timedelta(days=DAYS_BACK + 2)
    assert reach <= KEEP_DELIVERIES


async def test_the_prune_goes_through_an_index(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as h:
        plan = await sql(h.repo).fetch_all(
            "EXPLAIN QUERY PLAN SELECT id FROM deliveries"
            " WHERE status IN ('sent', 'failed', 'skipped') AND claimed_at < 1 LIMIT 10"
        )
        assert any("deliveries_by_status" in row["detail"] for row in plan), plan
        unlink = await sql(h.repo).fetch_all(
            "EXPLAIN QUERY PLAN UPDATE whatsapp_messages SET delivery_id = NULL"
            " WHERE delivery_id = 1"
        )
        assert any("whatsapp_messages_by_delivery" in row["detail"] for row in unlink), unlink
