"""Small red-flag gaps the team found, each closed by concept and checked with wordings the team
wrote (not copied from any labelled set): each with look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


# Urgency or leaking told of someone else: has to, needs, keeps, is wetting.
@pytest.mark.parametrize(
    "text",
    ["my husband has to go all the time now and can't hold it",
     "he needs the toilet constantly and leaks",
     "she wets herself",
     "my dad keeps needing the loo every half hour and his back is bad",
     "my wife has to rush to the toilet all the time since her sciatica got worse",
     "my mum is wetting the bed most nights since her back went",
     "they keep wetting themselves, both of my parents have bad backs"],
)  # fmt: skip
def test_someone_elses_urgency_or_leaking_is_bladder_bowel(text: str) -> None:
    assert "bladder_bowel" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["he has to go to work all the time",
     "she needs to go to physio",
     "I have to go to work all the time and my back hurts",
     "my husband needs the car all the time so I walk to the shops"],
)  # fmt: skip
def test_going_somewhere_often_stays_quiet(text: str) -> None:
    quiet(text)


# Accidents had now, as a habit, are incontinence; a crash is judged by the trauma rules.
@pytest.mark.parametrize(
    "text",
    ["my back is bad and I have accidents",
     "I've been having accidents and my back is killing me",
     "since the leg pain started I now have accidents",
     "he gets accidents since his sciatica got bad"],
)  # fmt: skip
def test_accidents_had_now_are_bladder_bowel(text: str) -> None:
    assert "bladder_bowel" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["accidents happen, I forgot my stretches yesterday",
     "a car accident years ago, fully recovered",
     "I have accidents at work all the time, I'm clumsy"],
)  # fmt: skip
def test_accidents_that_are_no_incontinence_stay_quiet(text: str) -> None:
    quiet(text)


def test_an_accident_in_a_car_is_trauma_not_bladder() -> None:
    assert flags("I had an accident in my car") == ("trauma",)


# A limb named before a "but" and told as "it" or "they" after it.
@pytest.mark.parametrize(
    "text",
    ["no pain in my foot but it keeps dragging",
     "no numbness in my leg but it gives way",
     "my right leg doesn't hurt much but it keeps buckling",
     "no tingling in my feet but they drag when I walk"],
)  # fmt: skip
def test_a_limb_told_as_it_after_but_is_weakness(text: str) -> None:
    assert "leg_weakness" in flags(text)


@pytest.mark.parametrize(
    "text",
    ["no pain in my foot but it feels fine now",
     "my leg was sore but it is getting better",
     "no numbness in my leg but it aches after a long sit"],
)  # fmt: skip
def test_a_limb_told_as_it_that_is_well_stays_quiet(text: str) -> None:
    quiet(text)


# A relative's cancer now, and the writer's own back, is not the writer's cancer.
@pytest.mark.parametrize(
    "text",
    ["my aunt has cancer and I have sciatica",
     "my sister has breast cancer and i have really bad sciatica, what stretches help",
     "my dad is fighting cancer and I've got a bad back from lifting"],
)  # fmt: skip
def test_a_relatives_cancer_with_ones_own_back_stays_quiet(text: str) -> None:
    quiet(text)


@pytest.mark.parametrize(
    "text",
    ["my mum has cancer and her back is getting worse",
     "my dad has cancer and i think his back pain is from it",
     "i have cancer and sciatica"],
)  # fmt: skip
def test_the_relatives_own_back_or_ones_own_cancer_alarms(text: str) -> None:
    assert "cancer_weight" in flags(text)
