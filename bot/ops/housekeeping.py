"""The upkeep a running bot owes its operator, whichever messaging apps are on: the daily backup
(with BACKUP_DIR), forgetting WhatsApp message statuses older than Meta's 30-day lifetime, and
forgetting the delivery journal's rows once no reader needs them (a row per subscriber a day:
365 million a year at a million subscribers, if none were ever deleted).

It belongs to the process that owns the database, not to a messaging app: bot/runner.py starts
it for `python -m bot run` (Telegram only, WhatsApp only or both), the application's post_init
for an application on its own. The first check comes as soon as the bot serves, then one every
hour; what is due is decided from the services' clock (and, for backups, the files on disk), so
a restart keeps the daily rhythm and an injected clock drives it in tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any

from bot.ops.backup import daily_backup
from bot.services import BotServices

logger = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 3600.0
# Meta sends a message's statuses within its 30-day lifetime; a few days more for late ones.
KEEP_MESSAGE_STATUSES = timedelta(days=35)
# The delivery journal's readers look back at most three days: a day gets one routine (only a
# reminder due within MISSED_REMINDER_GRACE is sent, so for today or yesterday, local time), the
# taps of a routine up to two local days old find its reminder, /stats counts the last 24 h. A
# week keeps those with room to spare; /export shows the week. Rows still pending are kept.
KEEP_DELIVERIES = timedelta(days=7)


class Housekeeping:
    """Checks hourly what upkeep is due, until stopped; started by the owner of the database
    and stopped before it closes (a backup under way is finished first)."""

    def __init__(self, services: BotServices, *, every: float = CHECK_EVERY_SECONDS) -> None:
        self._services = services
        self._every = every
        self._stop = asyncio.Event()
        self._halt = threading.Event()  # seen between batches of a deletion in its thread
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Check now, then every hour (inside the running event loop)."""
        self._task = asyncio.create_task(self._run(), name="housekeeping")

    async def stop(self) -> None:
        """Stop checking; a backup being written is completed first, a deletion under way
        stops after its batch (the first on a large old journal could take a long while)."""
        self._stop.set()
        self._halt.set()
        if self._task is not None:
            await self._task

    async def check(self) -> None:
        """Do what is due; a failure is logged, not raised (a full disk must not stop the bot:
        the next check tries again)."""
        self._halt.clear()  # a stop from here on ends this check's deletions early
        await self._backup()
        repo, now = self._services.repo, self._services.clock.now()
        await _forget(
            "WhatsApp message statuses older than 35 days",
            repo.channels.forget_messages_before(now - KEEP_MESSAGE_STATUSES),
        )
        await _forget(
            "delivery journal rows older than 7 days",
            repo.deliveries.forget_settled_before(now - KEEP_DELIVERIES, stop=self._halt),
        )

    async def _backup(self) -> None:
        """The daily backup, if BACKUP_DIR is set and the newest is a day old."""
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


async def _forget(what: str, forgetting: Coroutine[Any, Any, int]) -> None:
    """Run one deletion; log how many rows went, or why none did (the next check tries again)."""
    try:
        gone = await forgetting
    except Exception as exc:  # sqlite3 errors: a full disk, a locked database
        logger.error("forgetting %s failed: %s", what, exc)
        return
    if gone:
        logger.info("forgot %d %s", gone, what)
