"""The health check behind `GET /healthz` and `python -m bot health`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.outage import describe
from bot.store import Repository
from bot.store.database import DatabaseBusy

_MB = 1 << 20
# `python -m bot health`'s exit codes: healthy, unhealthy, and busy alone (another process has
# held the database's write lock for longer than the check waits; nothing else is wrong).
HEALTHY, UNHEALTHY, BUSY = 0, 1, 3


@dataclass(frozen=True)
class Health:
    """Healthy or not, and why not."""

    ok: bool
    problems: tuple[str, ...]
    busy: bool = False  # one problem is the database's write lock, held by another connection

    def describe(self) -> str:
        """One line for logs, container checks and the endpoint's body."""
        return "ok" if self.ok else "; ".join(self.problems)

    @property
    def exit_code(self) -> int:
        """HEALTHY; BUSY when the held write lock is the only problem; else UNHEALTHY."""
        if self.ok:
            return HEALTHY
        return BUSY if self.busy and len(self.problems) == 1 else UNHEALTHY


async def check_health(
    repo: Repository, now: datetime, max_tick_age: timedelta, *, min_free_mb: int = 0
) -> Health:
    """Healthy when the database answers and takes writes, its disk has `min_free_mb` free, the
    reminder scheduler ticked recently and every running channel reaches its messaging app (for
    replies, and for reminders: one held while its app is down is named with how many are held).

    A database that cannot be written is named at once, not only once the scheduler's last tick
    has aged: its beat is a write, but the check's window is minutes long. One whose write lock
    another connection holds past the wait is busy, not unreachable: the reads go on."""
    problems: list[str] = []
    busy = False
    try:
        await repo.ping()
        try:
            if (refused := await repo.write_refused()) is not None:
                problems.append(f"the database cannot be written: {refused}")
        except DatabaseBusy as exc:
            busy = True
            problems.append(f"the database is busy: {exc}")
        free = repo.free_bytes()
        if free is not None and free < min_free_mb * _MB:
            problems.append(f"the disk is nearly full: {free // _MB} MB free for the database")
        last_tick = await repo.scheduler.last_tick()
        problems.extend(await repo.channels.problems())  # a channel that cannot be reached
        # A channel the reminder sender cannot reach, and how many reminders it holds for it.
        held = await repo.holds.held_counts()
        problems.extend(
            describe(o, held.get(o.channel, 0), now) for o in await repo.holds.outages()
        )
    except Exception as exc:  # any database failure is a health failure, reported in one line
        return Health(False, (f"database unreachable: {type(exc).__name__}",))
    if last_tick is None:
        problems.append("the reminder scheduler has not ticked yet")
    elif now - last_tick > max_tick_age:
        age = int((now - last_tick).total_seconds())
        problems.append(f"the reminder scheduler last ticked {age} s ago")
    return Health(not problems, tuple(problems), busy)
