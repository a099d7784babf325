"""The circuit breaker in front of each messaging app: hold reminders while it is down.

The rules are `bot.core.outage`; this module keeps this process's view of each channel
(`services.scheduler.outages`, read once from SQLite and written back at each change, so a
restart keeps probing instead of flooding an app that is still down), logs each change in one
line, and releases the held deliveries when the app answers again. A flood wait (the app asked
for a pause: `flooded`) is one more kind of outage, ended only by an answer after the wait.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta

from bot.core.outage import (
    Admission,
    Outage,
    admission,
    answer_ends,
    describe,
    flood_wait,
    held_claims,
    outage_begins,
    probe_failed,
    probe_soon,
)
from bot.services import BotServices

logger = logging.getLogger(__name__)

# Asks an app something cheap (Telegram's getMe): None if it answers, else what is wrong.
Probe = Callable[[], Awaitable[str | None]]


async def outages(services: BotServices) -> dict[str, Outage]:
    """This process's view of the channels that are down (read from SQLite the first time)."""
    state = services.scheduler
    if state.outages is None:
        state.outages = {o.channel: o for o in await services.repo.holds.outages()}
    return state.outages


async def admit(services: BotServices, channel: str, now: datetime) -> Admission:
    """Send, send as the channel's probe (one at a time), or hold a delivery for `channel`."""
    state = services.scheduler
    verdict = admission(
        (await outages(services)).get(channel), now, probing=channel in state.probing
    )
    if verdict == "probe":
        state.probing.add(channel)
    return verdict


async def held_to_claim(services: BotServices, channel: str, now: datetime) -> int | None:
    """How many held deliveries of `channel` a tick may claim: all (None), one probe, or 0."""
    outage = (await outages(services)).get(channel)
    return held_claims(outage, now, probing=channel in services.scheduler.probing)


def outage_of(services: BotServices, channel: str) -> Outage | None:
    """The channel's outage as last seen (None: it works, as far as this process knows)."""
    return (services.scheduler.outages or {}).get(channel)


async def answered(services: BotServices, channel: str, now: datetime, *, probe: bool) -> None:
    """The app answered a send (any answer, a refusal too): end its outage, release the held."""
    state, known = services.scheduler, await outages(services)
    if probe:
        state.probing.discard(channel)
    outage = known.get(channel)
    if outage is None or not answer_ends(outage, now):
        return
    del known[channel]
    await services.repo.holds.end_outage(channel)
    released = await services.repo.holds.release(channel, now)
    logger.warning(
        "%s answers again after %d s: %d held reminders go out now",
        channel, (now - outage.since).total_seconds(), released,
    )  # fmt: skip


async def unreachable(
    services: BotServices,
    channel: str,
    now: datetime,
    error: str,
    *,
    probe: bool,
    in_hand: int = 1,
) -> Outage:
    """A send (`in_hand`: 1, the delivery it was) or a getMe (0) found the app unreachable:
    begin its outage, or back off after a failed probe."""
    state, known = services.scheduler, await outages(services)
    outage = known.get(channel)
    if probe:
        state.probing.discard(channel)
    if outage is not None and not probe:
        return outage  # a send already in flight when the outage began: the probe decides
    first = timedelta(seconds=services.settings.reminder_tick_seconds)
    outage = (
        outage_begins(channel, now, error, first)
        if outage is None
        else probe_failed(outage, now, error)
    )
    known[channel] = outage
    await services.repo.holds.save_outage(outage)
    await log_outage(services, outage, now, in_hand=in_hand)
    return outage


async def flooded(
    services: BotServices, channel: str, now: datetime, asked_until: datetime, *, probe: bool
) -> Outage:
    """A send was told to wait until `asked_until` (flood control): hold the channel until
    then (logged once the tick is over: `log_new_waits`)."""
    state, known = services.scheduler, await outages(services)
    if probe:
        state.probing.discard(channel)
    before = known.get(channel)
    first = timedelta(seconds=services.settings.reminder_tick_seconds)
    outage = flood_wait(before, channel, now, asked_until, first)
    if outage != before:
        known[channel] = outage
        await services.repo.holds.save_outage(outage)
    return outage


async def log_new_waits(services: BotServices, before: Mapping[str, Outage]) -> None:
    """After a tick: one line for each flood wait that began or grew during it, counting the
    reminders it holds (all recorded by then)."""
    now = services.clock.now()
    for channel, outage in (await outages(services)).items():
        if outage.flood_control and before.get(channel) != outage:
            await log_outage(services, outage, now)


async def connected(services: BotServices, channel: str, now: datetime) -> None:
    """The app answered another request (the sender's getMe): probe it at the next tick."""
    known = await outages(services)
    outage = known.get(channel)
    if outage is not None:
        known[channel] = probe_soon(outage, now)
        await services.repo.holds.save_outage(known[channel])


async def log_outage(
    services: BotServices, outage: Outage, now: datetime, *, in_hand: int = 0
) -> None:
    """One warning line: the channel is down, since when, why, how many reminders are held
    (those recorded, and `in_hand` about to be)."""
    held = (await services.repo.holds.held_counts()).get(outage.channel, 0) + in_hand
    logger.warning("%s", describe(outage, held, now))


async def probe_idle(services: BotServices, now: datetime, probes: Mapping[str, Probe]) -> None:
    """After a tick: a down channel whose probe was due but found no reminder to send (none
    held, none due) is asked something cheap instead, so its outage ends when it answers
    rather than being reported all night."""
    for channel, outage in list((await outages(services)).items()):
        probe = probes.get(channel)
        if (
            probe is None
            or admission(outage, now, probing=channel in services.scheduler.probing) != "probe"
        ):
            continue
        problem = await probe()
        if problem is None:
            await answered(services, channel, now, probe=False)
        else:
            await unreachable(services, channel, now, problem, probe=True, in_hand=0)
