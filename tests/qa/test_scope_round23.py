"""Out of scope in both directions (session 14, round 20's dev set): classes of misses checked on
wordings written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside


@pytest.mark.parametrize(
    "text",
    [
        # A lower back that hurts, the writer's or someone close's, beside a plea for what to do,
        # where nothing else in the guide ranks: the guide's subject, never "the guide doesn't
        # cover that".
        "Wife woke up with awful back pain this morning, no idea what to do.",
        "Husband has had agonising low back pain since Tuesday. Not sure what to do next.",
        "My dad is 60 and his back has been killing him all week. What do we do?",
        "My 15 year old daughter says her lower back aches after netball. What would you suggest?",
    ],
)
def test_back_pain_with_a_plea_for_what_to_do_is_answered(text: str) -> None:
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: back pain beside another illness asked about, a period's pain, a pet's
        # back or a neck stay outside the guide.
        "My back pain turned out to be a kidney stone. How long do kidney stones take to pass?",
        "I get back pain with my period every month, what helps period pain?",
        "My dog has back pain, what should we do?",
        "Our cat has a sore back and won't jump up, what should I do?",
        "My neck pain is awful since the weekend, what should I do?",
    ],
)
def test_back_pain_beside_another_subject_stays_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))
