"""The repository: one object that owns the database and groups the SQL by table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.store.admin_menus import AdminMenuStore
from bot.store.channels import ChannelStore
from bot.store.checkins import CheckinStore
from bot.store.database import Database
from bot.store.deliveries import DeliveryStore
from bot.store.figures import FigureStore
from bot.store.holds import HoldStore
from bot.store.pauses import PauseStore
from bot.store.routine_plans import RoutinePlanStore
from bot.store.scheduler_state import SchedulerStateStore
from bot.store.sets import SetStore
from bot.store.stats import StatsStore
from bot.store.subscribers import SubscriberStore


class Repository:
    """Explicit methods for everything the bot stores; handlers never write SQL themselves."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.subscribers = SubscriberStore(db)
        self.deliveries = DeliveryStore(db)  # reminder claims, delivery journal, snoozes
        self.holds = HoldStore(db)  # reminders held while their app is down, the outages
        self.scheduler = SchedulerStateStore(db)  # last tick, instance heartbeats
        self.routine_plans = RoutinePlanStore(db)  # the routine shown for each local day
        self.sets = SetStore(db)  # sets done, all done at once, completed routines
        self.stats = StatsStore(db)  # operator's aggregate numbers
        self.admin_menus = AdminMenuStore(db)  # chats holding the admins' command menu
        self.checkins = CheckinStore(db)  # skips, feelings, pain check-ins, day history
        self.figures = FigureStore(db)  # uploaded figures' file_ids, exercises introduced
        self.channels = ChannelStore(db)  # people on other apps, WhatsApp message statuses
        self.pauses = PauseStore(db)  # the days each /pause covered, for streaks

    @classmethod
    async def open(cls, path: Path | str) -> Repository:
        """Open the database at `path`, migrated to the newest schema."""
        return cls(await Database.open(path))

    async def close(self) -> None:
        """Finish the statement in progress and close the connection."""
        await self._db.close()

    async def ping(self) -> None:
        """Run a trivial query; raises when the database does not answer."""
        await self._db.fetch_value("SELECT 1")

    async def write_refused(self) -> str | None:
        """SQLite's words if it refuses writes now (a read-only file or file system), or None."""
        return await self._db.write_refused()

    def free_bytes(self) -> int | None:
        """The room left on the database's disk, in bytes (None for a database in memory)."""
        return self._db.free_bytes()

    async def integrity_check(self) -> str:
        """SQLite's integrity verdict ('ok' when the file is sound)."""
        return await self._db.integrity_check()

    async def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the live database to `target` (online, WAL-safe)."""
        await self._db.backup_to(target)

    async def tables(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, by table name (to check that something changed nothing)."""
        names = await self._db.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return {
            name: [tuple(row) for row in await self._db.fetch_all(f"SELECT * FROM {name}")]
            for (name,) in names
        }
