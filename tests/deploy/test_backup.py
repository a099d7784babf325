"""Backups: a consistent copy taken while the bot writes, daily backups with retention, the
daily check started with the bot from BACKUP_DIR (on its injected clock), and a copy cut short
by a full disk. `tests/e2e/test_backup_process.py` runs it in every mode of `python -m bot run`."""

from __future__ import annotations

import asyncio
import contextlib
import resource
import shutil
import signal
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from bot.ops.backup import backup_to, backups_in, daily_backup
from bot.ops.housekeeping import Housekeeping
from bot.qa.answer import QuestionAnswerer
from bot.store import Repository
from bot.testing import BotHarness, sql

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


async def test_backup_dir_starts_the_daily_backup_on_the_bots_clock(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    folder = database_path.parent / "backups"
    async with BotHarness.running(
        database_path, answerer=shared_answerer, backup_dir=folder, backup_keep=2
    ) as bot:
        upkeep = cast(Housekeeping, bot.services.scheduler.upkeep)
        await upkeep.stop()  # its first check, made as the bot started, is over
        assert names(folder) == ["bot-20261125-060000.sqlite3"]
        bot.clock.advance(timedelta(hours=23))
        await upkeep.check()  # the newest is not a day old yet
        assert names(folder) == ["bot-20261125-060000.sqlite3"]
        for day in (1, 2):
            bot.clock.advance(timedelta(hours=1 if day == 1 else 24))
            await upkeep.check()
    assert names(folder) == ["bot-20261126-060000.sqlite3", "bot-20261127-060000.sqlite3"]


async def test_no_backup_dir_no_backups(
    database_path: Path, shared_answerer: QuestionAnswerer
) -> None:
    async with BotHarness.running(database_path, answerer=shared_answerer) as bot:
        upkeep = cast(Housekeeping, bot.services.scheduler.upkeep)
        await upkeep.check()
    assert sorted(path.name for path in database_path.parent.iterdir()) == [
        path.name for path in sorted(database_path.parent.glob("bot.sqlite3*"))
    ]


def names(folder: Path) -> list[str]:
    return [path.name for path in backups_in(folder)]


@contextlib.contextmanager
def files_limited_to(size: int) -> Iterator[None]:
    """This process may write no file past `size` bytes (as on a full disk), then again may."""
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, handler)


async def test_a_backup_cut_short_leaves_no_backup_and_is_tried_again(
    database_path: Path, caplog: pytest.LogCaptureFixture, shared_answerer: QuestionAnswerer
) -> None:
    folder = database_path.parent / "backups"
    async with BotHarness.running(
        database_path, answerer=shared_answerer, backup_dir=folder
    ) as bot:
        upkeep = cast(Housekeeping, bot.services.scheduler.upkeep)
        await upkeep.stop()
        [first] = backups_in(folder)
        first.unlink()  # a day later, say, with more people: the copy is due again
        await add_subscribers(bot.repo, 1, WRITES)
        with files_limited_to(64 * 1024):  # smaller than the copy: the disk fills mid-way
            await upkeep.check()
        assert list(folder.iterdir()) == []  # nothing that looks like a backup, nor a part
        assert "automatic backup failed, tried again in an hour" in caplog.text
        await upkeep.check()  # the next check, with room on the disk
        [made] = backups_in(folder)
    with sqlite3.connect(made) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT COUNT(*) FROM subscribers").fetchone() == (WRITES,)


async def test_writes_go_on_while_a_backup_is_copying(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = await Repository.open(tmp_path / "live.sqlite3")
    await add_subscribers(repo, 1, WRITES)
    copying, go_on = threading.Event(), threading.Event()

    def paused_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = plain_connect(*args, **kwargs)

        def pause() -> int:  # SQLite calls it as it copies: the copy is under way
            copying.set()
            go_on.wait(timeout=60)
            return 0  # go on copying

        conn.set_progress_handler(pause, 1000)
        return conn

    plain_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", paused_connect)  # the backup's connection only
    backup = asyncio.create_task(backup_to(repo, tmp_path / "copy.sqlite3"))
    try:
        assert await asyncio.to_thread(copying.wait, 60), "the backup never started copying"
        # A tap's write, on the bot's own connection, lands while the copy is half made.
        write = add_subscribers(repo, WRITES + 1, 1)
        await asyncio.wait_for(write, timeout=60)
        assert await repo.subscribers.get(WRITES + 1) is not None
        assert not backup.done()
    finally:
        go_on.set()
        copy = await backup
        monkeypatch.undo()
        await repo.close()
    with sqlite3.connect(copy) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # One snapshot, taken as the copy began: without the write made meanwhile.
        assert check.execute("SELECT COUNT(*) FROM subscribers").fetchone() == (WRITES,)
