"""Holding reminders while a messaging app cannot be reached: the rules, on plain data.

A send that fails because the app is unreachable (connection refused, timeouts, 5xx, network
errors, after the sender's own short retries) does not end the person's day, as a refusal of
that one person (blocked, chat not found) does: the delivery is held and tried again. While a
channel is down, a circuit breaker decides: one delivery at a time probes it, the first one a
tick after the outage began, then twice as long after each failed probe, up to
LONGEST_PROBE_DELAY; everything else for that channel is held without a request. The first
answer from the app (any answer: a 403 proves it reachable too) ends the outage and releases the
held deliveries, which then go out at the usual pace. A held delivery is given up (failed for
the day) only when the person's local day is over.

An app that answers "too many requests, wait N seconds" for longer than the sender waits in
place (Telegram's 429 flood control, WhatsApp's throughput and account limits, 130429 and
80007) is handled by the same breaker: `flood_wait` holds every reminder of the channel,
without a request, until the instant the app named (never earlier: whole seconds, rounded up),
then one probe goes as after an outage. Only the end of that wait ends it: an answer to a
request already in flight does not. A limit of one person (WhatsApp's pair rate, 131056) is no
reason to hold the channel: only that person's delivery is held, until a little later or at
most the end of their local day (`bot.reminders.channels.hold_for_person`), and everyone
else's go on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

LONGEST_PROBE_DELAY = timedelta(minutes=5)
ERROR_CHARS = 200  # of the app's error kept with an outage (health, log, journal)

Admission = Literal["send", "probe", "hold"]


@dataclass(frozen=True)
class Outage:
    """A channel that cannot be reached: since when, why, and when the next probe may go."""

    channel: str
    since: datetime
    error: str
    delay: timedelta  # the wait before the next probe; doubles after each failed probe
    next_probe_at: datetime
    asked_wait: int | None = None  # seconds the app asked to wait (flood control), else None

    @property
    def flood_control(self) -> bool:
        """Whether the app is reachable but asked for a pause (not down)."""
        return self.asked_wait is not None


def outage_begins(channel: str, now: datetime, error: str, first_delay: timedelta) -> Outage:
    """A send found `channel` unreachable at `now`: the first probe goes `first_delay` later."""
    delay = min(max(first_delay, timedelta(seconds=1)), LONGEST_PROBE_DELAY)
    return Outage(channel, now, error[:ERROR_CHARS], delay, now + delay)


def probe_failed(outage: Outage, now: datetime, error: str) -> Outage:
    """The probe at `now` failed too: wait twice as long (at most LONGEST_PROBE_DELAY)."""
    delay = min(outage.delay * 2, LONGEST_PROBE_DELAY)
    return replace(
        outage, error=error[:ERROR_CHARS], delay=delay, next_probe_at=now + delay, asked_wait=None
    )


def wait_ends(instant: datetime) -> datetime:
    """The first whole second at or after `instant`: a flood wait is never cut short."""
    whole = instant.replace(microsecond=0)
    return whole if whole == instant else whole + timedelta(seconds=1)


def flood_wait(
    outage: Outage | None,
    channel: str,
    now: datetime,
    asked_until: datetime,
    first_delay: timedelta,
) -> Outage:
    """The app asked at `now` that nothing be sent before `asked_until`: hold the channel until
    then (rounded up to a whole second).

    A wait already ending later stands (a pause is never shortened); an outage in progress keeps
    its start and back-off.
    """
    until = wait_ends(asked_until)
    asked = max(0, round((asked_until - now).total_seconds()))
    error = f"flood control: retry after {asked} s"
    if outage is None:
        delay = min(max(first_delay, timedelta(seconds=1)), LONGEST_PROBE_DELAY)
        return Outage(channel, now, error, delay, until, asked)
    if outage.next_probe_at >= until:
        return outage
    return replace(outage, error=error, next_probe_at=until, asked_wait=asked)


def answer_ends(outage: Outage, now: datetime) -> bool:
    """Whether an answer at `now` ends the outage: any answer for an app that was down, but a
    flood wait only once it is over (a request already in flight may still be answered)."""
    return not outage.flood_control or now >= outage.next_probe_at


def probe_soon(outage: Outage, now: datetime) -> Outage:
    """The app answered something else (the sender reconnected): probe at the next tick, unless
    it asked for a wait (that is never shortened)."""
    if outage.flood_control:
        return outage
    return replace(outage, next_probe_at=min(outage.next_probe_at, now))


def admission(outage: Outage | None, now: datetime, *, probing: bool) -> Admission:
    """What to do with a delivery for a channel: send it, send it as the probe, or hold it."""
    if outage is None:
        return "send"
    if not probing and now >= outage.next_probe_at:
        return "probe"
    return "hold"


def held_claims(outage: Outage | None, now: datetime, *, probing: bool) -> int | None:
    """How many held deliveries of a channel a tick may take: all (None), one (the probe), 0."""
    verdict = admission(outage, now, probing=probing)
    return None if verdict == "send" else 1 if verdict == "probe" else 0


def end_of_local_day(day: date, timezone: str) -> datetime:
    """The UTC instant `day` ends for someone in `timezone` (its next local midnight)."""
    midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZoneInfo(timezone))
    return midnight.astimezone(UTC)


def describe(outage: Outage, held: int, now: datetime) -> str:
    """One line for the log and the health check (holds no token: errors come redacted)."""
    wait = max(0, round((outage.next_probe_at - now).total_seconds()))
    reminders = "reminder" if held == 1 else "reminders"
    if outage.flood_control:
        return (
            f"{outage.channel} asked to wait {outage.asked_wait} s (flood control):"
            f" {held} {reminders} held until {outage.next_probe_at.astimezone(UTC):%H:%M:%S} UTC"
        )
    return (
        f"{outage.channel} is down since {outage.since.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"
        f" ({outage.error}):"
        f" {held} {reminders} held, next try in {wait} s"
    )
