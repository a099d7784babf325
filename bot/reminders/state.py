"""What one running bot process knows about its own scheduler (nothing here is persisted)."""

from __future__ import annotations

import asyncio
import os
import secrets
from typing import Any


class SchedulerState:
    """This process's scheduler: its instance id, and the lock that keeps its ticks apart.

    The instance id tags the deliveries this process has in flight; another process on the same
    database leaves them alone while this one's heartbeat is fresh.
    """

    def __init__(self) -> None:
        self.instance_id = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.tick_lock = asyncio.Lock()
        self.fan_out: asyncio.Task[Any] | None = None
