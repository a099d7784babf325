"""A time or timezone changed after today's routine came: the next one is tomorrow's, and the
reply says so (before: it promised a second reminder today, which never came)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.testing import BotHarness, sql
from tests.subscribers import journal, routines, set_up

MINUTES = timedelta(minutes=1)


async def ticks_until(harness: BotHarness, until: datetime) -> None:
    while harness.clock.now() < until:
        harness.clock.advance(5 * MINUTES)
        await harness.tick()


async def test_a_later_time_set_after_todays_routine_starts_tomorrow(harness: BotHarness) -> None:
    start = harness.clock.now()  # Wed 25 Nov, 06:00 UTC: 07:00 in Berlin
    kim = await set_up(harness)
    await ticks_until(harness, start + 60 * MINUTES)  # 08:00 in Berlin: today's has come
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
    [reply] = await kim.command("time", "10:00")
    assert reply.text == "Reminder time set to 10:00. Next reminder: Thu 26 Nov at 10:00."
    await ticks_until(harness, start + timedelta(days=1, hours=4))  # Thu 11:00 in Berlin
    assert routines(kim) == [
        "Your routine for Wednesday 25 November: Recovering",
        "Your routine for Thursday 26 November: Recovering",
    ]
    assert await journal(harness) == [("2026-11-25", "sent"), ("2026-11-26", "sent")]


async def test_travelling_west_after_todays_routine_gets_tomorrows_at_the_new_place(
    harness: BotHarness,
) -> None:
    start = harness.clock.now()
    kim = await set_up(harness)
    await ticks_until(harness, start + 4 * 60 * MINUTES)  # 10:00 UTC: 05:00 in New York
    [reply] = await kim.command("timezone", "America/New_York")
    assert reply.text == ("Timezone set to America/New_York. Next reminder: Thu 26 Nov at 07:30.")
    await ticks_until(harness, start + timedelta(days=1, hours=8))  # Thu 09:00 in New York
    assert routines(kim) == [
        "Your routine for Wednesday 25 November: Recovering",
        "Your routine for Thursday 26 November: Recovering",
    ]
    sent_at = await sql(harness.repo).fetch_value(
        "SELECT sent_at FROM deliveries WHERE user_id = 7 AND local_date = '2026-11-26'"
    )
    assert sent_at == datetime(2026, 11, 26, 12, 30, tzinfo=UTC).timestamp()  # 07:30 there


async def test_a_later_time_set_before_todays_routine_still_brings_it_today(
    harness: BotHarness,
) -> None:
    start = harness.clock.now()
    kim = await set_up(harness)
    [reply] = await kim.command("time", "10:00")  # 07:00 in Berlin: today's has not come
    assert reply.text == "Reminder time set to 10:00. Next reminder: Wed 25 Nov at 10:00."
    await ticks_until(harness, start + 4 * 60 * MINUTES)
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
