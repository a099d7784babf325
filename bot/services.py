"""The shared resources every channel and job reaches: settings, content, clock, database, qa.

`BotServices` knows no messaging app: the Telegram side keeps it in python-telegram-bot's
`bot_data` (the contexttypesbot pattern, see bot/context.py); the channel-neutral conversation
(bot/chat) and other channels receive it directly.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import secrets
import threading
from collections.abc import Callable
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

logger = logging.getLogger(__name__)


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
        self.upkeep: Supervised | None = None  # bot/ops/housekeeping: the daily backup
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
        self._make_qa: Callable[[], QuestionAnswerer] | None = None
        self._qa_lock = threading.Lock()
        self._qa_error: Exception | None = None  # a build that failed fails every question
        self._qa_build: asyncio.Task[None] | None = None
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
        """Attach a question answerer already built."""
        self._qa = qa

    def answerer_from(self, make: Callable[[], QuestionAnswerer]) -> None:
        """Attach how to build the question answerer, which is built once, later.

        Building it (compiling qa.yaml's patterns, indexing the guide) takes about half a
        second that neither start-up nor the reminders need: `build_answerer` does it in a
        worker thread once the bot is serving, or the first question does, whichever is first.
        """
        self._make_qa = make

    @property
    def qa(self) -> QuestionAnswerer:
        """Answers plain-language questions from the guide."""
        if self._qa is None:
            if self._make_qa is None:
                raise RuntimeError("the question answerer is not attached")
            with self._qa_lock:  # a question during the background build waits for its end
                if self._qa_error is not None:
                    raise self._qa_error
                if self._qa is None:
                    try:
                        self._qa = self._make_qa()
                    except Exception as error:
                        self._qa_error = error
                        raise
        return self._qa

    async def build_answerer(self) -> None:
        """Build the question answerer in a worker thread, if it is not built yet: the event
        loop goes on serving meanwhile (a question waits for the build to end)."""
        if self._qa is None and self._make_qa is not None:
            await asyncio.to_thread(lambda: self.qa)

    def start_answerer(self) -> None:
        """Start `build_answerer` in the background (in the running event loop); a failure is
        logged, and `answerer_started` raises it."""
        if self._qa_build is None:
            self._qa_build = asyncio.create_task(self.build_answerer(), name="answerer")
            self._qa_build.add_done_callback(_log_failure)

    async def answerer_started(self) -> None:
        """Wait for the build `start_answerer` began, if any; raise its error."""
        if self._qa_build is not None:
            await self._qa_build

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


def _log_failure(build: asyncio.Task[None]) -> None:
    if not build.cancelled() and build.exception() is not None:
        logger.error("the question answerer could not be built: %s", build.exception())
