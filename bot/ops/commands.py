"""`python -m bot health | backup PATH | stats`: operator commands against the database.

They open their own connection, so they work beside a running bot (SQLite in WAL mode lets
readers and one writer share the file). Run them as the bot's user, so files SQLite creates
beside the database (-wal, -shm) stay the bot's.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.content.loader import default_content_dir, load_content
from bot.ops.backup import backup_to
from bot.ops.health import BUSY, UNHEALTHY, check_health
from bot.ops.stats import stats_text
from bot.settings import Settings
from bot.store import Repository
from bot.store.database import BUSY_TIMEOUT_MS, Database, DatabaseBusy, is_busy


async def run_ops_command(command: str, settings: Settings, args: argparse.Namespace) -> int:
    """Run one operator command; return the process exit code."""
    path = settings.database_path
    verdict = "unhealthy" if command == "health" else "error"
    # The check waits HEALTH_BUSY_WAIT for another process's write, within the container's
    # 10 s check timeout; the other commands wait as long as the bot does.
    busy_ms = (
        int(settings.health_busy_wait.total_seconds() * 1000)
        if command == "health"
        else BUSY_TIMEOUT_MS
    )
    if not path.is_file():
        print(f"{verdict}: no database at DATABASE_PATH={path}", file=sys.stderr)
        return 1
    try:
        # No migrations: a check every minute must not take the write lock; the bot migrates.
        repo = Repository(await Database.open(path, migrations=(), busy_timeout_ms=busy_ms))
    except sqlite3.Error as exc:  # not a database, unreadable, or locked past the busy wait
        if is_busy(exc):
            # Another process held the write lock all the while (the bot migrating a database
            # restored from a backup, which is not yet in WAL mode): busy, as after opening.
            busy = DatabaseBusy(busy_ms / 1000)
            if command == "health":
                print(f"the database is busy: {busy}", file=sys.stderr)
                return BUSY
            print(f"{verdict}: the database is busy: {busy}", file=sys.stderr)
            return UNHEALTHY
        print(f"{verdict}: database unreachable at DATABASE_PATH={path} ({exc})", file=sys.stderr)
        return 1
    try:
        now = datetime.now(UTC)
        if command == "health":
            health = await check_health(
                repo, now, settings.health_max_tick_age, min_free_mb=settings.health_min_free_mb
            )
            print(health.describe(), file=sys.stdout if health.ok else sys.stderr)
            return health.exit_code
        if command == "backup":
            target = Path(args.path)
            try:
                await backup_to(repo, target)
            except FileExistsError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            print(f"backup written to {target}")
            return 0
        content = load_content(settings.content_dir or default_content_dir())
        print(stats_text(await repo.stats.collect(now), content.texts))
        return 0
    finally:
        await repo.close()
