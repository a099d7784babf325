"""An admin's /stats after a real morning, through the emulator: the counts SQLite keeps as the
bot writes (migration 17) say what the rows say, after reminders, a double tap, a skip, an undo,
a pause, a stop and a block."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql
from tests.subscribers import routines, set_up

HOUR = timedelta(hours=1)


async def test_stats_after_a_morning_of_taps_and_changes(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(
        database_path, answerer=shared_answerer, admin_ids="71"
    ) as harness:
        people = [await set_up(harness, user_id=n, name=f"P{n}") for n in range(1, 7)]
        ada = harness.user(71, "Ada")
        await ada.command("start")  # an admin who never finished set-up is still a subscriber
        harness.clock.advance(HOUR)  # 07:30 in Berlin: everyone's reminder is due
        await harness.tick()
        assert all(routines(person) for person in people)
        routine = {
            p.chat_id: next(m.message_id for m in p.messages
                            if (m.text or "").startswith("Your routine for"))
            for p in people
        }  # fmt: skip
        first, second, third, fourth, fifth, sixth = people
        done = first.message(routine[1]).button("✅ All done").callback_data
        await first.tap(routine[1], data=done)
        await first.tap(routine[1], data=done)  # a double tap (seen before the edit): no change
        await second.tap(routine[2], text="✅ All done")
        await third.tap(routine[3], text="✅ All done")
        await third.tap(routine[3], text="↩ Undo last set")  # no longer all done
        await fifth.tap(routine[5], text="Skip today")
        await fourth.command("pause")
        await fifth.command("stop")
        await sixth.block_bot()

        [numbers] = await ada.command("stats")
        rows = await sql(harness.repo).fetch_one(
            "SELECT COUNT(*), COUNT(completed_at) FROM routines"
        )
        states = await sql(harness.repo).fetch_all(
            "SELECT status, paused, COUNT(*) FROM subscribers GROUP BY status, paused"
        )
    assert rows is not None and tuple(rows) == (6, 2)
    assert sorted(tuple(row) for row in states) == [
        ("active", 0, 4), ("active", 1, 1), ("blocked", 0, 1), ("stopped", 0, 1)
    ]  # fmt: skip
    assert (numbers.text or "").splitlines()[0::2] == [
        "Subscribers: 4 active, 1 paused, 1 stopped, 1 blocked",
        "Routines in the last 7 days: 2 of 6 completed (33%)",
    ]
