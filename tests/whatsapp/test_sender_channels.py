"""The reminder tick with every channel but Telegram's client: what the sender process does
while Telegram cannot be reached (or is not configured)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from bot.emulator_whatsapp import SimulatedPerson, TemplateMessage
from bot.ops.health import check_health
from bot.reminders.tick import run_tick
from bot.testing import sql
from bot.whatsapp.api import SLOW_DOWN_HOLD
from tests.reminders.factories import insert_subscriber
from tests.whatsapp.conftest import Rig

TELEGRAM_PERSON = 4242


async def test_whatsapp_reminders_go_out_while_telegrams_fail_for_the_day(rig: Rig) -> None:
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("hello")
    await rig.channel.idle()
    whatsapp_person = rig.script.turns[0].event.person.person_id
    rig.clock.advance(timedelta(hours=30))  # her 24-hour window has shut: the template goes
    now = rig.clock.now()
    due = now - timedelta(minutes=1)
    for person in (whatsapp_person, TELEGRAM_PERSON):
        await insert_subscriber(rig.repo, person, now=now, timezone="UTC", next_reminder_at=due)

    report = await run_tick(rig.services, None, now)  # no Telegram client: it is unreachable

    assert (report.claimed, report.sent, report.failed) == (2, 1, 1)
    assert isinstance(ana.last, TemplateMessage)
    rows = await sql(rig.repo).fetch_all(
        "SELECT user_id, status, error FROM deliveries ORDER BY user_id"
    )
    assert [tuple(row) for row in rows] == [
        (TELEGRAM_PERSON, "failed", "Telegram is not reachable"),
        (whatsapp_person, "sent", None),
    ]


async def ana_due_now(rig: Rig) -> tuple[SimulatedPerson, list[float]]:
    """Ana, who wrote 30 hours ago (so the template goes), her reminder due now; and the waits
    of the Cloud API's quick retries, recorded instead of slept."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    rig.channel.api.sleep = sleep
    ana = rig.api.person("15551234567", name="Ana")
    await ana.send_text("hello")
    await rig.channel.idle()
    person = rig.script.turns[0].event.person.person_id
    rig.clock.advance(timedelta(hours=30))  # outside her 24-hour window: the template goes
    now = rig.clock.now()
    await insert_subscriber(rig.repo, person, now=now, timezone="UTC", next_reminder_at=now)
    return ana, waits


async def test_a_whatsapp_outage_holds_the_reminder_until_the_api_answers(rig: Rig) -> None:
    ana, waits = await ana_due_now(rig)
    now, before = rig.clock.now(), len(ana.inbox)
    rig.api.faults.fail_transiently(times=5)  # HTTP 500 through every quick retry

    report = await run_tick(rig.services, None, now)

    assert (report.held, report.failed) == (1, 0)
    assert waits == [1.0, 2.0, 4.0, 8.0]  # its quick retries came first
    assert len(ana.inbox) == before
    row = await sql(rig.repo).fetch_one("SELECT status, retry_at, error FROM deliveries")
    assert row is not None and row[0] == "pending" and row[1] is not None
    assert "still failing after retries" in row[2]
    rig.clock.advance(timedelta(seconds=5))  # the probe: the API answers again
    probe = await run_tick(rig.services, None, rig.clock.now())
    assert probe.sent == 1
    assert [type(m) for m in ana.inbox[before:]] == [TemplateMessage]
    rig.clock.advance(timedelta(seconds=5))
    assert (await run_tick(rig.services, None, rig.clock.now())).claimed == 0
    status = await sql(rig.repo).fetch_value("SELECT status FROM deliveries")
    assert status == "sent"


async def test_the_numbers_rate_limit_through_every_retry_holds_the_reminder_for_the_wait(
    rig: Rig,
) -> None:
    ana, waits = await ana_due_now(rig)
    now, before = rig.clock.now(), len(ana.inbox)
    rig.api.faults.fail_next(130429, times=5)  # the number's throughput, through every retry

    report = await run_tick(rig.services, None, now)

    assert (report.held, report.failed) == (1, 0)  # held, not lost for the day
    assert waits == [1.0, 2.0, 4.0, 8.0]
    row = await sql(rig.repo).fetch_one("SELECT status, retry_at, error FROM deliveries")
    assert row is not None and row[0] == "pending"
    assert row[1] == math.ceil((now + timedelta(seconds=SLOW_DOWN_HOLD)).timestamp())
    assert row[2] == "WhatsApp error 130429: still refused after retries"
    health = (await check_health(rig.repo, now, timedelta(minutes=2))).describe()
    assert "whatsapp asked to wait 60 s (flood control): 1 reminder held until" in health
    sends = len(rig.api.requests)
    rig.clock.advance(timedelta(seconds=SLOW_DOWN_HOLD - 1))
    assert (await run_tick(rig.services, None, rig.clock.now())).claimed == 0
    assert len(rig.api.requests) == sends  # nothing sent during the wait
    rig.clock.set(datetime.fromtimestamp(row[1], UTC))  # the wait is over: the probe
    assert (await run_tick(rig.services, None, rig.clock.now())).sent == 1
    assert [type(m) for m in ana.inbox[before:]] == [TemplateMessage]
    status = await sql(rig.repo).fetch_value("SELECT status FROM deliveries")
    assert status == "sent"
