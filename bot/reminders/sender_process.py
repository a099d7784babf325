"""The reminder sender in a process of its own, started and watched by the bot's process.

At paid broadcast's 1,000 messages a second, composing, sending and journaling reminders keeps
an event loop busy all the time; in the process that also answers people, a tap waited behind
that work (issue 20). Here the fan-out runs in a child process ('spawn': the bot's process has
threads, which fork does not copy safely) with its own event loop, SQLite connection, HTTP
session and rate limiter; the bot's process only serves updates. The two meet in SQLite (WAL:
reads never wait; each side's writes are short transactions) and, for Telegram's free 30/s,
in the shared pacing state of `bot.reminders.pacing` (replies first, one 429 pauses both).

The child does what the JobQueue job does in-process (`bot.reminders.job`): a tick every
REMINDER_TICK_SECONDS, or a heartbeat while the last one is still sending. It delivers to every
configured channel: Telegram through its own `ExtBot` (when there is a token), the others
through what `channels` builds in the child (`bot.whatsapp.reminder_sender.sender_channels`:
WhatsApp's client and pacer), so `python -m bot run` sends every reminder from here, whatever the
channel mix.
It stops cleanly (no more claims, in-flight messages finished and journaled) when the bot
stops or on SIGTERM; it dies with the bot's process if that one is killed, exactly as a crash
of the whole bot, so the journal's crash bound holds. If the child dies on its own, the bot's
process logs it and starts another after a back-off.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from bot.reminders.pacing import SharedPacing
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.reminders.sender_loop import OpenChannels

logger = logging.getLogger(__name__)

STOP = "stop"
# Seconds a stopping child has to finish its in-flight messages before it is killed (then as
# after a crash: the rows still pending are resent on restart). Under deploy/'s 30 s stop grace.
STOP_TIMEOUT = 20.0
# Restart back-off after the child died on its own: doubling from 1 s up to a minute; a child
# that ran this long before dying starts the back-off afresh.
RESTART_MAX_DELAY = 60.0
RESTART_RESET_AFTER = 300.0
# Seconds the interpreter may stay with one thread before another waiting thread gets it
# (CPython's default is 5 ms). The event loop is always busy during a fan-out, so each SQLite
# statement in aiosqlite's thread waited up to that long to start and again to hand its rows
# back; a claim's transaction, and with it every other writer, waited several times as long.
SWITCH_INTERVAL_S = 0.001


class SenderProcess:
    """The bot's handle on its reminder sender: start, watch, restart, stop."""

    def __init__(
        self, settings: Settings, token: str | None, *, channels: OpenChannels | None = None
    ) -> None:
        """`token`: Telegram's (None: no Telegram); `channels`: a module-level function (it
        is pickled by name for the child) that opens the other channels there."""
        self._settings, self._token, self._channels = settings, token, channels
        self.pacing = SharedPacing.create()  # shared with the bot's own rate limiter
        self._process: BaseProcess | None = None
        self._control: Connection | None = None
        self._stopping = False
        self._started_at = 0.0
        self._failures = 0
        self._restart: asyncio.TimerHandle | None = None
        self._gone = asyncio.Event()

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child (inside the running event loop, which watches it)."""
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        # The child logs as this process does (the demo keeps its terminal to WARNING and up).
        level = logging.getLevelName(logging.getLogger().getEffectiveLevel())
        process = context.Process(
            target=run_sender,
            args=(
                self._settings,
                self._token,
                self._channels,
                level,
                self.pacing,
                child_end,
                os.getpid(),
            ),
            name="reminder-sender",
        )
        process.start()
        child_end.close()
        self._process, self._control = process, parent_end
        self._started_at = time.monotonic()
        self._gone.clear()
        asyncio.get_running_loop().add_reader(process.sentinel, self._exited)
        logger.info("reminder sender started: process %s", process.pid)

    def _exited(self) -> None:
        process = self._process
        assert process is not None
        asyncio.get_running_loop().remove_reader(process.sentinel)
        process.join()
        self._gone.set()
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._stopping:
            return
        lived = time.monotonic() - self._started_at
        self._failures = 1 if lived > RESTART_RESET_AFTER else self._failures + 1
        delay = min(RESTART_MAX_DELAY, 2.0 ** (self._failures - 1))
        logger.error(
            "the reminder sender stopped unexpectedly (exit code %s): restarting in %g s",
            process.exitcode, delay,
        )  # fmt: skip
        self._restart = asyncio.get_running_loop().call_later(delay, self._start_again)

    def _start_again(self) -> None:
        self._restart = None
        if not self._stopping:
            self.start()

    async def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Ask the child to finish what it has in flight and wait for it; force it if it hangs."""
        self._stopping = True
        if self._restart is not None:
            self._restart.cancel()
            self._restart = None
        process = self._process
        if process is None or self._gone.is_set():
            return
        if self._control is not None:
            with contextlib.suppress(OSError):
                self._control.send(STOP)
        try:
            await asyncio.wait_for(self._gone.wait(), timeout)
        except TimeoutError:
            logger.error("the reminder sender did not stop within %g s: killing it", timeout)
            process.kill()
            await self._gone.wait()


def run_sender(
    settings: Settings,
    token: str | None,
    channels: OpenChannels | None,
    log_level: str,
    pacing: SharedPacing,
    control: Connection,
    parent: int,
) -> None:
    """The child's entry point: tick until told to stop; die with the parent."""
    _die_with_parent(parent)
    # Until its loop handles them (below): Ctrl-C reaches the whole process group at once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from bot.logs import configure_logging

    configure_logging(log_level, [token or "", *settings.secrets()])
    asyncio.run(_serve(settings, token, channels, pacing, control))


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when the bot's process dies (Linux)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


async def _serve(
    settings: Settings,
    token: str | None,
    channels: OpenChannels | None,
    pacing: SharedPacing,
    control: Connection,
) -> None:
    from bot.reminders.sender_loop import SenderLoop

    sender = await SenderLoop.open(settings, token, pacing, channels)
    loop = asyncio.get_running_loop()

    def on_control() -> None:
        try:
            control.recv()
        except (EOFError, OSError):
            # The bot's process is gone without a word (killed): stop as it did, at once.
            os._exit(1)
        sender.stop()

    loop.add_reader(control.fileno(), on_control)
    for signum in (signal.SIGTERM, signal.SIGINT):  # systemd and Ctrl-C signal the whole group
        loop.add_signal_handler(signum, sender.stop)
    gc.collect()  # start-up's objects out of the collector's full passes, as bot.runner does
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    try:
        await sender.run()
    finally:
        loop.remove_reader(control.fileno())
        await sender.close()
