"""Routing (route31 of issue 15): the pregnancy section answers a pregnancy now, not a word
that only looks like one. A bump that is a lump on the body or a knock ("a hard bump on my
hip", "a minor bump in the car park") is no pregnancy bump, and "the bump" told after one is
the same bump, while "my bump" and "a baby bump" stay one. Nor is a baby that has arrived: one
raised, bathed, changed, looked after or dealt with ("raising a baby with a bad back",
"dealing with a newborn"), a partner's pregnancy told as past ("when we found out my wife was
pregnant") or a baby that is here ("since our baby arrived") is a child in the story, while a
pregnancy now, the teller's or a partner's, keeps the section. Wordings written for this
brief, beside look-alikes that must keep their answer."""

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
    "I have a little bump on my hip from an old fall, the bump aches when I lie on that side "
    "and my sciatica is worse at night. how should i sleep?",
    "got a small bump on my thigh after hitting the table, the bump is bruised and my leg pain "
    "from sciatica feels worse walking, should I keep walking?",
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
        (
            "i have a small bump on my hip and i'm 30 weeks pregnant, sciatica down my leg, is "
            "it safe to exercise?",
            PREGNANCY,
        ),
    ]
)


_BABY_ARRIVED = [
    "Raising a baby with a bad back is brutal. I threw my back out again changing nappies and "
    "can't bend at all. how do I stop it coming back every few months?",
    "When my wife was pregnant I promised myself I'd sort my back out. Now the baby is here "
    "and the sciatica is back, running down to my foot. What exercises can I do at home?",
    "since our baby arrived in march I have had sciatica every few weeks, it flares then "
    "settles. what sets off a flare up?",
    "looking after a baby all day and my lower back is wrecked, pain into my left buttock. how "
    "long does sciatica usually last?",
    "When we found out that my partner was pregnant I started worrying about my back. Our son "
    "is 5 months now and my sciatica is back. Any exercises?",
    "Sciatica and dealing with a newborn, how long until it settles?",
    "new dad, bathing the baby every night bent over the tub and now my leg tingles down to the "
    "toes. is this sciatica?",
]


@pytest.mark.parametrize("text", _BABY_ARRIVED)
def test_a_baby_that_has_arrived_is_a_child_not_a_pregnancy(text: str) -> None:
    assert said(text) != PREGNANCY, text


test_a_pregnancy_now_keeps_the_section_beside_a_child = routed_cases(
    [
        (
            "im pregnant with our second baby and the sciatica is worse than the first time, "
            "what can I do",
            PREGNANCY,
        ),
        (
            "My wife is 28 weeks pregnant and has sciatica down her left leg, what can she do?",
            PREGNANCY,
        ),
        (
            "we just found out my wife is pregnant and she has sciatica, what can she take?",
            PREGNANCY,
        ),
        ("can i take paracetamol for sciatica while pregnant with my baby?", PREGNANCY),
        (
            "when I was pregnant with my son I had no back trouble, now I'm pregnant again and "
            "the sciatica is terrible, any advice?",
            PREGNANCY,
        ),
        (
            "I'm 20 weeks pregnant and looking after a toddler, sciatica down my right leg, "
            "what helps?",
            PREGNANCY,
        ),
    ]
)


# A baby read as the teller's child is rewritten as "kid", a word no exercise is named by:
# "child" made such a message ask for the child's pose (lead's review of route31's leak).
_BABY_HANDLED = [
    "how do you hold a baby when your back keeps going?",
    "dealing with a newborn and my back keeps going out, how do you lift a baby without pain?",
    "raising a baby with sciatica, how do I pick her up out of the cot?",
]


@pytest.mark.parametrize("text", _BABY_HANDLED)
def test_a_baby_handled_asks_for_no_childs_pose(text: str) -> None:
    assert said(text) not in (PREGNANCY, "childs-pose"), text


def test_the_childs_pose_asked_by_name_keeps_its_answer() -> None:
    assert said("is child's pose safe for sciatica?") == "childs-pose"
