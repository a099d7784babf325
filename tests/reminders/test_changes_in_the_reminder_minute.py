"""A change made during the minute of the reminder time, or while today's reminder is due and
waiting for its tick, keeps today's routine: it comes now and the reply says it is coming now
(before: the next reminder was tomorrow's, and a reminder due but not yet sent was lost for the
day)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.testing import BotHarness
from tests.subscribers import journal, routines, set_up


async def test_the_time_set_during_its_own_minute_brings_todays_routine_now(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)  # 07:00 in Berlin, reminders at 07:30
    await kim.command("time", "10:00")
    harness.clock.set(datetime(2026, 11, 25, 6, 30, 20, tzinfo=UTC))  # 07:30:20 in Berlin
    [reply] = await kim.command("time", "07:30")
    assert reply.text == "Reminder time set to 07:30. Next reminder: coming now."
    harness.clock.advance(timedelta(seconds=5))
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
    assert await journal(harness) == [("2026-11-25", "sent")]


async def test_a_minute_later_the_first_reminder_is_tomorrows_and_the_reply_says_so(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    await kim.command("time", "10:00")
    harness.clock.set(datetime(2026, 11, 25, 6, 31, tzinfo=UTC))  # 07:31:00 in Berlin
    [reply] = await kim.command("time", "07:30")
    assert reply.text == "Reminder time set to 07:30. Next reminder: Thu 26 Nov at 07:30."
    await harness.tick()
    assert routines(kim) == []


async def test_the_timezone_set_during_the_reminder_minute_there_brings_it_now(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)  # Berlin; 06:00 UTC is 07:00 there
    harness.clock.set(datetime(2026, 11, 25, 12, 30, 40, tzinfo=UTC))  # 07:30:40 in New York
    # Berlin's 07:30 passed at 06:30 UTC with no tick: moving away settles it as not owed.
    await harness.tick()
    before = routines(kim)
    [reply] = await kim.command("timezone", "America/New_York")
    assert reply.text == "Timezone set to America/New_York. Next reminder: coming now."
    await harness.tick()
    assert len(routines(kim)) == len(before) + 1
    assert routines(kim)[-1] == "Your routine for Wednesday 25 November: Recovering"


async def test_a_change_while_todays_reminder_waits_for_its_tick_keeps_it(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    # 07:32 in Berlin: the 07:30 reminder is due; a busy morning's fan-out has not reached it.
    harness.clock.set(datetime(2026, 11, 25, 6, 32, tzinfo=UTC))
    [reply] = await kim.command("timezone", "Europe/Berlin")
    assert reply.text == "Timezone set to Europe/Berlin. Next reminder: coming now."
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
    harness.clock.advance(timedelta(days=1))
    await harness.tick()
    assert await journal(harness) == [("2026-11-25", "sent"), ("2026-11-26", "sent")]


async def test_a_change_after_todays_routine_came_never_brings_a_second(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    harness.clock.set(datetime(2026, 11, 25, 6, 30, 5, tzinfo=UTC))
    await harness.tick()  # today's went at 07:30:05
    [reply] = await kim.command("time", "07:30")  # the same minute, after it came
    assert reply.text == "Reminder time set to 07:30. Next reminder: Thu 26 Nov at 07:30."
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
