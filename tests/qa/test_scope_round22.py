"""Out of scope in both directions (session 14): classes of misses that recur across the real
dev rounds (a sore tailbone told in lay words, legs aching at night with no sciatica), checked
on wordings written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside, said


@pytest.mark.parametrize(
    "text",
    [
        # The tailbone in two words, or as the end of the spine by the anus or the cleft of the
        # buttocks, with no sciatica, leg or lower back told: a sore tailbone.
        "My tail bone has ached for three weeks since I sat on a hard bench at the match. What "
        "helps it heal?",
        "The very bottom of my spine, just above my bum crack, hurts whenever I sit down. What "
        "could it be?",
        "Sore tail bone after a long bike ride, is that normal?",
        "Pain right at the end of my spine near my anus when I sit on the toilet, been 2 months. "
        "What should I do?",
    ],
)
def test_a_sore_tailbone_in_lay_words_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: a pain from the tailbone down the leg, or sciatica told beside it, and
        # the base of the spine with a leg, stay the guide's.
        ("Pain from my tail bone shoots down the back of my left leg to my foot. Is it sciatica?",
         "is-it-sciatica"),
        ("The base of my spine hurts and the pain runs down my right leg into my calf, what is "
         "it?", "is-it-sciatica"),
    ],
)  # fmt: skip
def test_the_tailbone_with_a_leg_stays_in_the_guide(text: str, expect: str) -> None:
    assert said(text) == expect, (text, ANSWERER.answer(text))


def test_sciatica_beside_a_sore_tailbone_stays_in_the_guide() -> None:
    text = (
        "I have sciatica and my tail bone aches when I sit in the car for long, how should I sit?"
    )
    assert in_guide(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    "text",
    [
        # Legs that ache, throb or will not keep still at night, with no sciatica, back or
        # nerve told and no sport as their cause: cramps or restless legs.
        "Why do my legs throb at night when I'm lying in bed?",
        "My mum's legs ache and twitch at night so she cannot settle, what helps?",
        "What causes aching legs at night?",
        "Every evening when I lie down my legs feel achy and restless, I have to keep moving "
        "them. Any ideas?",
    ],
)
def test_legs_aching_at_night_with_no_sciatica_are_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: a sciatica leg, or a pain from the lower back, aching at night is
        # sleeping; calves aching after long runs are running.
        ("My sciatica leg aches at night, what's the best position to sleep in?", "sleeping"),
        ("My leg aches at night from my lower back down to my calf, how should I lie in bed?",
         "sleeping"),
        ("After my long runs my calves ache at night, should I cut my mileage?", "running"),
    ],
)  # fmt: skip
def test_a_sciatica_leg_or_a_runners_calves_at_night_stay_in_the_guide(
    text: str, expect: str
) -> None:
    assert said(text) == expect, (text, ANSWERER.answer(text))
