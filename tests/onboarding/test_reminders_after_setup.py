"""No morning routine before set-up is finished: it would come at a time and in a timezone the
person never chose (07:30 UTC is 02:30 in New York), every day, to people who never finished."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness, sql

HOURS = timedelta(hours=1)


async def next_reminder(harness: BotHarness, user_id: int) -> object:
    return await sql(harness.repo).fetch_value(
        "SELECT next_reminder_at FROM subscribers WHERE user_id = ?", (user_id,)
    )


async def test_someone_who_stops_at_the_first_step_gets_no_routine(harness: BotHarness) -> None:
    sam = harness.user(1, "Sam")
    await sam.command("start")
    assert await next_reminder(harness, 1) is None
    for _ in range(48):  # two days of ticks, an hour apart
        harness.clock.advance(HOURS)
        await harness.tick()
    assert not any("Your routine for" in (m.text or "") for m in sam.messages)
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM deliveries") == 0


async def test_a_set_up_left_at_the_time_step_gets_no_routine(harness: BotHarness) -> None:
    bo = harness.user(2, "Bo")
    await bo.command("start")
    await bo.send("Berlin")
    harness.clock.advance(24 * HOURS)
    await harness.tick()
    assert await sql(harness.repo).fetch_value("SELECT COUNT(*) FROM deliveries") == 0


async def test_finishing_set_up_schedules_the_chosen_time(harness: BotHarness) -> None:
    bo = harness.user(2, "Bo")
    await bo.command("start")
    await bo.send("Berlin")
    await bo.send("07:30")
    summary = await bo.send("Recovering")
    assert "Next routine: Wed 25 Nov at 07:30" in (summary[-1].text or "")
    harness.clock.advance(31 * timedelta(minutes=1))  # 06:31 UTC is 07:31 in Berlin
    report = await harness.tick()
    assert report.sent == 1
    assert "Your routine for Wednesday 25 November" in "\n".join(m.text or "" for m in bo.messages)
