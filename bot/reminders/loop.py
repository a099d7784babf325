"""The scheduler when several channels share one process: a plain asyncio loop, no Telegram.

It does what the JobQueue job (bot/reminders/job.py) does for a Telegram-only bot: every
REMINDER_TICK_SECONDS it starts a tick unless one is still sending, and meanwhile beats. It
belongs to the process, not to a channel, so WhatsApp's reminders keep going while Telegram is
unreachable (its people's sends then fail and retry as any failed send does).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from telegram.ext import ExtBot

from bot.reminders.tick import run_tick
from bot.services import BotServices

logger = logging.getLogger(__name__)


async def run_scheduler(
    services: BotServices,
    telegram: Callable[[], ExtBot[Any] | None],
    stop: asyncio.Event,
) -> None:
    """Tick until `stop` is set; `telegram()` is the Telegram bot when it is up (else None)."""
    state, settings = services.scheduler, services.settings
    logger.info(
        "reminder scheduler running: instance %s, a tick every %s s",
        state.instance_id, settings.reminder_tick_seconds,
    )  # fmt: skip
    while not stop.is_set():
        try:
            if state.fan_out is not None and not state.fan_out.done():
                await services.repo.scheduler.beat(state.instance_id, services.clock.now())
            else:
                state.fan_out = asyncio.create_task(
                    run_tick(
                        services,
                        telegram(),
                        services.clock.now(),
                        keep_going=lambda: not stop.is_set(),
                    ),
                    name="reminder-tick",
                )
                state.fan_out.add_done_callback(_report)
        except Exception:  # a database hiccup: the next tick tries again
            logger.exception("the reminder scheduler could not tick")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), settings.reminder_tick_seconds)
    if state.fan_out is not None:
        await asyncio.gather(state.fan_out, return_exceptions=True)


def _report(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("a reminder tick failed", exc_info=task.exception())
