"""Health tells a database whose write lock another process holds (busy: exit code 3) from one
that is gone or refuses writes (unhealthy: exit code 1). The other process here is a real
second connection holding BEGIN IMMEDIATE; the check's wait is set small, never slept for."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.ops.health import BUSY, HEALTHY, UNHEALTHY, check_health
from bot.store import Repository
from bot.store.database import Database
from tests.deploy.test_cli import just_ticked, run_cli
from tests.processes import the_one_line

TICK_AGE = timedelta(minutes=2)


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another connection inside a write transaction (a long upkeep, an operator's shell)."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO runtime_state (key, value) VALUES ('elsewhere', 'x')")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


async def test_a_held_write_lock_is_busy_not_unreachable(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    repo = Repository(await Database.open(path, busy_timeout_ms=50))
    now = datetime.now(UTC)
    await repo.scheduler.beat("test", now)
    try:
        with write_lock_held(path):
            busy = await check_health(repo, now, TICK_AGE)
            # The reads go on: a tick too old is named beside the lock, and is the worse news.
            stale = await check_health(repo, now + timedelta(hours=1), TICK_AGE)
        after = await check_health(repo, now, TICK_AGE)
    finally:
        await repo.close()
    assert busy.problems == ("the database is busy: a write has held the lock for over 0.05 s",)
    assert busy.exit_code == BUSY
    assert stale.problems == (
        "the database is busy: a write has held the lock for over 0.05 s",
        "the reminder scheduler last ticked 3600 s ago",
    )
    assert stale.exit_code == UNHEALTHY
    assert (after.describe(), after.exit_code) == ("ok", HEALTHY)


def check_busy_then_free(database: Path) -> None:
    """`health` exits 3 saying busy while another process holds the write lock, 0 once freed."""
    with write_lock_held(database):
        held = run_cli("health", database=database, HEALTH_BUSY_WAIT="0.2")
    assert held.returncode == 3, held.stderr
    assert held.stderr.strip() == "the database is busy: a write has held the lock for over 0.2 s"
    free = run_cli("health", database=database, HEALTH_BUSY_WAIT="0.2")
    assert (free.returncode, free.stdout.strip()) == (0, "ok")


@pytest.mark.subprocess
async def test_the_command_exits_3_while_another_process_holds_the_lock(tmp_path: Path) -> None:
    database = await just_ticked(tmp_path / "bot.sqlite3")
    check_busy_then_free(database)

    too_long = run_cli("health", database=database, HEALTH_BUSY_WAIT="10")
    assert too_long.returncode == 2
    assert "HEALTH_BUSY_WAIT" in the_one_line(too_long.stderr)


@pytest.mark.subprocess
async def test_the_command_exits_3_when_opening_meets_the_lock(tmp_path: Path) -> None:
    # A database restored from a backup is in rollback-journal mode (VACUUM INTO writes it so)
    # until the bot opens it; while the bot migrates it, opening it waits for the write lock.
    live = await Repository.open(tmp_path / "live.sqlite3")
    await live.scheduler.beat("test", datetime.now(UTC))
    database = tmp_path / "bot.sqlite3"
    await live.backup_to(database)
    await live.close()
    check_busy_then_free(database)
