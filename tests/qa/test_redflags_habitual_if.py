"""Red flags told after "if I ever <everyday movement>": what happens each time, a fact, not a
hypothetical. The frame "if I ever" covers the movement; the main clause's symptom is the
person's own ("if I ever walk far my legs go numb"). A symptom inside the condition itself
stays hypothetical ("if I ever lose control of my bladder, what should I do?")."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet


@pytest.mark.parametrize(
    "text",
    [
        "if I ever walk far my legs go numb",
        "If I ever stand for more than ten minutes both my legs go numb, is that normal?",
        "if i ever sit on a hard chair my groin goes numb. what cushion should i get?",
        "If I ever bend down my right leg gives way now and it's getting worse",
        "if you ever drive for an hour your legs both go dead? mine do every time",
        "If I ever walk to the shops my bladder leaks on the way home now",
    ],
)
def test_a_symptom_after_an_everyday_movement_gets_urgent_advice(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I ever get numbness down there I know to go to A&E. Is swimming ok?",
        "If I ever lose control of my bladder what should I do?",
        "if I ever get numbness in both legs should I go to hospital?",
        "If I ever start losing feeling in my bottom, is that an emergency?",
    ],
)
def test_a_symptom_inside_the_condition_stays_hypothetical(text: str) -> None:
    quiet(text)
