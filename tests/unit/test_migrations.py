"""Migrations: a fresh database and an old one both end at the newest schema."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from bot.store.database import Database
from bot.store.migrations import MIGRATIONS, Migration


async def schema_of(path: Path) -> list[tuple[str, str]]:
    async with aiosqlite.connect(path) as conn:
        cursor = await conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [(row[0], row[1]) for row in await cursor.fetchall()]


async def test_fresh_database_reaches_newest_schema(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "fresh.sqlite3")
    numbers = [row[0] for row in await db.fetch_all("SELECT number FROM schema_migrations")]
    assert numbers == [m.number for m in MIGRATIONS]
    assert await db.fetch_value("PRAGMA journal_mode") == "wal"
    assert await db.fetch_value("PRAGMA foreign_keys") == 1
    await db.close()


async def test_repeated_runs_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite3"
    db = await Database.open(path)
    await db.close()
    first = await schema_of(path)
    db = await Database.open(path)
    assert await db.migrate() == []
    await db.close()
    assert await schema_of(path) == first


async def test_old_database_is_upgraded(tmp_path: Path) -> None:
    """A database made by an older release gets only the missing steps, keeping its rows."""
    old = tmp_path / "old.sqlite3"
    extra = Migration(
        len(MIGRATIONS) + 1, "test column", "ALTER TABLE runtime_state ADD note TEXT"
    )
    db = await Database.open(old)
    await db.execute("INSERT INTO runtime_state (key, value) VALUES ('k', 'v')")
    assert await db.migrate([*MIGRATIONS, extra]) == [extra.number]
    assert await db.fetch_value("SELECT value FROM runtime_state WHERE key = 'k'") == "v"
    await db.close()
    fresh = tmp_path / "fresh.sqlite3"
    db = await Database.open(fresh, migrations=[*MIGRATIONS, extra])
    await db.close()
    assert await schema_of(old) == await schema_of(fresh)


async def test_a_failing_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    broken = Migration(
        len(MIGRATIONS) + 1,
        "broken",
        "CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1)",
    )
    db = await Database.open(tmp_path / "b.sqlite3")
    try:
        await db.migrate([*MIGRATIONS, broken])
    except aiosqlite.OperationalError:
        pass
    else:
        raise AssertionError("the broken migration should fail")
    tables = {row[0] for row in await db.fetch_all("SELECT name FROM sqlite_master")}
    assert "half" not in tables
    assert await db.fetch_value("SELECT MAX(number) FROM schema_migrations") == len(MIGRATIONS)
    await db.close()
