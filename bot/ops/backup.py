"""Consistent online backups of the SQLite database, and the daily backup with retention."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import Repository

logger = logging.getLogger(__name__)

BACKUP_EVERY = timedelta(days=1)
_PREFIX, _SUFFIX, _PARTIAL = "bot-", ".sqlite3", ".partial"


async def backup_to(repo: Repository, target: Path) -> Path:
    """Write a consistent copy of the open database to `target` (VACUUM INTO, bot running)."""
    _check_free(target)
    await repo.backup_to(target)
    return target


def _check_free(target: Path) -> None:
    if target.exists():
        raise FileExistsError(f"{target} already exists")


def backups_in(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (their names sort by time)."""
    return sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}")) if folder.is_dir() else []


async def daily_backup(repo: Repository, folder: Path, keep: int, now: datetime) -> Path | None:
    """Back up if the newest automatic backup is a day old (or missing); keep the newest `keep`.

    Deciding from the files on disk, not from memory, keeps the rhythm across restarts.
    """
    existing = backups_in(folder)
    if existing and now - _taken_at(existing[-1]) < BACKUP_EVERY:
        return None
    stamp = now.astimezone(UTC)
    made = folder / f"{_PREFIX}{stamp:%Y%m%d-%H%M%S}{_SUFFIX}"
    # Written under another name and renamed once whole: a copy cut short (a full disk) leaves
    # no file that looks like a backup, to be counted as today's or restored from.
    partial = made.with_name(made.name + _PARTIAL)
    partial.unlink(missing_ok=True)  # left by a bot killed mid-copy
    try:
        await backup_to(repo, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(made)
    for old in backups_in(folder)[:-keep]:
        old.unlink()
    logger.info("backup written: %s", made.name)
    return made


def _taken_at(path: Path) -> datetime:
    stamp = path.name.removeprefix(_PREFIX).removesuffix(_SUFFIX)
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:  # a file someone renamed: treat it as old
        return datetime.min.replace(tzinfo=UTC)
