"""Reading typed times and places without Telegram."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.timeparse import format_hhmm, parse_time
from bot.core.timezones import shared_finder


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("07:30", time(7, 30)), ("7:30", time(7, 30)), ("7.30am", time(7, 30)),
     ("7.30 a.m.", time(7, 30)), ("7am", time(7, 0)), ("12am", time(0, 0)),
     ("12pm", time(12, 0)), ("7.30pm", time(19, 30)), ("19:00", time(19, 0)),
     (" 6h15 ", time(6, 15)), ("0:00", time(0, 0)), ("23:59", time(23, 59))],
)  # fmt: skip
def test_times_people_type(typed: str, meant: time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize(
    "typed", ["", "7", "24:00", "12:60", "13pm", "0am", "7:5", "seven", "07:30:00", "🙂", "-1:00"]
)
def test_not_a_time(typed: str) -> None:
    assert parse_time(typed) is None


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
     ("los angelos", "America/Los_Angeles"), ("Pariss", "Europe/Paris"), ("UTC", "UTC")],
)  # fmt: skip
def test_places_and_zone_names(typed: str, zone: str) -> None:
    assert shared_finder().lookup(typed).zone == zone


def test_an_unsure_typo_is_answered_with_suggestions_not_a_guess() -> None:
    match = shared_finder().lookup("Berln")
    assert match.zone is None
    assert ("Berlin, DE", "Europe/Berlin") in match.suggestions


@pytest.mark.parametrize("typed", ["", "   ", "\u200b\u200f", "x" * 4000, "🙂", "Xyzzyville"])
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
