"""Routing (round 12, second pass): classes of misses seen across at least three real dev sets,
checked on paraphrases written by the team (not copied from any labelled set), each beside
look-alikes that must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import routed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Walking named as what the pain stops now is a bad spell: what to do in a flare-up.
        ("My leg is so bad today I can barely walk, please help.", "flare-ups"),
        ("The pain is awful, I can hardly walk. What should I do?", "flare-ups"),
        ("How do I calm this pain down so I can at least walk to the shop?", "flare-ups"),
        ("My sciatica is terrible this week and I'm struggling to walk, any advice?",
         "flare-ups"),
        # Look-alikes: walking asked about, how far one can walk, and what one could not do once
        # stay walking.
        ("Is walking good for sciatica?", "walking"),
        ("How far should I walk each day with sciatica?", "walking"),
        ("Why can't I walk far without my leg starting to hurt?", "walking"),
        ("I could barely walk 100 metres in spring, now I do 3 km a day. Should I walk more?",
         "walking"),
    ],
)  # fmt: skip
def test_walking_named_as_what_the_pain_stops(text: str, expect: str) -> None:
    assert routed(text) == expect
