"""A /pause and the row that keeps its days (the pauses table) are written in one transaction:
a failure between them leaves neither (before: a paused subscriber without a pause row, whose
streak then broke over the pause), and the same for /resume ending it."""

from __future__ import annotations

from bot.testing import BotHarness, sql
from tests.subscribers import set_up


async def paused_and_open_pauses(harness: BotHarness) -> tuple[int, int]:
    db = sql(harness.repo)
    paused = await db.fetch_value("SELECT paused FROM subscribers WHERE user_id = 7")
    running = await db.fetch_value(
        "SELECT COUNT(*) FROM pauses WHERE user_id = 7 AND last_day IS NULL"
    )
    return int(paused), int(running)


async def fail_writes_to_pauses(harness: BotHarness, verb: str) -> None:
    """The database refuses the pause row's write, as a crash just before it would leave it."""
    await sql(harness.repo).execute(
        f"CREATE TRIGGER no_pause BEFORE {verb} ON pauses BEGIN SELECT RAISE(ABORT, 'crash'); END"
    )


async def test_a_pause_whose_row_fails_is_not_half_written(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await fail_writes_to_pauses(harness, "INSERT")
    await kim.command("pause")
    assert harness.errors  # the write failed, and the person was not told it was done
    assert await paused_and_open_pauses(harness) == (0, 0)
    await sql(harness.repo).execute("DROP TRIGGER no_pause")
    [paused] = await kim.command("pause")
    assert (paused.text or "").startswith("Reminders paused")
    assert await paused_and_open_pauses(harness) == (1, 1)


async def test_a_resume_whose_row_fails_leaves_the_pause_whole(harness: BotHarness) -> None:
    kim = await set_up(harness)
    await kim.command("pause")
    await fail_writes_to_pauses(harness, "UPDATE")
    await kim.command("resume")
    assert harness.errors
    assert await paused_and_open_pauses(harness) == (1, 1)
