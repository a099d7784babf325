"""`python -m bot health | stats | backup PATH | secret` as an operator (or a container check)
runs them: exit codes, output, and a one-line error for every problem."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.settings import load_settings
from bot.store import Repository
from tests.deploy.test_backup import add_subscribers
from tests.processes import the_one_line

pytestmark = pytest.mark.subprocess

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, database: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(DATABASE_PATH=str(database), **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env,
        cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


async def just_ticked(database: Path) -> Path:
    """`database` created, its scheduler having ticked just now (a healthy bot's), and closed."""
    repo = await Repository.open(database)
    await repo.scheduler.beat("test", datetime.now(UTC))
    await repo.close()
    return database


async def test_health_exit_codes(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    missing = run_cli("health", database=database)
    assert missing.returncode == 1 and "no database at DATABASE_PATH=" in missing.stderr

    repo = await Repository.open(database)
    never = run_cli("health", database=database)
    assert never.returncode == 1 and "has not ticked yet" in never.stderr
    await repo.scheduler.beat("test", datetime.now(UTC) - timedelta(hours=1))
    stale = run_cli("health", database=database)
    assert stale.returncode == 1 and re.search(r"last ticked 36\d\d s ago", stale.stderr)
    await repo.scheduler.beat("test", datetime.now(UTC))
    await repo.close()
    healthy = run_cli("health", database=database)
    assert (healthy.returncode, healthy.stdout.strip()) == (0, "ok")

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database, just bytes " * 40)
    broken = run_cli("health", database=garbage)
    assert broken.returncode == 1 and "database unreachable" in broken.stderr

    misconfigured = run_cli("health", database=database, HEALTH_MAX_TICK_AGE="1")
    assert misconfigured.returncode == 2
    assert "HEALTH_MAX_TICK_AGE" in the_one_line(misconfigured.stderr)


async def test_stats_backup_and_secret(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    repo = await Repository.open(database)
    await add_subscribers(repo, 1, 3)
    await repo.subscribers.update(2, datetime.now(UTC), status="blocked")
    await repo.close()

    stats = run_cli("stats", database=database)
    assert stats.returncode == 0, stats.stderr
    assert stats.stdout.splitlines() == [
        "Subscribers: 2 active, 0 paused, 0 stopped, 1 blocked",
        "Reminders in the last 24 h: 0 sent, 0 failed",
        "Routines in the last 7 days: 0 of 0 completed (0%)",
    ]

    copy = tmp_path / "copies" / "copy.sqlite3"
    backup = run_cli("backup", str(copy), database=database)
    assert backup.returncode == 0 and str(copy) in backup.stdout
    with sqlite3.connect(copy) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT COUNT(*) FROM subscribers").fetchone() == (3,)
    again = run_cli("backup", str(copy), database=database)
    assert again.returncode == 2 and "already exists" in again.stderr

    secret = run_cli("secret", database=database).stdout.strip()
    assert re.fullmatch(r"[A-Za-z0-9_-]{40,256}", secret)
    accepted = load_settings(webhook_url="https://bot.example.com/telegram", webhook_secret=secret)
    assert accepted.webhook_secret is not None
