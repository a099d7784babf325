"""How late the morning reminder arrives for N subscribers, from a measured sending rate.

A model, not a measurement: the rate it is given is measured (bench/broadcast.py), the rest is
arithmetic. Subscribers choose their time as people do: most on the hour or half hour between
06:00 and 08:00, the rest at any minute between 05:00 and 10:00, in five timezones (so 07:00 in
London and 08:00 in Berlin fall due together). The scheduler claims what is due once a tick
(every REMINDER_TICK_SECONDS, on average half a tick after it fell due), and the bot sends
everything claimed, in due order, at the measured rate. Lateness is the time from a reminder's
chosen minute to its sending; each due instant's reminders leave back to back, so within one
instant lateness is spread evenly between the first and the last of them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

DAY = datetime(2026, 11, 25, tzinfo=UTC)
# Where subscribers live (shares of the total); November, so standard time everywhere north.
ZONES = {
    "Europe/London": 0.35,
    "Europe/Berlin": 0.30,
    "America/New_York": 0.20,
    "Asia/Kolkata": 0.10,
    "Australia/Sydney": 0.05,
}
# 85% pick one of these local times (shares of those 85%); 15% any minute 05:00-09:59.
ROUND_TIMES = {"06:00": 0.10, "06:30": 0.15, "07:00": 0.30, "07:30": 0.25, "08:00": 0.20}
ROUND_SHARE = 0.85
SPREAD_MINUTES = range(5 * 60, 10 * 60)


@dataclass(frozen=True)
class Lateness:
    """Median and 95th percentile lateness (seconds) of the reminders sent, and the share
    skipped because they would have been later than MISSED_REMINDER_GRACE."""

    median: float
    p95: float
    skipped: float


def due_shares() -> list[tuple[float, float]]:
    """(UTC seconds of the day, share of subscribers) for every distinct due instant, sorted."""
    shares: dict[float, float] = {}
    for zone, zone_share in ZONES.items():
        offset = DAY.astimezone(ZoneInfo(zone)).utcoffset()
        assert offset is not None
        shift = -offset.total_seconds()
        for hhmm, share in ROUND_TIMES.items():
            hours, minutes = map(int, hhmm.split(":"))
            at = (hours * 3600 + minutes * 60 + shift) % 86_400
            shares[at] = shares.get(at, 0.0) + zone_share * ROUND_SHARE * share
        for minute in SPREAD_MINUTES:
            at = (minute * 60 + shift) % 86_400
            spread = zone_share * (1 - ROUND_SHARE) / len(SPREAD_MINUTES)
            shares[at] = shares.get(at, 0.0) + spread
    return sorted(shares.items())


def lateness(subscribers: int, rate: float, tick_seconds: float, grace: float) -> Lateness:
    """Lateness of `subscribers` reminders sent at `rate` a second.

    A reminder whose turn comes more than `grace` seconds late is skipped (as the scheduler
    does with MISSED_REMINDER_GRACE) and takes no sending time.
    """
    groups: list[tuple[float, float, float]] = []  # (earliest, latest lateness, count)
    free_at, skipped = -math.inf, 0.0
    for due, share in due_shares():
        count = subscribers * share
        start = max(due + tick_seconds / 2, free_at)
        # Those whose turn would come after the grace are skipped and take no sending time.
        sendable = min(count, max(0.0, (due + grace - start) * rate))
        skipped += count - sendable
        if sendable > 0:
            free_at = start + sendable / rate
            groups.append((start - due, free_at - due, sendable))
    if not groups:
        return Lateness(math.inf, math.inf, 1.0)
    return Lateness(
        _percentile(groups, 0.5), _percentile(groups, 0.95), skipped / max(1, subscribers)
    )


def largest_served(rate: float, tick_seconds: float, grace: float, p95_limit: float) -> int:
    """The most subscribers whose p95 lateness stays under `p95_limit` seconds, none skipped."""

    def served(count: int) -> bool:
        found = lateness(count, rate, tick_seconds, grace)
        return found.p95 < p95_limit and found.skipped == 0

    low, high = 1, 1
    while served(high):
        low, high = high, high * 2
    while high - low > max(1, low // 1000):  # to 0.1%
        middle = (low + high) // 2
        if served(middle):
            low = middle
        else:
            high = middle
    return low


def _percentile(groups: list[tuple[float, float, float]], q: float) -> float:
    """The q-quantile of lateness spread evenly within each group (bisection on the CDF)."""
    total = sum(count for _, _, count in groups)
    low, high = 0.0, max(latest for _, latest, _ in groups)
    for _ in range(40):
        x = (low + high) / 2
        below = sum(
            count * min(1.0, max(0.0, (x - first) / (last - first))) if last > first
            else (count if x >= first else 0.0)
            for first, last, count in groups
        )  # fmt: skip
        if below / total < q:
            low = x
        else:
            high = x
    return high
