"""The repository: one object that owns the database and groups the SQL by table."""

from __future__ import annotations

from pathlib import Path

from bot.store.admin_menus import AdminMenuStore
from bot.store.database import Database
from bot.store.deliveries import DeliveryStore
from bot.store.figures import FigureStore
from bot.store.progress import ProgressStore
from bot.store.routine_plans import RoutinePlanStore
from bot.store.scheduler_state import SchedulerStateStore
from bot.store.stats import StatsStore
from bot.store.subscribers import SubscriberStore
from bot.store.tracking import TrackingStore


class Repository:
    """Explicit methods for everything the bot stores; handlers never write SQL themselves."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.subscribers = SubscriberStore(db)
        self.deliveries = DeliveryStore(db)  # reminder claims, delivery journal, snoozes
        self.scheduler = SchedulerStateStore(db)  # last tick, instance heartbeats
        self.routine_plans = RoutinePlanStore(db)  # the routine shown for each local day
        self.tracking = TrackingStore(db)  # sets done, completed routines
        self.stats = StatsStore(db)  # operator's aggregate numbers
        self.admin_menus = AdminMenuStore(db)  # chats holding the admins' command menu
        self.progress = ProgressStore(db)  # all done, skips, feelings, pain check-ins, history
        self.figures = FigureStore(db)  # uploaded figures' file_ids, exercises introduced

    @classmethod
    async def open(cls, path: Path | str) -> Repository:
        """Open the database at `path`, migrated to the newest schema."""
        return cls(await Database.open(path))

    async def close(self) -> None:
        """Finish the statement in progress and close the connection."""
        await self.db.close()
