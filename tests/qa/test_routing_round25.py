"""Routing (round 26 of issue 15, classes that recur across rounds of real messages): a sport
played on a court, a pitch or a mat, which the guide has no section on, is how to exercise
safely, and who told the teller to give it up is not what is asked. Wordings written by the
team, beside look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    "text",
    [
        "My husband is a keen cricketer, a fast bowler, and his sciatica flares after every "
        "match. Any advice on how he can keep playing?",
        "I do karate three times a week and the kicks are starting to send pain down my leg. "
        "Any tips so I don't make it worse?",
        "Can I still play football on Sunday with a herniated disc? I'm the goalkeeper.",
        "Squash league starts next month and my sciatica has been acting up. How do I get back "
        "on court without hurting my back?",
        "Is boxing training ok for someone with a slipped disc?",
        "basketball with sciatica",
        "My son plays rugby for his school and has been getting pain down the back of his thigh "
        "after games. Is it safe for him to carry on playing this season?",
        "I've been doing martial arts for ten years. After sparring my lower back locks up and "
        "my buttock aches for days. How do other fighters manage this?",
        "Training for my first triathlon and my left glute burns after long sessions. Should I "
        "keep going?",
        # Who said to give it up is not what is asked.
        "My physio says I should stop playing netball until it settles. Is she right?",
    ],
)  # fmt: skip
def test_a_sport_the_guide_has_no_section_on_is_how_to_exercise_safely(text: str) -> None:
    assert routed(text) == "exercise-safely"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # The sports the guide has a section on keep it.
        ("Can I go running with sciatica?", "running"),
        ("Is cycling OK with sciatica?", "cycling"),
        ("Can I go swimming with sciatica?", "swimming"),
        ("Is yoga good for sciatica?", "gym-yoga"),
        # A sport told, something else asked.
        ("I hurt my back playing football last week. How long will it last?", "how-long"),
        ("Watching the football on the sofa all weekend made my back stiff. Is sitting bad for "
         "sciatica?", "sitting"),
        # Who told it, when that is all the question names.
        ("My physio says I need ten sessions, is that normal?", "physiotherapy"),
        ("My chiropractor told me to come three times a week, is that too much?",
         "other-treatments"),
        ("My physio says I shouldn't run for a month. Is that right?", "running"),
    ],
)  # fmt: skip
def test_sport_look_alikes_keep_their_answer(text: str, expect: str) -> None:
    assert routed(text) == expect
