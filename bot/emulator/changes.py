"""Waiting on the emulator without polling: a version bumped on every change a person could see,
and one condition notified on every change, seen or not (an update confirmed, say)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable


class Changes:
    """The emulator's change counter and the condition its waiters wait on."""

    def __init__(self) -> None:
        self.version = 0
        self._condition: asyncio.Condition | None = None

    def touch(self) -> None:
        """A visible change: bump the version and wake every waiter."""
        self.version += 1
        self.wake()

    def wake(self) -> None:
        """Wake every waiter to look again (from sync code, so through a task)."""
        if self._condition is not None:
            condition = self._condition

            async def notify() -> None:
                async with condition:
                    condition.notify_all()

            with contextlib.suppress(RuntimeError):  # no running loop: no one is waiting
                asyncio.get_running_loop().create_task(notify())

    def condition(self) -> asyncio.Condition:
        """The condition notified on every change (created in the running loop)."""
        if self._condition is None:
            self._condition = asyncio.Condition()
        return self._condition

    async def wait_until(self, predicate: Callable[[], bool], timeout: float | None) -> bool:
        """Wait until `predicate()` holds; False when it still does not after `timeout` (None:
        no bound of its own, the caller bounds it)."""
        if predicate():  # answered now, even with no time to wait
            return True
        condition = self.condition()
        async with condition:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(condition.wait_for(predicate), timeout)
        _raise_if_cancelled()
        return predicate()


def _raise_if_cancelled() -> None:
    """Re-raise a cancellation Python 3.11's `wait_for` swallowed (its inner wait finished at the
    same moment), or a cancelled waiter such as the demo's screen would loop on forever."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
