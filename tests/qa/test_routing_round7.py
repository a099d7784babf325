"""Routing classes missed on round 6's test split, checked on paraphrases written for round 7
(invented by the team, not copied from any labelled set)."""

from __future__ import annotations

import pytest

from bot.qa.text import Analyzer
from tests.qa.answer_checks import ANSWERER, routed_cases


def test_a_word_that_needs_its_first_letter_changed_is_not_a_typo() -> None:
    analyzer = Analyzer({}, [])
    analyzer.learn(["hiking", "walking"])
    assert analyzer.terms("thinking", repair=True) == ["think"]
    assert analyzer.terms("hikng", repair=True) == ["hike"]


test_the_story_s_theme_answers = routed_cases(
    [
        # A story about sciatica coming back is about a flare-up, whatever else it names.
        (
            "I was doing so well and had lost a stone by walking every day. Then I dug the "
            "garden all weekend. Now my sciatica has come back with a vengeance.",
            "flare-ups",
        ),
        (
            "After two good years it's back again. I can't sit for long and I hobble about. "
            "What should I do?",
            "flare-ups",
        ),
        (
            "I went to the gym on Monday and set off a sciatica attack. A day of pills and "
            "lying down followed. Now I'm hobbling about.",
            "flare-ups",
        ),
        # An injection named as the treatment tried or offered.
        (
            "My doctor wants me to have an epidural steroid injection next week and I am "
            "terrified of needles going into my spine.",
            "injections",
        ),
        (
            "The pain has shot down my leg for months. The specialist suggested a cortisone "
            "shot. Are there serious side effects?",
            "injections",
        ),
        # A scan report read out, and what it means.
        (
            "My MRI says mild disc bulge at L4-L5 with some narrowing and nerve root "
            "impingement. What does that mean?",
            "scans",
        ),
        (
            "The x-rays of my back came back clear, so I've been referred for an MRI.",
            "scans",
        ),
        # The activity a story is about: cycling, driving, running, work.
        (
            "When I ride my bike for over an hour my lower back aches. Is that bad, and will it "
            "matter in the long run?",
            "cycling",
        ),
        (
            "Four hours squashed in the back seat of the car did my sciatica no favours, and I "
            "never stopped to stretch.",
            "driving-travel",
        ),
        (
            "My shift at the till is eight hours standing and by the end my back is screaming. "
            "I take every break I can.",
            "work",
        ),
        # Prices or a doctor told in the story are not what a story asks about.
        ("my doctor has recommended a steroid injection, is it safe?", "injections"),
        (
            "I work on a checkout and spend all day scanning prices at the till. Every shift "
            "my lower back and leg ache by lunchtime. Can I keep working like this?",
            "work",
        ),
        # A shift of position is no work shift; a night or twelve-hour shift is.
        ("the pain is sudden when I shift my position in bed, how should I sleep?", "sleeping"),
        ("does a twelve hour shift make sciatica worse?", "work"),
        # Going to urgent care is asking when to see a doctor, not a red flag told.
        ("when should I go to my GP about sciatica?", "see-a-doctor"),
        ("do I need urgent care for sciatica pain?", "see-a-doctor"),
    ],
)


@pytest.mark.parametrize(
    "text",
    ["How much does an MRI cost in the U.S.?",
     "Is Dr Patel at the city clinic any good for backs?",
     "is it normal to wake up with numb hands?",
     "my fingers go tingly when I type, is that a worry?",
     "My hands both go numb at night and it goes away when I walk around. I read that it can "
     "be a nerve thing. My wife says I lie on them. What could it be?"],
)  # fmt: skip
def test_prices_a_named_doctor_or_another_body_part_stay_outside_the_guide(text: str) -> None:
    assert ANSWERER.answer(text).kind == "out_of_scope", text


def test_numb_hands_with_sciatica_named_stay_in_the_guide() -> None:
    assert ANSWERER.answer("can sciatica cause numb hands?").kind != "out_of_scope"
