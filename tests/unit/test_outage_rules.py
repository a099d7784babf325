"""The outage rules on plain data: probe back-off, one probe at a time, the end of a local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.core.outage import (
    LONGEST_PROBE_DELAY,
    admission,
    describe,
    end_of_local_day,
    held_claims,
    outage_begins,
    probe_failed,
    probe_soon,
)

NOW = datetime(2026, 11, 25, 6, 30, tzinfo=UTC)
TICK = timedelta(seconds=5)


def test_probes_double_from_a_tick_up_to_five_minutes() -> None:
    outage = outage_begins("telegram", NOW, "NetworkError: Bad Gateway", TICK)
    delays, now = [outage.delay], NOW
    for _ in range(8):
        now = outage.next_probe_at
        outage = probe_failed(outage, now, "NetworkError: Bad Gateway")
        delays.append(outage.delay)
    assert [d.total_seconds() for d in delays] == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert outage.since == NOW and outage.next_probe_at == now + LONGEST_PROBE_DELAY


def test_one_probe_at_a_time_and_nothing_else_while_down() -> None:
    assert admission(None, NOW, probing=False) == "send"
    assert held_claims(None, NOW, probing=False) is None  # up: every held one may go
    outage = outage_begins("telegram", NOW, "TimedOut: Timed out", TICK)
    assert admission(outage, NOW + TICK - timedelta(seconds=1), probing=False) == "hold"
    assert admission(outage, NOW + TICK, probing=False) == "probe"
    assert admission(outage, NOW + TICK, probing=True) == "hold"
    assert held_claims(outage, NOW + TICK, probing=False) == 1
    assert held_claims(outage, NOW, probing=False) == 0
    assert probe_soon(outage, NOW + timedelta(seconds=1)).next_probe_at == NOW + timedelta(
        seconds=1
    )


def test_a_local_day_ends_at_local_midnight_whatever_the_clocks_do() -> None:
    assert end_of_local_day(date(2026, 11, 25), "Europe/Berlin") == datetime(
        2026, 11, 25, 23, 0, tzinfo=UTC
    )
    # Berlin's clocks go back on 25 October 2026: that day has 25 hours and ends at 23:00 UTC.
    assert end_of_local_day(date(2026, 10, 25), "Europe/Berlin") == datetime(
        2026, 10, 25, 23, 0, tzinfo=UTC
    )
    assert end_of_local_day(date(2026, 10, 24), "Europe/Berlin") == datetime(
        2026, 10, 24, 22, 0, tzinfo=UTC
    )
    assert end_of_local_day(date(2026, 11, 25), "Asia/Kolkata") == datetime(
        2026, 11, 25, 18, 30, tzinfo=UTC
    )


def test_the_health_line_says_what_is_down_and_how_much_is_held() -> None:
    outage = outage_begins("whatsapp", NOW, "WhatsApp error 0: Cloud API unreachable", TICK)
    assert describe(outage, 1, NOW + timedelta(seconds=2)) == (
        "whatsapp is down since 2026-11-25 06:30:00 UTC (WhatsApp error 0: Cloud API"
        " unreachable): 1 reminder held, next try in 3 s"
    )
