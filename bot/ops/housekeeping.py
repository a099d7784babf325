"""The upkeep a running bot owes its operator, whichever messaging apps are on: the daily backup.

It belongs to the process that owns the database, not to a messaging app: bot/runner.py starts
it for `python -m bot run` (Telegram only, WhatsApp only or both), the application's post_init
for an application on its own. The first check comes as soon as the bot serves, then one every
hour; whether a backup is due is decided from the services' clock and the files on disk, so a
restart keeps the daily rhythm and an injected clock drives it in tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.ops.backup import daily_backup
from bot.services import BotServices

logger = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 3600.0


class Housekeeping:
    """Checks hourly whether the daily backup is due, until stopped; started by the owner of
    the database and stopped before it closes (a backup under way is finished first)."""

    def __init__(self, services: BotServices, *, every: float = CHECK_EVERY_SECONDS) -> None:
        self._services = services
        self._every = every
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Check now, then every hour (inside the running event loop); with nothing to keep
        (BACKUP_DIR unset) it does nothing."""
        if self._services.settings.backup_dir is not None:
            self._task = asyncio.create_task(self._run(), name="housekeeping")

    async def stop(self) -> None:
        """Stop checking; a backup being written is completed first."""
        self._stop.set()
        if self._task is not None:
            await self._task

    async def check(self) -> None:
        """Write the daily backup if the newest is a day old; a failure is logged, not raised
        (a full disk must not stop the bot: the next check tries again)."""
        settings = self._services.settings
        if settings.backup_dir is None:
            return
        try:
            await daily_backup(
                self._services.repo,
                settings.backup_dir,
                settings.backup_keep,
                self._services.clock.now(),
            )
        except Exception as exc:  # OSError (disk full, permissions), sqlite3 errors
            logger.error("automatic backup failed, tried again in an hour: %s", exc)

    async def _run(self) -> None:
        while True:  # the first check is made even if the bot stops at once
            await self.check()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self._every)
                return
