"""Helpers for bench/scheduler.py: large subscriber databases, made fast (not a benchmark)."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.content.loader import default_content_dir, load_content
from bot.store.database import Database

# Every generated subscriber's reminder falls on this day (UTC), spread over its hours.
DAY_START = datetime(2026, 11, 25, tzinfo=UTC)
CREATED = datetime(2026, 11, 1, tzinfo=UTC)

_INSERT = """
WITH RECURSIVE seq(i) AS (SELECT :first UNION ALL SELECT i + 1 FROM seq WHERE i < :last)
INSERT INTO subscribers (
    user_id, chat_id, first_name, language_code, timezone, reminder_time, reminder_days,
    programme_start, onboarding_step, next_reminder_at, created_at, updated_at)
SELECT i, i, 'User ' || i, 'en',
       CASE i % 4 WHEN 0 THEN 'Europe/Berlin' WHEN 1 THEN 'America/New_York'
                  WHEN 2 THEN 'Asia/Tokyo' ELSE 'UTC' END,
       printf('%02d:%02d', 5 + i % 5, (i * 7) % 60), 127, '2026-11-01', NULL,
       :day_start + :spread_start + (i * 7919) % :spread, :created, :created
FROM seq
"""


def make_database(
    path: Path,
    count: int,
    *,
    due_within: tuple[int, int] = (0, 86_400),
    met_every_exercise: bool = False,
) -> Path:
    """A migrated database with `count` active subscribers whose reminders fall on DAY_START.

    Their `next_reminder_at` is spread over `due_within` (seconds after DAY_START's midnight).
    With `met_every_exercise`, each has been shown every exercise's card, so the morning is an
    ordinary one (the routine alone), not the first, which brings the cards.
    The due index is dropped during the bulk insert and rebuilt after: much faster than
    maintaining it row by row.
    """
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    asyncio.run(_migrate(path))
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        index_sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'subscribers_due'"
        ).fetchone()[0]
        conn.execute("DROP INDEX subscribers_due")
        start, end = due_within
        conn.execute(
            _INSERT,
            {
                "first": 1,
                "last": count,
                "day_start": int(DAY_START.timestamp()),
                "spread_start": start,
                "spread": max(1, end - start),
                "created": int(CREATED.timestamp()),
            },
        )
        conn.execute(index_sql)
        if met_every_exercise:
            exercises = tuple(load_content(default_content_dir()).exercises)
            conn.executemany(
                "INSERT INTO exercise_intros (user_id, exercise_id, shown_at)"
                " SELECT user_id, ?, created_at FROM subscribers",
                [(exercise_id,) for exercise_id in exercises],
            )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a generated database (checkpointed, so the main file is complete)."""
    shutil.copyfile(source, target)
    return target


async def _migrate(path: Path) -> None:
    db = await Database.open(path)
    await db.close()
