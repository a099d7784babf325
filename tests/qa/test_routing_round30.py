"""Routing (route31 of issue 15): the pregnancy section answers a pregnancy now, not a word
that only looks like one. A bump that is a lump on the body or a knock ("a hard bump on my
hip", "a minor bump in the car park") is no pregnancy bump, while "my bump" and "a baby bump"
stay one. Wordings written for this brief, beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed_cases, said

PREGNANCY = "pregnancy"

_LUMP_OR_KNOCK = [
    "i have a small bump on my lower back near the spine that hurts when i sit, had sciatica "
    "down my left leg for 2 months. should i stretch or rest?",
    "got a bump on the back of my leg behind the knee and shooting pain in my calf, what could "
    "cause that",
    "theres a little bump over my tailbone and my sciatica flares when I sit on hard chairs, "
    "any tips",
    "I walk 10km a day at work and my hip aches after a few hours. I've had a permanent 'bump' "
    "on that hip since I came off my bike years ago. Should I be worried?",
    "bumped my back on the door frame last week and now the ache goes into my buttock, will "
    "it settle?",
]


@pytest.mark.parametrize("text", _LUMP_OR_KNOCK)
def test_a_bump_that_is_a_lump_or_a_knock_is_no_pregnancy(text: str) -> None:
    assert said(text) != PREGNANCY, text


test_a_pregnancy_bump_keeps_the_pregnancy_section = routed_cases(
    [
        (
            "my bump is getting so big and the sciatica down my right leg is awful at 30 "
            "weeks, what can I do",
            PREGNANCY,
        ),
        ("is it safe to do stretches for sciatica with a baby bump?", PREGNANCY),
        ("sciatica in my third trimester, bump pressing on my nerve, any advice", PREGNANCY),
        ("the bump is pushing on my sciatic nerve, how do I sleep?", PREGNANCY),
    ]
)
