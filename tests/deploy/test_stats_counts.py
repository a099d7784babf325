"""/stats reads counts SQLite keeps as rows are written (migration 17): after any sequence of the
repository's writes (retries, double taps, skips, undos, pauses, blocks, /forget, a write rolled
back) and after an old database is migrated, its figures are exactly those the rows give."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import Repository
from bot.store.database import Database
from bot.store.epoch import to_epoch
from bot.store.migrations import MIGRATIONS
from bot.store.stats import Stats
from bot.testing import sql

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
DAYS = [date(2026, 11, 17) + timedelta(days=n) for n in range(9)]  # two before /stats's week
PEOPLE = range(1, 7)

# What the figures mean: the whole tables, read row by row (as /stats did before migration 15).
_ROWS_BY_STATE = "SELECT paused, status, COUNT(*) FROM subscribers GROUP BY paused, status"
_ROWS_ROUTINES = "SELECT COUNT(*), COUNT(completed_at) FROM routines WHERE local_date > :week"


async def figures_from_rows(db: Database) -> tuple[int, ...]:
    """(active, paused, stopped, blocked, routines shown, completed) counted from the rows."""
    states = {"active": 0, "paused": 0, "stopped": 0, "blocked": 0}
    for paused, status, n in await db.fetch_all(_ROWS_BY_STATE):
        states["paused" if status == "active" and paused else status] += n
    week = (NOW.date() - timedelta(days=7)).isoformat()
    row = await db.fetch_one(_ROWS_ROUTINES, {"week": week})
    assert row is not None
    return (*states.values(), row[0], row[1])


def shown(stats: Stats) -> tuple[int, ...]:
    return (stats.active, stats.paused, stats.stopped, stats.blocked, stats.routines_7d,
            stats.completed_7d)  # fmt: skip


async def register(repo: Repository, user_id: int) -> None:
    await repo.subscribers.register(
        user_id=user_id, chat_id=user_id, first_name="P", language_code="en", timezone="UTC",
        reminder_time="07:00", today=NOW.date(), now=NOW,
    )  # fmt: skip


PLAN = '{"items": []}'


async def start(repo: Repository, who: int, day: date) -> None:
    await register(repo, who)  # again or anew: an upsert (a stopped person becomes active)


async def pause(repo: Repository, who: int, day: date) -> None:
    await repo.subscribers.update(who, NOW, paused=True)


async def resume(repo: Repository, who: int, day: date) -> None:
    await repo.subscribers.update(who, NOW, paused=False, status="active")


async def stop(repo: Repository, who: int, day: date) -> None:
    await repo.subscribers.update(who, NOW, status="stopped")


async def blocked(repo: Repository, who: int, day: date) -> None:
    """The morning's send found the chat gone."""
    await repo.deliveries.deactivate(0, user_id=who, reason="403", attempts=1, now=NOW)


async def shown_today(repo: Repository, who: int, day: date) -> None:
    """/today, tapped twice: the second keeps the first plan (for someone not forgotten)."""
    if await repo.subscribers.get(who) is None:
        return
    await repo.routine_plans.keep(who, day, phase="recovering", plan_json=PLAN, now=NOW)


async def all_done(repo: Repository, who: int, day: date) -> None:
    """The day's routine, a set, then "all done" (a retry of any of them changes nothing)."""
    await shown_today(repo, who, day)
    if await repo.subscribers.get(who) is None:
        return
    await repo.sets.record_set(who, day, "walk", 1, NOW)
    await repo.sets.mark_completed(who, day, NOW)


async def undo(repo: Repository, who: int, day: date) -> None:
    await repo.sets.undo_last_set(who, day)


async def skip(repo: Repository, who: int, day: date) -> None:
    await repo.checkins.skip(who, day, "pain")


async def new_phase(repo: Repository, who: int, day: date) -> None:
    """A day's routine moved to another phase, nothing of it recorded."""
    await repo.routine_plans.replace_untouched(who, day, phase="prevention", plan_json=PLAN)


async def forget(repo: Repository, who: int, day: date) -> None:
    await repo.subscribers.forget(who)


async def rolled_back(repo: Repository, who: int, day: date) -> None:
    """A write rolled back takes its counts back with it."""
    with pytest.raises(sqlite3.IntegrityError):
        async with sql(repo).transaction() as conn:
            await conn.execute("UPDATE routines SET completed_at = 1 WHERE user_id = ?", (who,))
            await conn.execute("UPDATE subscribers SET status = 'stopped'")
            await conn.execute("INSERT INTO subscribers (user_id) VALUES (1)")


WRITES = [start, pause, resume, stop, blocked, shown_today, all_done, all_done, undo, skip,
          new_phase, forget, rolled_back]  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_figures_follow_every_write(tmp_path: Path, seed: int) -> None:
    repo = await Repository.open(tmp_path / "bot.sqlite3")
    rng = random.Random(seed)
    for user_id in PEOPLE:
        await register(repo, user_id)
    done: list[str] = []
    for _ in range(150):
        write = rng.choice(WRITES)
        await write(repo, rng.choice(PEOPLE), rng.choice(DAYS))
        done.append(write.__name__)
        assert shown(await repo.stats.collect(NOW)) == await figures_from_rows(sql(repo)), done
    # The walk went through every kind of write, and the counts were not all zero.
    assert set(done) == {write.__name__ for write in WRITES}
    assert sum(shown(await repo.stats.collect(NOW))) > 0
    await repo.close()


async def test_a_persons_forget_takes_their_routines_out_through_the_cascade(
    tmp_path: Path,
) -> None:
    repo = await Repository.open(tmp_path / "bot.sqlite3")
    for user_id in (1, 2):
        await register(repo, user_id)
        await repo.routine_plans.keep(user_id, NOW.date(), phase="recovering", plan_json="{}",
                                      now=NOW)  # fmt: skip
    await repo.sets.mark_completed(1, NOW.date(), NOW)
    await sql(repo).execute("DELETE FROM subscribers WHERE user_id = 1")  # cascades
    assert shown(await repo.stats.collect(NOW)) == (1, 0, 0, 0, 1, 0)
    assert shown(await repo.stats.collect(NOW)) == await figures_from_rows(sql(repo))
    await repo.close()


async def test_an_old_database_shows_the_same_figures_once_migrated(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    old = await Database.open(path, migrations=[m for m in MIGRATIONS if m.number < 17])
    created = to_epoch(NOW - timedelta(days=30))
    states = [("active", 0), ("active", 1), ("stopped", 0), ("blocked", 0), ("stopped", 1)]
    for user_id, (status, paused) in enumerate(states, start=1):
        await old.execute(
            "INSERT INTO subscribers (user_id, chat_id, timezone, reminder_time,"
            " programme_start, status, paused, created_at, updated_at)"
            " VALUES (?, ?, 'UTC', '07:00', '2026-10-26', ?, ?, ?, ?)",
            (user_id, user_id, status, paused, created, created),
        )
        for n, day in enumerate(DAYS[: user_id + 3]):
            await old.execute(
                "INSERT INTO routines (user_id, local_date, phase, plan_json, created_at,"
                " completed_at) VALUES (?, ?, 'recovering', '{}', ?, ?)",
                (user_id, day.isoformat(), created, created if (n + user_id) % 2 else None),
            )
    before = await figures_from_rows(old)
    await old.close()

    repo = await Repository.open(path)  # migration 17 fills the counts from the rows
    assert shown(await repo.stats.collect(NOW)) == before == (1, 1, 2, 1, 20, 9)
    await repo.sets.record_set(2, DAYS[3], "walk", 1, NOW)  # one of the old completions
    await repo.sets.undo_last_set(2, DAYS[3])  # undone
    await repo.subscribers.update(5, NOW, status="active")  # stopped and paused: now paused
    assert shown(await repo.stats.collect(NOW)) == await figures_from_rows(sql(repo))
    assert shown(await repo.stats.collect(NOW)) == (1, 2, 1, 1, 20, 8)
    await repo.close()
