"""Telegram unreachable, or answering 5xx, at reminder time: the morning is held, Telegram is
probed one request at a time, and each person gets their routine once, after the outage.

The real reminder sender (`SenderLoop`, as `python -m bot run` runs it: its own aiohttp client,
rate limiter and SQLite connection) against the Bot API emulator's HTTP server, on an injected
clock: each tick runs at a chosen instant, nothing waits for time to pass. "Unreachable" is the
emulator's server stopped (connection refused); "5xx" is its outage fault.
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
from tests.processes import free_port
from tests.reminders.emulated_sender import QUICK, Ticks, health_line, sender
from tests.reminders.factories import insert_subscriber, met_every_exercise, utc

TOKEN = "7654321:AAHoutage-test-token-never-logged"
START = utc(2026, 11, 25, 6, 0)
DUE = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin
BERLIN_MIDNIGHT = utc(2026, 11, 25, 23, 0)
SECOND = timedelta(seconds=1)


async def subscribe(
    repo: Repository, emulator: BotApiEmulator, user_id: int, due: datetime
) -> None:
    """A Berlin subscriber with a chat, their reminder due at `due`, every exercise met."""
    emulator.add_chat({"id": user_id, "type": "private", "first_name": "Pat"})
    await insert_subscriber(repo, user_id, now=START, next_reminder_at=due)
    await met_every_exercise(repo, user_id, START)


async def journal(repo: Repository) -> list[tuple[int, str, int | None]]:
    rows = await sql(repo).fetch_all(
        "SELECT user_id, status, retry_at FROM deliveries ORDER BY user_id"
    )
    return [(r[0], r[1], r[2]) for r in rows]


def received(emulator: BotApiEmulator, users: list[int]) -> list[int]:
    return [len(emulator.messages(user_id)) for user_id in users]


async def test_unreachable_telegram_holds_the_morning_across_a_restart(tmp_path: Path) -> None:
    database, port = tmp_path / "bot.sqlite3", free_port()
    emulator, clock = BotApiEmulator(TOKEN), FakeClock(START)
    users = [3001, 3002, 3003]
    server = EmulatorServer(emulator, port=port)
    await server.start()
    async with sender(database, server.url, TOKEN, clock) as loop:
        repo, ticks = loop.services.repo, Ticks(loop, emulator, clock)
        assert await loop.connect_telegram()
        await subscribe(repo, emulator, 3001, DUE)
        await subscribe(repo, emulator, 3002, DUE)
        await subscribe(repo, emulator, 3003, DUE + timedelta(minutes=1))
        await server.stop()  # Telegram unreachable: connection refused

        clock.set(DUE)
        report = await loop.tick(policy=QUICK)
        assert (report.sent, report.held, report.failed) == (0, 2, 0)
        rows = await sql(repo).fetch_all(
            "SELECT status, retry_at, hold_until, claimed_by FROM deliveries ORDER BY user_id"
        )
        five_s, midnight = int((DUE + 5 * SECOND).timestamp()), int(BERLIN_MIDNIGHT.timestamp())
        assert [tuple(r) for r in rows] == [("pending", five_s, midnight, None)] * 2
        said = await health_line(repo, DUE)
        assert "telegram is down since 2026-11-25 06:30:00 UTC (NetworkError: " in said, said
        assert "2 reminders held, next try in 5 s" in said
        assert TOKEN.split(":")[1] not in said
        # Probes back off: one every 5 s, then 10 s, 20 s... Kim, due meanwhile, is held unsent.
        clock.set(DUE + 5 * SECOND)
        assert (await loop.tick(policy=QUICK)).held == 1  # the probe failed: next in 10 s
        clock.set(DUE + 14 * SECOND)
        assert (await loop.tick(policy=QUICK)).claimed == 0
        clock.set(DUE + 60 * SECOND)
        report = await loop.tick(policy=QUICK)
        assert (report.claimed, report.held) == (2, 2)  # the probe, and Kim held without a try
        assert "3 reminders held, next try in 20 s" in await health_line(repo, clock.now())

    # A restart: the held reminders and the outage are in SQLite, not in memory.
    async with sender(database, server.url, TOKEN, clock) as loop:
        repo, ticks = loop.services.repo, Ticks(loop, emulator, clock)
        assert not await loop.connect_telegram()  # still down
        assert await ticks.at(DUE + 70 * SECOND) == (
            0,
            0,
            0,
        )  # next probe at 80 s
        server = EmulatorServer(emulator, port=port)
        await server.start()  # Telegram is back
        try:
            assert await loop.connect_telegram()  # its getMe answers: probe at the next tick
            assert await ticks.at(DUE + 71 * SECOND) == (
                1,
                0,
                1,
            )  # the probe
            assert await ticks.at(DUE + 72 * SECOND) == (2, 0, 2)  # the rest
            assert received(emulator, users) == [1, 1, 1]
            assert await journal(repo) == [(3001, "sent", None), (3002, "sent", None),
                                           (3003, "sent", None)]  # fmt: skip
            assert await health_line(repo, clock.now()) == "ok"
            # Nothing more that day; the next morning is an ordinary one.
            assert await ticks.at(DUE + timedelta(hours=3)) == (0, 0, 0)
            assert (await ticks.at(DUE + timedelta(days=1, minutes=1)))[0] == 3
            assert received(emulator, users) == [2, 2, 2]
        finally:
            await server.stop()
    assert emulator.violations == []


async def test_a_5xx_outage_is_probed_not_hammered_and_released_at_the_pace(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    database, emulator, clock = tmp_path / "bot.sqlite3", BotApiEmulator(TOKEN), FakeClock(START)
    users = list(range(3001, 3031))
    async with (
        EmulatorServer(emulator) as server,
        sender(database, server.url, TOKEN, clock) as loop,
    ):
        repo, ticks = loop.services.repo, Ticks(loop, emulator, clock)
        assert await loop.connect_telegram()
        for user_id in users:
            await subscribe(repo, emulator, user_id, DUE)
        emulator.faults.go_down("5xx", methods=["sendMessage"])

        sent, held, requests = await ticks.at(DUE)
        assert (sent, held) == (0, 30)
        # Only the sends already in flight when the first one failed made their quick retries.
        assert requests <= in_flight_limit(loop.services.settings) * QUICK.attempts
        # Then one request a probe: 5, 10, 20, 40 s apart; none in the ticks between.
        probes = [5, 15, 35, 75]
        for second in range(1, 76):
            _, _, requests = await ticks.at(DUE + second * SECOND)
            assert requests == (1 if second in probes else 0), second
        assert "30 reminders held, next try in 80 s" in await health_line(repo, clock.now())
        # The log says so in one line at each failed probe, without the token.
        said = [r.getMessage() for r in caplog.records if "telegram is down" in r.getMessage()]
        assert said[-1] == (
            "telegram is down since 2026-11-25 06:30:00 UTC (NetworkError: Bad Gateway):"
            " 30 reminders held, next try in 80 s"
        )
        assert not any(TOKEN.split(":")[1] in r.getMessage() for r in caplog.records)

        emulator.faults.come_back()
        assert await ticks.at(DUE + 155 * SECOND) == (1, 0, 1)  # the probe
        assert await ticks.at(DUE + 156 * SECOND) == (
            29,
            0,
            29,
        )  # the backlog
    assert "telegram answers again after 155 s: 29 held reminders go out now" in caplog.text
    assert received(emulator, users) == [1] * 30
    assert emulator.stats.rate_limited == 0  # released within Telegram's 30/s
    assert emulator.violations == []


async def test_a_day_held_to_its_end_is_given_up_and_the_next_morning_comes(
    tmp_path: Path,
) -> None:
    database, emulator, clock = tmp_path / "bot.sqlite3", BotApiEmulator(TOKEN), FakeClock(START)
    async with (
        EmulatorServer(emulator) as server,
        sender(database, server.url, TOKEN, clock) as loop,
    ):
        repo, ticks = loop.services.repo, Ticks(loop, emulator, clock)
        assert await loop.connect_telegram()
        await subscribe(repo, emulator, 3001, DUE)
        emulator.faults.go_down("5xx")  # every method: getMe too
        assert (await ticks.at(DUE))[1] == 1
        assert (await ticks.at(BERLIN_MIDNIGHT - SECOND))[1] == 1  # a probe, held
        await ticks.at(BERLIN_MIDNIGHT)  # Berlin's 25 November is over
        row = await sql(repo).fetch_one("SELECT status, error, retry_at FROM deliveries")
        assert row is not None and (row[0], row[2]) == ("failed", None)
        assert row[1].startswith("held until the day ended: NetworkError: Bad Gateway")
        assert "0 reminders held" in await health_line(repo, clock.now())  # still down
        # Nothing held or due to probe with: getMe is asked instead, once the probe is due.
        emulator.faults.come_back()
        get_me = [r for r in emulator.requests if r.method == "getMe"]
        assert await ticks.at(BERLIN_MIDNIGHT + timedelta(minutes=5)) == (0, 0, 0)
        assert len([r for r in emulator.requests if r.method == "getMe"]) == len(get_me) + 1
        assert await health_line(repo, clock.now()) == "ok"
        sent, _, requests = await ticks.at(DUE + timedelta(days=1))
        assert (sent, requests) == (1, 1)  # the 26th's routine, the old day's never
        assert received(emulator, [3001]) == [1]
        assert "Thursday 26 November" in (emulator.messages(3001)[0].text or "")
