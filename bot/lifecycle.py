"""Starting and stopping an application by hand, for the demo, tests and benchmarks.

`run_polling` owns the event loop; code that shares its loop with other things (the demo's
emulator and terminal, the test harness) uses this instead, with the same hooks in the same order.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.context import ALLOWED_UPDATES, BotApplication


@asynccontextmanager
async def running(application: BotApplication, *, polling: bool) -> AsyncIterator[BotApplication]:
    """Initialise, run post_init, start (and poll if asked); undo it all in reverse on exit."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    try:
        if polling and application.updater is not None:
            await application.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10
            )
        await application.start()
        try:
            yield application
        finally:
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
    finally:
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
