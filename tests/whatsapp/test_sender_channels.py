"""The reminder tick with every channel but Telegram's client: what the sender process does
while Telegram cannot be reached (or is not configured)."""

from __future__ import annotations

from datetime import timedelta

from bot.emulator_whatsapp import TemplateMessage
from bot.reminders.tick import run_tick
from bot.testing import sql
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
