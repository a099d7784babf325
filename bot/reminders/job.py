"""The scheduler in the bot's own event loop: one repeating JobQueue job (never one a subscriber).

In production the ticks run in the reminder sender's process (`bot.reminders.sender_loop`, the
same rhythm); this job drives them when the Bot API is an in-process transport that another
process cannot reach. Every REMINDER_TICK_SECONDS the job starts a tick in the background
unless one is still running (a large fan-out can take minutes at Telegram's pace); meanwhile it
only records a heartbeat, so other instances and the health check know this process is alive.
"""

from __future__ import annotations

import logging

from bot.context import BotApplication, BotContext
from bot.reminders.tick import run_tick

logger = logging.getLogger(__name__)

REMINDER_JOB_NAME = "reminders"


def schedule_reminders(application: BotApplication) -> None:
    """Register the scheduler's repeating job; its first tick runs as soon as the bot starts."""
    if application.job_queue is None:
        raise RuntimeError("the scheduler needs python-telegram-bot[job-queue]")
    application.job_queue.run_repeating(
        on_tick,
        interval=application.bot_data.settings.reminder_tick_seconds,
        first=0,
        name=REMINDER_JOB_NAME,
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )


async def on_tick(context: BotContext) -> None:
    """Start a tick at the clock's current instant, or beat while the last one is still sending."""
    services, application = context.bot_data, context.application
    state = services.scheduler
    if state.fan_out is None:
        logger.info(
            "reminder scheduler running: instance %s, a tick every %s s",
            state.instance_id, services.settings.reminder_tick_seconds,
        )  # fmt: skip
    if state.fan_out is not None and not state.fan_out.done():
        await services.repo.scheduler.beat(state.instance_id, services.clock.now())
        return
    state.fan_out = application.create_task(
        run_tick(
            services,
            application.bot,
            services.clock.now(),
            keep_going=lambda: application.running,
        ),
        name="reminder-tick",
    )
