"""Lay wordings for the red-flag classes round 12's test split (scored once, dev in round 13)
showed missed or raised for nothing, written by the team (not copied from any labelled set):
each class with paraphrases that must alarm and look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# Strength told going, not only "lost" (NICE NG59: a progressive motor deficit).
@pytest.mark.parametrize(
    "text",
    ["my strength is less and less every week",
     "I have decreased strength in my legs",
     "day by day my strength is fading",
     "reduced strength in my extremities and my back hurts",
     "my leg strength keeps decreasing",
     "my strength is going and I can hardly climb the stairs"],
)  # fmt: skip
def test_strength_told_going_alarms(text: str) -> None:
    assert "leg_weakness" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["my strength is coming back slowly",
     "I want to build strength in my legs",
     "strength training has reduced my pain and built strength",
     "no decrease in strength, just pain",
     "is decreased strength a sign of something serious?"],
)  # fmt: skip
def test_strength_returning_built_or_denied_stays_quiet(text: str) -> None:
    quiet(text)


# The spine itself infected, told or suspected by a doctor (NICE NG59: spinal infection).
@pytest.mark.parametrize(
    "text",
    ["the doctor thinks I may have an infected disc",
     "I have discitis and my back is agony",
     "my MRI showed an infected vertebra",
     "they suspect a spinal abscess",
     "I have a spinal infection"],
)  # fmt: skip
def test_an_infected_spine_alarms(text: str) -> None:
    assert "infection" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["could an infected tooth cause sciatica?",
     "I had discitis years ago and it cleared up",
     "no sign of an infected disc on the MRI"],
)  # fmt: skip
def test_another_infection_an_old_one_or_a_denial_stays_quiet(text: str) -> None:
    quiet(text)


# Odd sensations told moving up or spreading through a leg (NICE NG59: a progressive
# neurological deficit), in other words than numbness or tingling.
@pytest.mark.parametrize(
    "text",
    ["the strange sensations are moving up my leg",
     "an odd feeling is spreading up my thigh",
     "weird sensations creeping up my calf"],
)  # fmt: skip
def test_odd_sensations_spreading_alarm(text: str) -> None:
    assert "leg_weakness" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["I have a weird sensation in my leg when I sit",
     "the pain moves down my leg",
     "a strange feeling in my buttock comes and goes"],
)  # fmt: skip
def test_an_odd_sensation_that_does_not_spread_stays_quiet(text: str) -> None:
    quiet(text)
