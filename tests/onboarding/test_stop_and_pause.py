"""/pause and /stop, as a person meets them: both turn the morning reminder off and keep every
record; a pause keeps the streak, a stop does not, and the bot says so; /start after a /stop
brings the reminders back even if a pause came before it (before: it said they were on again
while the pause kept them off, and its summary read "arrives on no reminder scheduled")."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness, sql
from tests.subscribers import routines, set_up

KIM = 7
MINUTE = timedelta(minutes=1)


async def column(harness: BotHarness, name: str) -> object:
    return await sql(harness.repo).fetch_value(
        f"SELECT {name} FROM subscribers WHERE user_id = ?", (KIM,)
    )


async def test_start_after_pause_and_stop_brings_the_reminders_back(harness: BotHarness) -> None:
    kim = await set_up(harness)  # Wed 25 Nov, 07:00 in Berlin
    await kim.command("pause")
    [stopped] = await kim.command("stop")
    assert "/pause" in (stopped.text or "") and "streak" in (stopped.text or "")
    welcome, summary = await kim.command("start")
    assert welcome.text == (
        "Welcome back, Kim! Your history is still here and your reminders are on again."
    )
    assert "Next routine: Wed 25 Nov at 07:30." in (summary.text or "")
    assert await column(harness, "paused") == 0
    harness.clock.advance(31 * MINUTE)  # 07:31 in Berlin
    await harness.tick()
    assert routines(kim) == ["Your routine for Wednesday 25 November: Recovering"]


async def test_start_during_a_pause_says_the_reminders_are_paused(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await kim.command("pause")
    _, summary = await kim.command("start")
    assert "Next routine: none while your reminders are paused (send /resume" in (
        summary.text or ""
    )
    assert await column(harness, "paused") == 1


async def test_a_time_set_while_stopped_says_the_reminders_are_stopped(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    await kim.command("stop")
    [said] = await kim.command("time", "08:00")
    assert said.text == (
        "Reminder time set to 08:00. Next reminder: none while your reminders are stopped"
        " (send /start to have them back)."
    )


async def test_help_tells_pause_from_stop(harness: BotHarness) -> None:
    kim = await set_up(harness)
    [help_] = await kim.command("help")
    lines = (help_.text or "").splitlines()
    assert "/pause - Pause reminders, keeping your streak, e.g. /pause 3 for three days" in lines
    assert "/stop - Stop reminders until you /start again (your history is kept)" in lines
