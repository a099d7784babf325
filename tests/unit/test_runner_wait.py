"""The runner's main wait: it sleeps until stop, whatever its channel tasks have done."""

from __future__ import annotations

import asyncio

import pytest

from bot import runner
from bot.settings import SettingsError


async def _stop_after(stop: asyncio.Event, turns: int) -> None:
    for _ in range(turns):
        await asyncio.sleep(0)  # other tasks (the wait) get the loop this many times
    stop.set()


async def test_a_channel_that_connected_leaves_the_wait_asleep(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Telegram's task ends once it is connected; the wait must not wake on it again and again
    # (a busy loop that took a CPU core from the handlers while the bot was otherwise idle).
    real_wait, wakes = asyncio.wait, []

    async def counted(*args: object, **kwargs: object) -> object:
        wakes.append(1)
        return await real_wait(*args, **kwargs)  # type: ignore[call-overload]

    async def connected() -> None:
        return None

    monkeypatch.setattr(runner.asyncio, "wait", counted)
    stop = asyncio.Event()
    stopper = asyncio.create_task(_stop_after(stop, 200))
    await runner._until(stop, [asyncio.create_task(connected())])
    await stopper
    assert len(wakes) <= 2


async def test_a_channel_failing_with_a_setting_problem_ends_the_wait_with_it() -> None:
    async def refused() -> None:
        raise SettingsError("TELEGRAM_TOKEN: Telegram refused it")

    with pytest.raises(SettingsError, match="refused"):
        await runner._until(asyncio.Event(), [asyncio.create_task(refused())])
