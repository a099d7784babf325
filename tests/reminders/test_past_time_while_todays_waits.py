"""A time already past set while today's earlier reminder is due and waiting for its tick: today's
routine still comes, now, and the reply says it is coming now rather than naming a time gone by
(before: the reply named the past time as if it were to come, and a time earlier than the
waiting one moved today's routine to tomorrow, so today got none)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.testing import BotHarness
from tests.subscribers import journal, routines, set_up

# 07:40 in Berlin: the 07:30 reminder is due; a busy morning's fan-out has not reached it.
WAITING = datetime(2026, 11, 25, 6, 40, tzinfo=UTC)


async def test_a_past_time_after_the_waiting_one_says_it_comes_now(harness: BotHarness) -> None:
    kim = await set_up(harness)
    harness.clock.set(WAITING)
    [reply] = await kim.command("time", "07:35")
    assert reply.text == "Reminder time set to 07:35. Next reminder: coming now."
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
    [menu] = await kim.command("settings")
    assert "next: Thu 26 Nov at 07:35" in (menu.text or "")


async def test_a_past_time_before_the_waiting_one_keeps_todays(harness: BotHarness) -> None:
    kim = await set_up(harness)
    harness.clock.set(WAITING)
    [reply] = await kim.command("time", "07:20")
    assert reply.text == "Reminder time set to 07:20. Next reminder: coming now."
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
    harness.clock.set(datetime(2026, 11, 26, 6, 20, tzinfo=UTC))  # Thu 07:20 in Berlin
    await harness.tick()
    assert await journal(harness) == [("2026-11-25", "sent"), ("2026-11-26", "sent")]


async def test_a_time_long_past_keeps_todays_within_the_grace(harness: BotHarness) -> None:
    kim = await set_up(harness)
    harness.clock.set(WAITING)
    [reply] = await kim.command("time", "03:00")  # over the 2 h grace before now
    assert reply.text == "Reminder time set to 03:00. Next reminder: coming now."
    await harness.tick()
    assert await journal(harness) == [("2026-11-25", "sent")]


async def test_a_later_time_moves_the_waiting_one_to_it(harness: BotHarness) -> None:
    kim = await set_up(harness)
    harness.clock.set(WAITING)
    [reply] = await kim.command("time", "09:00")
    assert reply.text == "Reminder time set to 09:00. Next reminder: Wed 25 Nov at 09:00."
    await harness.tick()
    assert routines(kim) == []
    harness.clock.advance(timedelta(hours=1, minutes=20))  # 09:00 in Berlin
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]


async def test_with_nothing_waiting_a_past_time_is_tomorrows(harness: BotHarness) -> None:
    kim = await set_up(harness)
    harness.clock.set(datetime(2026, 11, 25, 6, 30, 5, tzinfo=UTC))
    await harness.tick()  # today's went at 07:30:05
    harness.clock.set(WAITING)
    [reply] = await kim.command("time", "07:20")
    assert reply.text == "Reminder time set to 07:20. Next reminder: Thu 26 Nov at 07:20."
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]
