"""Out of scope in both directions (session 14, round 20's dev set): classes of misses checked on
wordings written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, in_guide, outside, said


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


@pytest.mark.parametrize(
    "text",
    [
        # Asked in any question, with no other question naming what the guide answers: whether a
        # refusal is lawful, a driving licence's medical rules, how to answer other people's
        # remarks, a couple's intimacy.
        "The hospital cancelled my back operation because my BMI is too high. Is that common? "
        "Legal?",
        "My surgeon refused to do my disc surgery until I quit vaping. Can they legally refuse?",
        "Does the DVLA let you keep an HGV licence if you have a herniated disc? I drive lorries "
        "for a living.",
        "Will the DOT medical examiner fail me for taking gabapentin? Need my CDL renewed next "
        "month.",
        "My boss keeps making comments about my bad back in front of everyone. How should I "
        "respond to him?",
        "My wife's sciatica means we haven't been intimate for months. How do we get our sex "
        "life back?",
    ],
)
def test_the_law_a_licence_other_people_or_intimacy_asked_is_outside(text: str) -> None:
    assert outside(text), (text, ANSWERER.answer(text))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Look-alikes: driving, telling the boss, an operation's recovery, a flare at work and
        # sciatica's effect on sex (a warning sign's question) keep their answer; so does a
        # legal question asked beside a question the guide answers.
        ("Is it safe to drive a lorry with sciatica? My seat is bouncy and I do long shifts.",
         "driving-travel"),
        ("How do I sit in the cab on long truck drives without my sciatica flaring?",
         "driving-travel"),
        ("What should I tell my boss about my sciatica?", "work"),
        ("My surgeon says I have to stop smoking before the operation. Will it help my recovery "
         "after surgery?", "surgery"),
        ("How do I respond when my sciatica flares up at work?", "flare-ups"),
        ("Can sciatica affect your sex life?", "red-flags"),
        ("My manager moved my desk away from the window, is that even legal? And how long should "
         "I sit at my desk before taking a break with sciatica?", "sitting"),
    ],
)  # fmt: skip
def test_driving_work_and_warning_signs_keep_their_answer(text: str, expect: str) -> None:
    assert said(text) == expect, (text, ANSWERER.answer(text))
