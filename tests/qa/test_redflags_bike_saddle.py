"""A bicycle's saddle is no saddle area: a cyclist asking about their saddle gets the cycling
section, no warning-signs answer and no alarm; the body's saddle area still alarms, and so does a
numbness of the bottom or genitals that lasts after the ride or comes with a bladder or bowel
change (NICE NG59). Numbness that passes on getting off the bike is saddle pressure, like the
seated numbness of round 12. Written by the team, not copied from any labelled set."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, flags, quiet, routed


@pytest.mark.parametrize(
    "text",
    ["what saddle height should I use with sciatica?",
     "how high should my bike saddle be?",
     "I bought a new saddle for my bike, is cycling ok with sciatica?",
     "would a wider saddle help my sciatica when cycling?",
     "is a gel saddle better for sciatica?",
     "sitting on the saddle makes my sciatica worse, should I stop cycling?",
     "my saddle hurts my bum after 20 minutes, can I keep cycling?",
     "I get a saddle sore after long rides, is cycling bad for sciatica?",
     "after an hour in the saddle my leg hurts, is cycling ok?"],
)  # fmt: skip
def test_a_bikes_saddle_gets_the_cycling_section(text: str) -> None:
    quiet(text)
    assert routed(text) == "cycling"


@pytest.mark.parametrize(
    "text",
    ["what saddle height should I use?",
     "is a padded saddle better?",
     "I raised my saddle and my leg hurts less",
     "after three hours in the saddle my back aches"],
)  # fmt: skip
def test_a_bikes_saddle_is_no_warning_topic(text: str) -> None:
    quiet(text)
    assert not ANSWERER._detector.mentions_warning_topic(text)


@pytest.mark.parametrize(
    "text",
    ["numbness in my saddle area",
     "saddle numbness",
     "numb around my saddle region",
     "I can't feel the saddle area",
     "I have numbness in the saddle",
     "my saddle is numb",
     "tingling in my saddle area since this morning"],
)  # fmt: skip
def test_the_bodys_saddle_area_still_alarms(text: str) -> None:
    assert "saddle" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["what is saddle anaesthesia?",
     "can sciatica cause saddle numbness?"],
)  # fmt: skip
def test_the_saddle_area_asked_about_gets_the_warning_signs(text: str) -> None:
    assert routed(text) == "red-flags"


# Numbness after a ride that lasts, or that comes with a bladder or bowel change, is saddle
# anaesthesia until a doctor says otherwise.
@pytest.mark.parametrize(
    "text",
    ["since my ride yesterday my bum and privates are still numb",
     "after a long ride my privates are numb and it doesn't go away",
     "my privates go numb on long rides and it doesn't go away when I get off",
     "my groin was numb after my ride and it's still numb this morning",
     "my bum goes numb on the saddle"],
)  # fmt: skip
def test_numbness_that_lasts_after_the_ride_alarms(text: str) -> None:
    assert "saddle" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["my crotch goes numb on the bike and I have trouble peeing",
     "my bum goes numb on the saddle and I've had trouble peeing since"],
)  # fmt: skip
def test_numbness_on_the_bike_with_a_bladder_change_alarms(text: str) -> None:
    assert {"saddle", "bladder_bowel"} <= set(flags(text))


@pytest.mark.parametrize(
    "text",
    ["my bum goes numb on the saddle and it goes away when I get off the bike",
     "my privates go numb on long rides and it wears off soon after I get off",
     "my bum tingles after cycling for an hour",
     "I get pins and needles in my backside on the bike"],
)  # fmt: skip
def test_numbness_that_passes_off_the_bike_stays_quiet(text: str) -> None:
    quiet(text)
