"""A routine finished after midnight counts for its own day, and the words say which day
(before: "That's today's routine done" for yesterday's)."""

from __future__ import annotations

from datetime import timedelta

from bot.testing import BotHarness
from tests.subscribers import set_up


async def test_yesterdays_routine_finished_after_midnight_is_named_and_counted(
    harness: BotHarness,
) -> None:
    kim = await set_up(harness)
    *_, routine = await kim.command("today")  # Wednesday 25 November, 07:00 in Berlin
    harness.clock.advance(timedelta(hours=17, minutes=30))  # Thursday 00:30 in Berlin
    [congratulation] = await kim.tap(routine, text="✅ All done")
    text = congratulation.text or ""
    assert text.startswith("🎉 That's Wednesday's routine done. Well done!"), text
    assert "Days in a row: 1 (best: 1)." in text
    [progress, *_] = await kim.command("progress")
    assert "This week: 1 of 2 days done" in (progress.text or "")  # joined Wednesday; now Thursday
