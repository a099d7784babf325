"""WhatsApp's pair rate limit (131056) at reminder time: too many messages to ONE person holds
that person's reminder alone, a little later, while everyone else's go out on time; the
channel is never paused for it.

The real reminder sender (`SenderLoop`, with the WhatsApp channel its process opens) against
the Cloud API emulator's HTTP server, whose pair limit (a burst of 45, then one message every
6 s to one person) runs on the injected clock, as the sender does: each tick runs at a chosen
instant.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.content.loader import default_content_dir
from bot.emulator_whatsapp import CloudApiEmulator, TemplateMessage
from bot.reminders.pacing import SharedPacing
from bot.reminders.sender_loop import SenderLoop
from bot.store import Repository
from bot.testing import sql
from bot.whatsapp.api import PAIR_WAIT, CloudApi
from bot.whatsapp.channel import WhatsAppChannel
from bot.whatsapp.reminder_sender import sender_channels
from bot.whatsapp.words import load_words
from tests.reminders.emulated_sender import QUICK, health_line
from tests.reminders.factories import insert_subscriber, utc
from tests.whatsapp.conftest import whatsapp_settings

START = utc(2026, 11, 25, 6, 0)
DUE = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin
BERLIN_MIDNIGHT = utc(2026, 11, 25, 23, 0)
SECOND = timedelta(seconds=1)
BURST = 45  # the emulator's (and Meta's) burst to one person before the pair limit


def epoch(instant: datetime) -> int:
    return int(instant.timestamp())


@asynccontextmanager
async def whatsapp_sender(tmp_path: Path, clock: FakeClock) -> AsyncIterator[
    tuple[CloudApiEmulator, SenderLoop, WhatsAppChannel]
]:  # fmt: skip
    """The Cloud API emulator on `clock`, and the reminder sender's loop opened as its process
    opens it (WhatsApp only), with the channel it delivers through."""
    async with CloudApiEmulator(clock=lambda: clock.now().timestamp()) as api:
        template = load_words(default_content_dir()).reminder_template
        api.register_template(
            template.name, template.language, body=template.body, buttons=(template.button,)
        )
        settings = whatsapp_settings(api, tmp_path / "bot.sqlite3", reminder_tick_seconds=5)
        loop = await SenderLoop.open(
            settings, None, SharedPacing.create(), sender_channels, clock=clock
        )
        try:
            channel = loop.services.reminder_channels["whatsapp"]
            assert isinstance(channel, WhatsAppChannel)
            yield api, loop, channel
        finally:
            await loop.close()


async def whatsapp_person(
    api: CloudApiEmulator, repo: Repository, wa_id: str, due: datetime
) -> int:
    """A WhatsApp subscriber in Berlin (never wrote: the template goes), due at `due`."""
    api.person(wa_id)
    person = await repo.channels.person_for("whatsapp", wa_id, START)
    await insert_subscriber(repo, person, now=START, next_reminder_at=due)
    return person


async def journal(repo: Repository) -> dict[int, tuple[str, int | None, int | None, int | None]]:
    """Each person's delivery: (status, retry_at, hold_until, sent_at)."""
    rows = await sql(repo).fetch_all(
        "SELECT user_id, status, retry_at, hold_until, sent_at FROM deliveries"
    )
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def recorded_waits(api: CloudApi) -> list[float]:
    """The Cloud API client's in-place back-off waits, recorded instead of slept."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    api.sleep = sleep
    return waits


async def test_one_persons_pair_limit_holds_only_her_reminder_and_never_pauses_the_channel(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    clock = FakeClock(START)
    async with whatsapp_sender(tmp_path, clock) as (api, loop, channel):
        repo = loop.services.repo
        ana = await whatsapp_person(api, repo, "15550000001", DUE)
        ben = await whatsapp_person(api, repo, "15550000002", DUE)
        cem = await whatsapp_person(api, repo, "15550000003", DUE)
        dee = await whatsapp_person(api, repo, "15550000004", DUE + 5 * SECOND)
        waits = recorded_waits(channel.api)
        clock.set(DUE)
        # Ana has just had a burst of messages from the number: her pair is spent.
        for _ in range(BURST):
            await channel.api.reminder_template("15550000001", "Ana")
        before = len(api.person("15550000001").inbox)

        report = await loop.tick(policy=QUICK)

        assert (report.sent, report.held, report.failed) == (2, 1, 0)
        pending = ("pending", epoch(DUE) + int(PAIR_WAIT), epoch(BERLIN_MIDNIGHT), None)
        assert await journal(repo) == {
            ana: pending,
            ben: ("sent", None, None, epoch(DUE)),
            cem: ("sent", None, None, epoch(DUE)),
        }  # Dee's is not due yet
        assert waits == []  # refused once, not waited out in place
        assert api.stats.pair_rate_errors == 1
        assert await health_line(repo, DUE) == "ok"  # no outage, no flood wait

        # Dee's reminder, due meanwhile, goes out on time; Ana's waits for its retry_at.
        clock.set(DUE + 5 * SECOND)
        assert (await loop.tick(policy=QUICK)).sent == 1
        assert (await journal(repo))[dee] == ("sent", None, None, epoch(DUE + 5 * SECOND))
        assert (await journal(repo))[ana] == pending

        # Her pair has refilled: her reminder goes, once.
        clock.set(DUE + 10 * SECOND)
        report = await loop.tick(policy=QUICK)
        assert (report.sent, report.held) == (1, 0)
        sent = ("sent", None, epoch(BERLIN_MIDNIGHT), epoch(DUE + 10 * SECOND))  # once held
        assert (await journal(repo))[ana] == sent
        clock.set(DUE + 15 * SECOND)
        assert (await loop.tick(policy=QUICK)).claimed == 0
        assert await health_line(repo, clock.now()) == "ok"
        inbox = api.person("15550000001").inbox[before:]
        assert [type(m) for m in inbox] == [TemplateMessage]
        for wa_id in ("15550000002", "15550000003", "15550000004"):
            assert [type(m) for m in api.person(wa_id).inbox] == [TemplateMessage]
        assert api.stats.pair_rate_errors == 1
        assert api.violations == []
    said = [r.getMessage() for r in caplog.records]
    assert not [line for line in said if "asked to wait" in line or "flood control" in line]
    assert not [line for line in said if "is down" in line]
    assert f"too many WhatsApp messages to user {ana} just now" in "\n".join(said)
