"""Everyday words at the timezone step are never taken as a place nobody chose.

GeoNames gives small towns other names that are everyday words ("Okay" is Les Cayes, Haiti;
"Yes" is Yasuj, Iran; "No" is Ho, Ghana): such a name is offered as a choice, never set unasked.
A reply like "ok" or "nice" is something said to the bot, not a place.
"""

from __future__ import annotations

import pytest

from bot.core.timezones import shared_finder
from bot.testing import BotHarness
from tests.onboarding.test_no_traps import row


@pytest.mark.parametrize("typed", ["okay", "ok", "nice", "cool", "yes", "no", "Leg", "bad"])
async def test_an_everyday_word_at_the_timezone_step_sets_no_timezone(
    harness: BotHarness, typed: str
) -> None:
    sam = harness.user(9, "Sam")
    await sam.command("start")
    replies = await sam.send(typed)
    assert all(not (m.text or "").startswith("Timezone:") for m in replies)
    assert (await row(harness, 9))[0::3] == ("UTC", "timezone")


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("yes", "Yasuj, Iran"), ("okay", "Les Cayes, Haiti"), ("no", "Ho, Ghana")],
)
def test_a_small_towns_other_name_is_offered_not_taken(typed: str, offered: str) -> None:
    match = shared_finder().lookup(typed)
    assert match.zone is None
    assert [label for label, _ in match.suggestions] == [offered]


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Geneve", "Europe/Zurich"), ("Lisboa", "Europe/Lisbon"), ("Wien", "Europe/Vienna"),
     ("Nice", "Europe/Paris"), ("Nice, France", "Europe/Paris"),
     ("okay, Haiti", "America/Port-au-Prince")],
)  # fmt: skip
def test_city_names_and_big_cities_other_names_are_still_taken(typed: str, zone: str) -> None:
    assert shared_finder().lookup(typed).zone == zone


async def test_a_person_from_nice_names_the_country_too(harness: BotHarness) -> None:
    sam = harness.user(10, "Sam")
    await sam.command("start")
    [*_, again] = await sam.send("nice")
    assert "still waiting for your city or timezone" in (again.text or "")
    [confirmed, _] = await sam.send("Nice, France")
    assert confirmed.text == "Timezone: Europe/Paris (Nice, France)."
