"""Days inside a /pause neither break a streak nor add to it; a day simply missed breaks it."""

from __future__ import annotations

from datetime import date

from bot.testing import BotHarness, ChatUser, sql
from tests.tracking.test_progress import DAY, finish_today, ready


async def five_days(harness: BotHarness) -> ChatUser:
    pat = await ready(harness)
    for day in range(1, 6):
        if day > 1:
            harness.clock.advance(DAY)
        assert f"Days in a row: {day} (best: {day})" in ((await finish_today(pat)).text or "")
    return pat


async def test_a_pause_keeps_the_streak_going_after_it(harness: BotHarness) -> None:
    pat = await five_days(harness)
    [said] = await pat.command("pause", "3")
    assert "paused" in (said.text or "").lower()
    [(first, last)] = await sql(harness.repo).fetch_all("SELECT first_day, last_day FROM pauses")
    assert (date.fromisoformat(last) - date.fromisoformat(first)).days == 3
    harness.clock.advance(4 * DAY)  # three paused days, then back on the fourth
    assert "Days in a row: 6 (best: 6)" in ((await finish_today(pat)).text or "")
    [photo] = await pat.command("progress")
    assert "Days in a row: 6 (best: 6)" in (photo.text or "")


async def test_a_pause_ended_early_by_resume_covers_only_the_days_it_lasted(
    harness: BotHarness,
) -> None:
    pat = await five_days(harness)
    await pat.command("pause")  # until /resume
    harness.clock.advance(2 * DAY)
    await pat.command("resume")
    [(first, last)] = await sql(harness.repo).fetch_all("SELECT first_day, last_day FROM pauses")
    assert (date.fromisoformat(last) - date.fromisoformat(first)).days == 2
    assert "Days in a row: 6 (best: 6)" in ((await finish_today(pat)).text or "")
    harness.clock.advance(2 * DAY)  # the day after is missed: no pause covers it
    assert "Days in a row: 1 (best: 6)" in ((await finish_today(pat)).text or "")


async def test_days_simply_missed_still_break_the_streak(harness: BotHarness) -> None:
    pat = await five_days(harness)
    harness.clock.advance(4 * DAY)  # three days missed without a pause
    assert "Days in a row: 1 (best: 5)" in ((await finish_today(pat)).text or "")
