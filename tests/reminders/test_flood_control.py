"""Telegram's flood control at reminder time: a 429 asking for a long wait holds the morning
instead of losing it, nothing is sent before the wait is over, and each person gets their
routine once, after it; a reminder whose local day ends first is given up for that day.

The real reminder sender (`SenderLoop`: its own aiohttp client, rate limiter and SQLite
connection) against the Bot API emulator's HTTP server, on an injected clock that the rate
limiter reads too, so the limiter's pause and the journal's hold are measured on one time:
each tick runs at a chosen instant, nothing waits for 900 s to pass.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.emulator import BotApiEmulator, EmulatorServer
from bot.reminders.sender import in_flight_limit
from bot.store import Repository
from bot.testing import sql
from tests.reminders.emulated_sender import Ticks, health_line, sender
from tests.reminders.factories import insert_subscriber, met_every_exercise, utc

TOKEN = "7654321:AAHflood-test-token-never-logged"
START = utc(2026, 11, 25, 6, 0)
DUE = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin
BERLIN_MIDNIGHT = utc(2026, 11, 25, 23, 0)
SECOND = timedelta(seconds=1)
WAIT = 900  # what Telegram asks for: fifteen minutes


async def journal(repo: Repository) -> list[tuple[str, int | None, int | None, str | None]]:
    """Each delivery's (status, retry_at, hold_until, claimed_by), in the order of its person."""
    rows = await sql(repo).fetch_all(
        "SELECT status, retry_at, hold_until, claimed_by FROM deliveries ORDER BY user_id"
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def epoch(instant: datetime) -> int:
    return int(instant.timestamp())


async def test_a_long_flood_wait_holds_the_morning_and_sends_each_once_after_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    database, emulator, clock = tmp_path / "bot.sqlite3", BotApiEmulator(TOKEN), FakeClock(START)
    users = list(range(4001, 4031))
    async with (
        EmulatorServer(emulator) as server,
        sender(database, server.url, TOKEN, clock, limiter_on_clock=True) as loop,
    ):
        repo, ticks = loop.services.repo, Ticks(loop, emulator, clock)
        assert await loop.connect_telegram()
        for user_id in users:
            emulator.add_chat({"id": user_id, "type": "private", "first_name": "Pat"})
            await insert_subscriber(repo, user_id, now=START, next_reminder_at=DUE)
            await met_every_exercise(repo, user_id, START)
        emulator.faults.go_down("429", methods=["sendMessage"], retry_after=WAIT)

        sent, held, requests = await ticks.at(DUE)
        assert (sent, held) == (0, 30)
        # Only the sends already on the wire when the first 429 came reached Telegram.
        assert 1 <= requests <= in_flight_limit(loop.services.settings)
        first_wait = epoch(DUE) + WAIT
        assert await journal(repo) == [("pending", first_wait, epoch(BERLIN_MIDNIGHT), None)] * 30
        assert await health_line(repo, DUE) == (
            "telegram asked to wait 900 s (flood control): 30 reminders held until 06:45:00 UTC"
        )
        said = [r.getMessage() for r in caplog.records if "flood control" in r.getMessage()]
        assert said == [
            "telegram asked to wait 900 s (flood control): 30 reminders held until 06:45:00 UTC"
        ]
        assert not any(TOKEN.split(":")[1] in r.getMessage() for r in caplog.records)

        # Not one request while Telegram's wait runs, tick after tick.
        for second in [*range(5, WAIT, 5), WAIT - 1]:
            assert await ticks.at(DUE + second * SECOND) == (0, 0, 0), second

        # Still flooded at the end of the wait: the one probe meets a new wait, held as long.
        assert await ticks.at(DUE + WAIT * SECOND) == (0, 1, 1)
        second_wait = first_wait + WAIT  # the probe's row; the rest wait behind the breaker
        rows = [("pending", second_wait, epoch(BERLIN_MIDNIGHT), None)]
        rows += [("pending", first_wait, epoch(BERLIN_MIDNIGHT), None)] * 29
        assert await journal(repo) == rows
        assert "30 reminders held until 07:00:00 UTC" in await health_line(repo, clock.now())
        for second in (WAIT + 5, 2 * WAIT - 1):
            assert await ticks.at(DUE + second * SECOND) == (0, 0, 0), second

        emulator.faults.come_back()
        assert await ticks.at(DUE + 2 * WAIT * SECOND) == (1, 0, 1)  # the probe
        assert await ticks.at(DUE + (2 * WAIT + 5) * SECOND) == (29, 0, 29)  # at the pace
        assert await ticks.at(DUE + (2 * WAIT + 10) * SECOND) == (0, 0, 0)
        assert {row[0] for row in await journal(repo)} == {"sent"}
        assert await health_line(repo, clock.now()) == "ok"
    assert [len(emulator.messages(user_id)) for user_id in users] == [1] * 30
    assert emulator.stats.rate_limited == 0  # released within Telegram's 30/s
    assert emulator.violations == []


async def test_held_at_2350_on_londons_short_day_is_given_up_at_its_midnight(
    tmp_path: Path,
) -> None:
    # 29 March 2026: London's clocks go forward, so the local day is 23 hours long and ends at
    # 23:00 UTC (a day counted as 24 hours would end an hour later).
    start, due = utc(2026, 3, 29, 12, 0), utc(2026, 3, 29, 22, 50)  # 23:50 in London
    midnight = utc(2026, 3, 29, 23, 0)
    database, emulator, clock = tmp_path / "bot.sqlite3", BotApiEmulator(TOKEN), FakeClock(start)
    async with (
        EmulatorServer(emulator) as server,
        sender(database, server.url, TOKEN, clock, limiter_on_clock=True) as loop,
    ):
        repo, ticks = loop.services.repo, Ticks(loop, emulator, clock)
        assert await loop.connect_telegram()
        emulator.add_chat({"id": 4001, "type": "private", "first_name": "Sam"})
        await insert_subscriber(
            repo, 4001, now=start, timezone="Europe/London", reminder_time="23:50",
            next_reminder_at=due,
        )  # fmt: skip
        await met_every_exercise(repo, 4001, start)
        emulator.faults.go_down("429", methods=["sendMessage"], retry_after=WAIT)

        assert await ticks.at(due) == (0, 1, 1)
        assert await journal(repo) == [("pending", epoch(due) + WAIT, epoch(midnight), None)]
        assert await ticks.at(midnight - SECOND) == (0, 0, 0)
        assert await ticks.at(midnight) == (0, 0, 0)  # London's 29 March is over
        row = await sql(repo).fetch_one("SELECT status, retry_at, error FROM deliveries")
        assert row is not None and (row[0], row[1]) == ("failed", None)
        assert row[2] == "held until the day ended: flood control: retry after 900 s"

        emulator.faults.come_back()
        assert await ticks.at(due + WAIT * SECOND) == (0, 0, 0)  # the old day's never comes
        assert await health_line(repo, clock.now()) == "ok"  # getMe answered after the wait
        next_due = utc(2026, 3, 30, 22, 50)  # 23:50 in London, now on summer time
        assert await ticks.at(next_due) == (1, 0, 1)
    assert len(emulator.messages(4001)) == 1
    assert "Monday 30 March" in (emulator.messages(4001)[0].text or "")
