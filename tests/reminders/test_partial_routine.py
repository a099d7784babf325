"""A WhatsApp morning routine that goes out as two messages (its text is too long to carry the
buttons: the text first, then the list of buttons) and is held after its first part: when it
is sent again, it goes on from the part that did not go out. Each part reaches the person once.

The real reminder sender (`SenderLoop`, with the WhatsApp channel its process opens) against
the Cloud API emulator's HTTP server on the injected clock. The emulator's faults are planned
the moment the first part is accepted, so the second part meets them: the API unreachable
through every retry (HTTP 500, 131000), the number's throughput (130429) through every retry,
or the person's pair limit (131056, which a reminder never waits out in place).
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.content.loader import default_content_dir
from bot.emulator_whatsapp import CloudApiEmulator, ListMessage, Outgoing, TextMessage
from bot.emulator_whatsapp.errors import CloudApiError
from bot.reminders.pacing import SharedPacing
from bot.reminders.sender_loop import SenderLoop
from bot.store import Repository
from bot.testing import sql
from bot.whatsapp.api import CloudApi
from bot.whatsapp.channel import WhatsAppChannel
from bot.whatsapp.outbox import MAX_BODY
from bot.whatsapp.reminder_sender import sender_channels
from bot.whatsapp.words import load_words
from tests.reminders.emulated_sender import QUICK, health_line
from tests.reminders.factories import insert_subscriber, met_every_exercise, utc
from tests.whatsapp.conftest import whatsapp_settings

START = utc(2026, 11, 25, 6, 0)
DUE = utc(2026, 11, 25, 6, 30)  # 07:30 in Berlin
ANA = "15550000001"
SAFETY = "Move gently. Stop anything that sends pain further down your leg."
# A longer safety paragraph (as a translation or a careful editor might write it): the
# routine's text no longer fits an interactive message's body, so it goes out on its own.
LONG_SAFETY = " ".join([SAFETY] * 18)


def long_routine_content(tmp_path: Path) -> Path:
    """The project's content with a routine text longer than WhatsApp's interactive body."""
    content = tmp_path / "content"
    shutil.copytree(default_content_dir(), content)
    programs = content / "programs.yaml"
    text = programs.read_text(encoding="utf-8")
    assert f'safety: "{SAFETY}"' in text
    programs.write_text(text.replace(SAFETY, LONG_SAFETY), encoding="utf-8")
    return content


@asynccontextmanager
async def whatsapp_sender(
    tmp_path: Path, clock: FakeClock
) -> AsyncIterator[tuple[CloudApiEmulator, SenderLoop]]:
    """The Cloud API emulator on `clock`, and the reminder sender's loop as its process opens it
    (WhatsApp only), on the long-routine content."""
    async with CloudApiEmulator(clock=lambda: clock.now().timestamp()) as api:
        template = load_words(default_content_dir()).reminder_template
        api.register_template(
            template.name, template.language, body=template.body, buttons=(template.button,)
        )
        settings = whatsapp_settings(
            api, tmp_path / "bot.sqlite3", reminder_tick_seconds=5,
            content_dir=long_routine_content(tmp_path),
        )  # fmt: skip
        loop = await SenderLoop.open(
            settings, None, SharedPacing.create(), sender_channels, clock=clock
        )
        try:
            yield api, loop
        finally:
            await loop.close()


async def ana_in_her_window(api: CloudApiEmulator, repo: Repository) -> int:
    """Ana in Berlin, due at DUE, who wrote to the bot at START (her 24-hour window is open:
    the routine itself goes, not the template) and has met every exercise (no cards)."""
    api.person(ANA)
    api.api.window.opened(ANA)
    person = await repo.channels.person_for("whatsapp", ANA, START)
    await repo.channels.touch_inbound(person, START)
    await insert_subscriber(repo, person, now=START, next_reminder_at=DUE)
    await met_every_exercise(repo, person, START)
    return person


def after_first_part(api: CloudApiEmulator, plan: Callable[[], None]) -> None:
    """Run `plan` (faults for the next sends) the moment the first message is accepted."""

    def listener(record: Outgoing, failure: CloudApiError | None) -> None:
        if len(api.sent) == 1:
            plan()

    api.api.listeners.append(listener)


def no_waits(api: CloudApi) -> list[float]:
    """The Cloud API client's in-place back-off waits, recorded instead of slept."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    api.sleep = sleep
    return waits


async def row(repo: Repository) -> tuple[str, int | None, int]:
    """Ana's delivery: (status, retry_at, parts_sent)."""
    found = await sql(repo).fetch_one("SELECT status, retry_at, parts_sent FROM deliveries")
    assert found is not None
    return found[0], found[1], found[2]


def epoch(instant: datetime) -> int:
    return int(instant.timestamp())


OUTAGE = "outage"
THROUGHPUT = "throughput"
PAIR = "pair"


@pytest.mark.parametrize("fault", [OUTAGE, THROUGHPUT, PAIR])
async def test_a_routine_held_after_its_first_part_goes_on_from_the_second(
    tmp_path: Path, fault: str
) -> None:
    clock = FakeClock(START)
    async with whatsapp_sender(tmp_path, clock) as (api, loop):
        repo = loop.services.repo
        await ana_in_her_window(api, repo)
        channel = loop.services.reminder_channels["whatsapp"]
        assert isinstance(channel, WhatsAppChannel)
        waits = no_waits(channel.api)
        plans: dict[str, Callable[[], None]] = {
            OUTAGE: lambda: api.faults.fail_transiently(to=ANA, times=5),  # every retry
            THROUGHPUT: lambda: api.faults.fail_next(130429, to=ANA, times=5),
            PAIR: lambda: api.faults.fail_next(131056, to=ANA),  # a reminder never waits it out
        }
        after_first_part(api, plans[fault])
        clock.set(DUE)

        report = await loop.tick(policy=QUICK)

        assert (report.sent, report.held) == (0, 1)
        inbox = api.person(ANA).inbox
        assert [type(m) for m in inbox] == [TextMessage]  # the first part went, alone
        text = inbox[0].text or ""
        assert len(text) > MAX_BODY and "Your routine for Wednesday 25 November" in text
        status, retry_at, parts = await row(repo)
        assert (status, parts) == ("pending", 1)  # held, its first part counted as sent
        assert retry_at is not None and retry_at > epoch(DUE)
        assert api.faults.pending == 0  # every planned refusal met the second part
        assert len(waits) == (0 if fault == PAIR else 4)  # refused in place, then held

        # Once the hold is over the API answers again: the rest of the routine goes, once.
        clock.set(datetime.fromtimestamp(retry_at, DUE.tzinfo))
        report = await loop.tick(policy=QUICK)
        assert (report.sent, report.held) == (1, 0)
        assert [type(m) for m in inbox] == [TextMessage, ListMessage]
        assert [m.text for m in inbox].count(text) == 1  # the routine's text came once
        buttons = inbox[1]
        assert isinstance(buttons, ListMessage)
        assert any("Snooze" in r.title for r in buttons.rows)  # the part that had not gone
        assert (await row(repo))[0::2] == ("sent", 2)

        clock.set(datetime.fromtimestamp(retry_at + 60, DUE.tzinfo))
        assert (await loop.tick(policy=QUICK)).claimed == 0
        assert len(inbox) == 2
        assert await health_line(repo, clock.now()) == "ok"
        # Only the first part carries the reminder's statuses (it is linked to the row).
        linked = await sql(repo).fetch_all(
            "SELECT wamid FROM whatsapp_messages WHERE delivery_id IS NOT NULL"
        )
        assert [r[0] for r in linked] == [inbox[0].wamid]
        assert api.violations == []


async def test_a_routine_sent_in_one_go_counts_every_part(tmp_path: Path) -> None:
    clock = FakeClock(START)
    async with whatsapp_sender(tmp_path, clock) as (api, loop):
        repo = loop.services.repo
        await ana_in_her_window(api, repo)
        clock.set(DUE)
        assert (await loop.tick(policy=QUICK)).sent == 1
        assert [type(m) for m in api.person(ANA).inbox] == [TextMessage, ListMessage]
        assert await row(repo) == ("sent", None, 2)
