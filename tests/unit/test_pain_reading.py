"""Reading a typed answer to the pain check-in (bot/core/pain_reading.py)."""

from __future__ import annotations

import pytest

from bot.core.pain_reading import PainReading, read_pain


@pytest.mark.parametrize(
    ("text", "score"),
    [("6", 6), ("6/10", 6), ("6 / 10", 6), ("pain 5", 5), ("about a 4", 4),
     ("it's a 3 today", 3), ("it’s a 3", 3), ("7 out of 10", 7), ("seven", 7), ("Ten", 10),
     ("0", 0), ("10/10", 10), ("3!", 3), ("my pain is about a 4 today", 4)],
)  # fmt: skip
def test_one_whole_number_from_0_to_10_is_a_score(text: str, score: int) -> None:
    assert read_pain(text) == PainReading("score", score)


@pytest.mark.parametrize(
    "text", ["11", "-2", "-2/10", "5.5", "2,5", "4-5", "4 or 5", "bad", "pretty bad", "worse"]
)
def test_numbers_out_of_range_several_numbers_and_words_for_pain_are_unusable(
    text: str,
) -> None:
    assert read_pain(text) == PainReading("unusable")


@pytest.mark.parametrize(
    "text",
    ["is 5 ok?", "pain for 3 weeks now", "twice a day, 2 times", "walking", "Paris", "hi", "",
     "I have had this for 3 months and it is not getting better at all"],
)  # fmt: skip
def test_questions_stories_and_counts_of_other_things_are_no_score(text: str) -> None:
    assert read_pain(text) == PainReading("not_a_score")
