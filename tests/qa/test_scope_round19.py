"""Out of scope in both directions (round 19): classes of misses seen over every real dev set,
checked on wordings written by the team (not copied from any labelled set), each beside
look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed


def _outside(text: str) -> bool:
    return ANSWERER.answer(text).kind == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Money told beside another question is only the story: the question is answered.
        ("My back has been sore for a fortnight and the physio was pricey. Is it safe to keep "
         "walking every day", "walking"),
        ("I'm waiting for my insurer to approve the scan. Meanwhile my leg still hurts when I "
         "sit. Should I keep stretching?", "exercise-safely"),
        ("Leg pain down to the ankle since Tuesday, sitting is the worst. I can't afford the "
         "chiropractor any more.", "other-treatments"),
    ],
)  # fmt: skip
def test_money_told_beside_the_question_is_only_the_story(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: money asked stays outside, whatever sciatica the message tells.
        "I have sciatica. How much does a private MRI cost?",
        "My leg hurts a lot with sciatica. Will my insurance cover physio?",
        "I have had sciatica for years and tried physio, a chiropractor and acupuncture. Can "
        "anyone tell me whether insurance pays for an MRI.",
    ],
)
def test_money_asked_stays_outside(text: str) -> None:
    assert _outside(text), (text, ANSWERER.answer(text))
