"""Health names a database that cannot be written, and a disk nearly full, at once: not only
minutes later, once the reminder scheduler's last tick has aged past HEALTH_MAX_TICK_AGE."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.ops.health import check_health
from bot.qa.answer import QuestionAnswerer
from bot.testing import BotHarness, sql
from tests.deploy.test_cli import ROOT, just_ticked, run_cli

TICK_AGE = timedelta(minutes=2)
NOBODY = 65534


async def test_a_database_sqlite_refuses_to_write_is_unhealthy_at_once(
    database_path: Path,
    shared_answerer: QuestionAnswerer,
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as bot:
        now = bot.clock.now()
        await bot.repo.scheduler.beat("test", now)  # the scheduler has just ticked
        assert (await check_health(bot.repo, now, TICK_AGE)).describe() == "ok"
        # SQLite then refuses every write as it does a read-only file: SQLITE_READONLY.
        await sql(bot.repo).execute("PRAGMA query_only = ON")
        health = await check_health(bot.repo, now, TICK_AGE)
        await sql(bot.repo).execute("PRAGMA query_only = OFF")
        assert not health.ok
        assert health.problems == (
            "the database cannot be written: attempt to write a readonly database",
        )
        before = await bot.snapshot()
        assert (await check_health(bot.repo, now, TICK_AGE)).ok
        assert await bot.snapshot() == before  # the check itself writes nothing


async def test_a_disk_with_less_room_than_asked_is_unhealthy(tmp_path: Path) -> None:
    database = await just_ticked(tmp_path / "bot.sqlite3")
    free_mb = shutil.disk_usage(tmp_path).free >> 20
    roomy = run_cli("health", database=database, HEALTH_MIN_FREE_MB="1")
    assert (roomy.returncode, roomy.stdout.strip()) == (0, "ok")
    # Asking for more room than the disk has left stands in for a full disk.
    full = run_cli("health", database=database, HEALTH_MIN_FREE_MB=str(free_mb + 1024))
    assert full.returncode == 1
    assert full.stderr.startswith("the disk is nearly full: "), full.stderr
    assert full.stderr.rstrip().endswith(" MB free for the database")


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder anyone may write in (tmp_path's parents are the test user's alone)."""
    with tempfile.TemporaryDirectory(prefix="health-") as folder:
        os.chmod(folder, 0o777)
        yield Path(folder)


def as_another_user() -> list[str]:
    """The prefix that runs a command as a user the file modes bind (root's never do)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    drop = [str(setpriv), f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if setpriv is None or subprocess.run([*drop, sys.executable, "-c", "import bot"],
                                         cwd=ROOT, capture_output=True).returncode:  # fmt: skip
        pytest.skip("running as root, and no other user can run the bot here")
    return drop


@pytest.mark.subprocess
async def test_a_read_only_database_file_is_unhealthy(shared_folder: Path) -> None:
    database = await just_ticked(shared_folder / "bot.sqlite3")
    database.chmod(0o444)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    process = await asyncio.create_subprocess_exec(
        *as_another_user(), sys.executable, "-m", "bot", "health", cwd=ROOT,
        env={**env, "DATABASE_PATH": str(database)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 1, out
    assert err.decode().strip() == (
        "the database cannot be written: attempt to write a readonly database"
    )
