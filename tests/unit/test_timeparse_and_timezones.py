"""Reading typed times and places without Telegram."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.timeparse import TimeReading, format_hhmm, parse_time, read_time
from bot.core.timezones import shared_finder, zone_label


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("07:30", time(7, 30)), ("7:30", time(7, 30)), ("7.30am", time(7, 30)),
     ("7.30 a.m.", time(7, 30)), ("7am", time(7, 0)), ("12am", time(0, 0)),
     ("12pm", time(12, 0)), ("7.30pm", time(19, 30)), ("19:00", time(19, 0)),
     (" 6h15 ", time(6, 15)), ("0:00", time(0, 0)), ("23:59", time(23, 59)),
     ("0730", time(7, 30)), ("1900", time(19, 0)), ("07:30:00", time(7, 30)),
     ("noon", time(12, 0)), ("Midnight", time(0, 0)), ("19h", time(19, 0)), ("7pm", time(19, 0)),
     ("7 PM", time(19, 0)), ("half seven pm", time(19, 30)), ("half past 7 am", time(7, 30)),
     ("seven thirty am", time(7, 30)), ("quarter to eight in the morning", time(7, 45)),
     ("at 6am", time(6, 0)), ("19", time(19, 0)), ("7,30", time(7, 30)),
     ("around 7:30", time(7, 30)), ("at about 6am", time(6, 0)), ("7:15ish", time(7, 15)),
     ("19h-ish", time(19, 0))],
)  # fmt: skip
def test_times_people_type(typed: str, meant: time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize(
    "typed", ["", "24:00", "12:60", "13pm", "0am", "7:5", "07:30:61", "🙂", "-1:00", "tomorrow",
              "half to seven", "2460", "around", "ish", "7,5", "about tomorrow"]
)  # fmt: skip
def test_not_a_time(typed: str) -> None:
    assert read_time(typed) == TimeReading(None)


@pytest.mark.parametrize(
    ("typed", "morning"),
    [("7", time(7, 0)), ("seven", time(7, 0)), ("half seven", time(7, 30)),
     ("7 o'clock", time(7, 0)), ("quarter past 7", time(7, 15)), ("around 8", time(8, 0)),
     ("8ish", time(8, 0)), ("about half seven", time(7, 30))],
)  # fmt: skip
def test_morning_or_evening_is_asked_not_guessed(typed: str, morning: time) -> None:
    evening = time(morning.hour + 12, morning.minute)
    assert parse_time(typed) is None
    assert read_time(typed).choices == (morning, evening)


@given(st.times())
def test_the_stored_form_reads_back_to_the_same_minute(value: time) -> None:
    assert parse_time(format_hhmm(value)) == value.replace(second=0, microsecond=0)


@given(st.text(max_size=200))
def test_any_text_is_a_time_or_none_never_an_error(text: str) -> None:
    result = parse_time(text)
    assert result is None or isinstance(result, time)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Europe/Berlin", "Europe/Berlin"), ("EUROPE/BERLIN", "Europe/Berlin"),
     ("america/new york", "America/New_York"), ("Berlin", "Europe/Berlin"),
     ("new york", "America/New_York"), ("München", "Europe/Berlin"), ("munchen", "Europe/Berlin"),
     ("los angelos", "America/Los_Angeles"), ("Pariss", "Europe/Paris"), ("UTC", "UTC"),
     ("Springfield, MA", "America/New_York"), ("Springfield, Illinois", "America/Chicago"),
     ("Portland, Oregon", "America/Los_Angeles"), ("Portland ME", "America/New_York"),
     ("London, Ontario", "America/Toronto"), ("Perth, WA", "Australia/Perth"),
     ("Paris, France", "Europe/Paris"), ("東京", "Asia/Tokyo"), ("Москва", "Europe/Moscow"),
     ("UTC+2", "Etc/GMT-2"), ("GMT-5", "Etc/GMT+5"), ("utc +05:30", "Asia/Kolkata"),
     ("GMT+0", "UTC"), ("UTC+14", "Etc/GMT-14")],
)  # fmt: skip
def test_places_and_zone_names(typed: str, zone: str) -> None:
    assert shared_finder().lookup(typed).zone == zone


def test_an_unsure_typo_is_answered_with_suggestions_not_a_guess() -> None:
    match = shared_finder().lookup("Berln")
    assert match.zone is None
    assert ("Berlin, Germany", "Europe/Berlin") in match.suggestions


@pytest.mark.parametrize(
    ("typed", "labels"),
    [("Springfield", {"Springfield, MA, US", "Springfield, MO, US"}),
     ("Portland", {"Portland, OR, US", "Portland, ME, US"})],
)  # fmt: skip
def test_namesakes_in_different_zones_are_asked_about_with_their_region(
    typed: str, labels: set[str]
) -> None:
    match = shared_finder().lookup(typed)
    assert match.zone is None
    assert labels <= {label for label, _ in match.suggestions}
    assert len({zone for _, zone in match.suggestions}) > 1


@pytest.mark.parametrize(
    ("zone", "shown"),
    [("Etc/GMT-2", "UTC+2"), ("Etc/GMT+5", "UTC-5"), ("Etc/GMT+2", "UTC-2"), ("Etc/UTC", "UTC"),
     ("Europe/Berlin", "Europe/Berlin")],
)  # fmt: skip
def test_fixed_zones_are_shown_the_way_people_write_offsets(zone: str, shown: str) -> None:
    assert zone_label(zone) == shown
    assert shared_finder().lookup(shown).zone in (zone, "UTC")


@pytest.mark.parametrize(
    "typed", ["", "   ", "\u200b\u200f", "x" * 4000, "🙂", "Xyzzyville", "UTC+15", "GMT-13"]
)
def test_nothing_found(typed: str) -> None:
    match = shared_finder().lookup(typed)
    assert match.zone is None and match.suggestions == ()


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [(52.52, 13.40, "Europe/Berlin"), (40.71, -74.01, "America/New_York"),
     (-33.87, 151.21, "Australia/Sydney"), (35.68, 139.69, "Asia/Tokyo")],
)  # fmt: skip
def test_shared_locations(latitude: float, longitude: float, zone: str) -> None:
    assert shared_finder().from_location(latitude, longitude) == zone


def test_impossible_coordinates() -> None:
    assert shared_finder().from_location(123.0, 500.0) is None
