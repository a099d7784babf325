"""The outage rules on plain data: probe back-off, one probe at a time, the end of a local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.core.outage import (
    LONGEST_PROBE_DELAY,
    admission,
    answer_ends,
    describe,
    end_of_local_day,
    flood_wait,
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


def test_a_flood_wait_holds_the_channel_until_the_instant_asked_never_earlier() -> None:
    asked = NOW + timedelta(seconds=900)
    outage = flood_wait(None, "telegram", NOW, asked, TICK)
    assert (outage.next_probe_at, outage.asked_wait, outage.since) == (asked, 900, NOW)
    assert outage.error == "flood control: retry after 900 s"
    assert admission(outage, asked - timedelta(microseconds=1), probing=False) == "hold"
    assert admission(outage, asked, probing=False) == "probe"  # then one request, as after
    assert held_claims(outage, asked - timedelta(seconds=1), probing=False) == 0  # an outage
    # Told at a moment between whole seconds: held to the next whole second, not before.
    late = NOW + timedelta(microseconds=250_000)
    rounded = flood_wait(None, "telegram", late, late + timedelta(seconds=900), TICK)
    assert rounded.next_probe_at == NOW + timedelta(seconds=901)
    assert rounded.asked_wait == 900


def test_a_flood_wait_is_never_shortened_and_grows_when_asked_again() -> None:
    outage = flood_wait(None, "telegram", NOW, NOW + timedelta(seconds=900), TICK)
    later = NOW + timedelta(seconds=10)
    shorter = flood_wait(outage, "telegram", later, later + timedelta(seconds=60), TICK)
    assert shorter == outage  # a shorter wait asked meanwhile changes nothing
    assert probe_soon(outage, later) == outage  # nor does the sender reconnecting
    grown = flood_wait(outage, "telegram", later, later + timedelta(seconds=3600), TICK)
    assert (grown.since, grown.asked_wait, grown.next_probe_at) == (
        NOW, 3600, later + timedelta(seconds=3600),
    )  # fmt: skip
    # An outage in progress that is then told to wait keeps its start and back-off.
    down = outage_begins("telegram", NOW, "TimedOut: Timed out", TICK)
    told = flood_wait(down, "telegram", later, later + timedelta(seconds=900), TICK)
    assert (told.since, told.delay, told.asked_wait) == (NOW, TICK, 900)
    # A probe that then finds the app unreachable makes it an ordinary outage again.
    failed = probe_failed(told, told.next_probe_at, "NetworkError: Bad Gateway")
    assert failed.asked_wait is None and not failed.flood_control


def test_only_an_answer_after_the_wait_ends_it() -> None:
    outage = flood_wait(None, "telegram", NOW, NOW + timedelta(seconds=900), TICK)
    assert not answer_ends(outage, NOW + timedelta(seconds=899))  # a send already in flight
    assert answer_ends(outage, NOW + timedelta(seconds=900))
    down = outage_begins("telegram", NOW, "TimedOut: Timed out", TICK)
    assert answer_ends(down, NOW)  # any answer ends an outage of an unreachable app


def test_the_health_line_says_how_long_the_app_asked_to_wait() -> None:
    outage = flood_wait(None, "telegram", NOW, NOW + timedelta(seconds=900), TICK)
    assert describe(outage, 30, NOW + timedelta(seconds=2)) == (
        "telegram asked to wait 900 s (flood control): 30 reminders held until 06:45:00 UTC"
    )


def test_a_day_held_at_2350_ends_at_local_midnight_on_a_clock_change_day() -> None:
    # London, 25 October 2026: clocks go back at 02:00 BST, a 25-hour day. Held at 23:50 local
    # (23:50 UTC, on GMT again) for 900 s: the day ends at midnight first, 00:00 UTC.
    held_at, day_end = datetime(2026, 10, 25, 23, 50, tzinfo=UTC), date(2026, 10, 25)
    outage = flood_wait(None, "telegram", held_at, held_at + timedelta(seconds=900), TICK)
    assert end_of_local_day(day_end, "Europe/London") == datetime(2026, 10, 26, 0, 0, tzinfo=UTC)
    assert outage.next_probe_at > end_of_local_day(day_end, "Europe/London")
    # 29 March 2026, clocks forward: a 23-hour day ending at 23:00 UTC.
    assert end_of_local_day(date(2026, 3, 29), "Europe/London") == datetime(
        2026, 3, 29, 23, 0, tzinfo=UTC
    )
