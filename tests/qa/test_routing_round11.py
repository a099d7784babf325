"""Routing (round 11): question shapes and words seen among real messages, checked on
paraphrases written by the team (not copied from any labelled set), each beside look-alikes
that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A way to deal with it, the treatment to have, or a plea about a back or a disc: the
        # stretches and exercises that treat it.
        ("Is there any good way to tackle sciatica?", "long-term-treatment"),
        ("What's the right way to sort out my backache?", "long-term-treatment"),
        ("They found a worn disc at L4. What treatment should I go for?", "long-term-treatment"),
        ("I've got sciatica down one side, please help me", "long-term-treatment"),
        ("Two herniated discs in my lower spine and I no longer know what to do.",
         "long-term-treatment"),
        # Look-alikes: a named theme or treatment keeps its own answer.
        ("Is there a way to cure it with surgery?", "surgery"),
        ("What can I take for the pain?", "painkillers"),
        ("Should I have an epidural steroid injection for my disc?", "injections"),
        ("How long does sciatica last?", "how-long"),
    ],
)  # fmt: skip
def test_a_way_to_treat_it_is_the_treatment(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Whether to be seen or checked at all: when to see a doctor.
        ("The pain behind my knee is still there after a month, do I need to get it checked?",
         "see-a-doctor"),
        ("My leg still aches a bit, should it be looked at or be seen by someone?",
         "see-a-doctor"),
        # Look-alikes: the scan and the warning signs keep theirs.
        ("What does my MRI report mean?", "scans"),
        ("What are the warning signs I should look out for?", "red-flags"),
    ],
)  # fmt: skip
def test_being_seen_is_seeing_a_doctor(text: str, expect: str) -> None:
    assert routed(text) == expect
