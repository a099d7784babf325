"""The shared resources every channel and job reaches: settings, content, clock, database, qa.

`BotServices` knows no messaging app: the Telegram side keeps it in python-telegram-bot's
`bot_data` (the contexttypesbot pattern, see bot/context.py); the channel-neutral conversation
(bot/chat) and other channels receive it directly.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import secrets
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.content.loader import Content
    from bot.core.outage import Outage
    from bot.core.records import ClaimedDelivery
    from bot.qa.answer import QuestionAnswerer
    from bot.settings import Settings
    from bot.store import Repository
    from bot.store.channels import Identity
    from bot.store.deliveries import DeliveryOutcome


class ReminderChannel(Protocol):
    """A messaging app other than Telegram that delivers morning reminders (bot/reminders)."""

    async def deliver_reminder(
        self, delivery: ClaimedDelivery, identity: Identity
    ) -> DeliveryOutcome:
        """Send the claimed reminder to the person at `identity`; return its outcome."""
        ...

    async def unreachable(self) -> str | None:
        """Ask the app something cheap: None when it answers, else what keeps it from it."""
        ...


class Supervised(Protocol):
    """A process the bot starts after start-up and stops before it closes the database."""

    def start(self) -> None:
        """Start it (inside the running event loop)."""

    async def stop(self) -> None:
        """Stop it, letting it finish what it has in hand."""


class SchedulerState:
    """This process's scheduler: its instance id, and the lock that keeps its ticks apart.

    The instance id tags the deliveries this process has in flight; another process on the same
    database leaves them alone while this one's heartbeat is fresh. In production the ticks run
    in a process of their own, `sender` (see `bot.reminders.sender_process`), with its own id.
    """

    def __init__(self) -> None:
        self.instance_id = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.tick_lock = asyncio.Lock()
        self.fan_out: asyncio.Task[Any] | None = None
        self.sender: Supervised | None = None
        # Channels this process found unreachable (kept in SQLite too, see bot/reminders/outages).
        self.outages: dict[str, Outage] | None = None  # None until read from the database
        self.probing: set[str] = set()  # channels with a probe in flight


class BotServices:
    """The application's shared resources; the repository opens in post_init.

    python-telegram-bot creates bot_data with no arguments, so resources are attached by
    `build_application` and `post_init` and read through properties that fail loudly if used
    before they exist.
    """

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._content: Content | None = None
        self._clock: Clock | None = None
        self._repo: Repository | None = None
        self._qa: QuestionAnswerer | None = None
        self._chart_pool: ProcessPoolExecutor | None = None
        self.scheduler = SchedulerState()  # this process's reminder scheduler
        self.figure_upload_lock = asyncio.Lock()  # exercise figures upload one at a time
        # Channels other than Telegram that deliver reminders, by name (bot/reminders/channels).
        self.reminder_channels: dict[str, ReminderChannel] = {}
        # True when several channels share these services: the process opens and closes them.
        self.shared = False

    def attach(self, *, settings: Settings, content: Content, clock: Clock) -> None:
        """Attach what exists from build time on."""
        self._settings, self._content, self._clock = settings, content, clock

    def attach_answerer(self, qa: QuestionAnswerer) -> None:
        """Attach the question answerer (its index is built once, at start-up)."""
        self._qa = qa

    @property
    def qa(self) -> QuestionAnswerer:
        """Answers plain-language questions from the guide."""
        if self._qa is None:
            raise RuntimeError("the question answerer is not attached")
        return self._qa

    @property
    def chart_pool(self) -> ProcessPoolExecutor:
        """One worker process for drawing charts, started on first use.

        Drawing is CPU work that holds the GIL for tens of milliseconds at a time: in a thread it
        would still stall the event loop, so it runs in its own process ('spawn': this process
        has threads, which fork does not copy safely).
        """
        if self._chart_pool is None:
            context = multiprocessing.get_context("spawn")
            self._chart_pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return self._chart_pool

    def close_chart_pool(self) -> None:
        """Stop the chart worker, if it was started."""
        if self._chart_pool is not None:
            self._chart_pool.shutdown(wait=True, cancel_futures=True)
            self._chart_pool = None

    def attach_repository(self, repo: Repository | None) -> None:
        """Attach (or detach, with None) the open repository."""
        self._repo = repo

    @property
    def settings(self) -> Settings:
        """The operator's settings."""
        if self._settings is None:
            raise RuntimeError("settings are not attached")
        return self._settings

    @property
    def content(self) -> Content:
        """The validated guide, exercises, programmes and texts."""
        if self._content is None:
            raise RuntimeError("content is not attached")
        return self._content

    @property
    def clock(self) -> Clock:
        """The source of the current instant."""
        if self._clock is None:
            raise RuntimeError("clock is not attached")
        return self._clock

    @property
    def repo(self) -> Repository:
        """The open repository (after post_init, before post_shutdown)."""
        if self._repo is None:
            raise RuntimeError("the database is not open (post_init has not run)")
        return self._repo
