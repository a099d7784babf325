"""Backups: a consistent copy taken while the bot writes, daily backups with retention, and the
daily job wired from BACKUP_DIR."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.app import build_application
from bot.emulator import BotApiEmulator, EmulatorRequest
from bot.ops.backup import backup_to, backups_in, daily_backup
from bot.settings import Settings
from bot.store import Repository
from bot.testing import sql

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
WRITES, BACKUP_AFTER = 400, 100


async def add_subscribers(
    repo: Repository, first: int, count: int, *, halfway: asyncio.Event | None = None
) -> None:
    for user_id in range(first, first + count):
        await repo.subscribers.register(
            user_id=user_id, chat_id=user_id, first_name=f"U{user_id}", language_code="en",
            timezone="UTC", reminder_time="07:30", today=NOW.date(), now=NOW,
        )  # fmt: skip
        if halfway is not None and user_id - first + 1 == BACKUP_AFTER:
            halfway.set()


async def test_a_backup_taken_during_writes_restores_intact(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    repo = await Repository.open(live)
    halfway = asyncio.Event()
    writer = asyncio.create_task(add_subscribers(repo, 1, WRITES, halfway=halfway))
    await halfway.wait()  # the writer is mid-way: the copy is taken between its writes
    copy = await backup_to(repo, tmp_path / "backups" / "copy.sqlite3")
    await writer
    assert await sql(repo).fetch_value("SELECT COUNT(*) FROM subscribers") == WRITES
    await repo.close()

    with sqlite3.connect(copy) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Restoring is replacing the database file with the copy; the bot then opens it as usual.
    restored_path = tmp_path / "restored" / "bot.sqlite3"
    restored_path.parent.mkdir()
    shutil.copyfile(copy, restored_path)
    restored = await Repository.open(restored_path)
    try:
        assert await sql(restored).integrity_check() == "ok"
        taken = await sql(restored).fetch_value("SELECT COUNT(*) FROM subscribers")
        assert BACKUP_AFTER <= taken < WRITES  # taken mid-way, at one instant
        ids = [row[0] for row in await sql(restored).fetch_all("SELECT user_id FROM subscribers")]
        assert sorted(ids) == list(range(1, taken + 1))  # whole rows, no gaps
        assert await restored.subscribers.get(1) is not None
    finally:
        await restored.close()


async def test_a_backup_never_overwrites_a_file(tmp_path: Path) -> None:
    repo = await Repository.open(tmp_path / "live.sqlite3")
    existing = tmp_path / "precious.sqlite3"
    existing.write_bytes(b"keep me")
    try:
        with pytest.raises(FileExistsError):
            await backup_to(repo, existing)
    finally:
        await repo.close()
    assert existing.read_bytes() == b"keep me"


async def test_daily_backups_keep_the_newest_ones(tmp_path: Path) -> None:
    repo = await Repository.open(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    (folder / "notes").mkdir(parents=True)  # other files in the folder are left alone
    try:
        for day in range(10):
            now = NOW + timedelta(days=day)
            assert await daily_backup(repo, folder, 3, now) is not None
            assert await daily_backup(repo, folder, 3, now + timedelta(hours=5)) is None
    finally:
        await repo.close()
    names = [path.name for path in backups_in(folder)]
    assert names == [f"bot-202612{day:02d}-060000.sqlite3" for day in (2, 3, 4)]
    assert (folder / "notes").is_dir()
    for path in backups_in(folder):
        with sqlite3.connect(path) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


async def test_backup_dir_schedules_the_daily_backup_job(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    emulator = BotApiEmulator()
    settings = Settings(database_path=tmp_path / "bot.sqlite3", backup_dir=folder, backup_keep=2)
    app = build_application(settings, request=EmulatorRequest(emulator), token=emulator.token)
    assert app.job_queue is not None
    [job] = app.job_queue.get_jobs_by_name("backup")
    repo = await Repository.open(settings.database_path)
    app.bot_data.attach_repository(repo)
    try:
        context: Any = SimpleNamespace(bot_data=app.bot_data)
        await job.callback(context)
        await job.callback(context)  # within the day: no second copy
    finally:
        app.bot_data.attach_repository(None)
        await repo.close()
    assert len(backups_in(folder)) == 1

    unset = build_application(
        Settings(database_path=tmp_path / "other.sqlite3"),
        request=EmulatorRequest(emulator),
        token=emulator.token,
    )
    assert unset.job_queue is not None and unset.job_queue.get_jobs_by_name("backup") == ()
