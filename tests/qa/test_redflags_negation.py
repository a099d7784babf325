"""Negation traps, as a user meets them through the whole answerer: a negation word that carries
or frames a red flag gets the urgent-care advice, a real denial does not. The generated block
is tests/qa/redflag_grid_negation.py (checked cell by cell in test_redflags_grid.py)."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet
from tests.qa.redflag_grid_negation import negation_cases, spelled_out


@pytest.mark.parametrize(
    ("text", "concept"),
    [("I didn't used to leak but now I do", "bladder_bowel"),
     ("Not only is my foot numb but now my groin too, should I keep stretching?", "saddle"),
     ("I can no longer control my bladder", "bladder_bowel"),
     ("my husband is not able to pee since Sunday", "bladder_bowel"),
     ("I no longer know when I need to go to the loo", "bladder_bowel"),
     ("i cant not go to the loo, every half hour", "bladder_bowel"),
     ("there's nothing there when I wipe", "saddle"),
     ("I don't have any feeling down there", "saddle"),
     ("my leg isnt strong enough to hold me up anymore", "leg_weakness"),
     ("No fever but my groin is numb", "saddle")],
)  # fmt: skip
def test_a_negation_that_carries_the_symptom_alarms(text: str, concept: str) -> None:
    assert concept in flags(text)


@pytest.mark.parametrize(
    "text",
    ["my bladder is not a problem, can I swim?", "My bowels aren't an issue, just the pain",
     "I don't feel numb down there", "I no longer have numbness in my groin, can I run?",
     "I didn't use to have sciatica but now I do, what helps?",
     "not only does my back hurt but now my leg too"],
)  # fmt: skip
def test_a_real_denial_stays_quiet(text: str) -> None:
    quiet(text)


def test_contractions_are_written_out_as_people_also_type_them() -> None:
    assert spelled_out("I can't, she won't, it isn't, he doesn't") == (
        "I cannot, she will not, it is not, he does not"
    )


def test_the_block_crosses_both_ways_and_every_form_of_a_contraction() -> None:
    cases = negation_cases()
    texts = {case.text for case in cases}
    assert sum(case.alarm for case in cases) >= 300 and sum(not c.alarm for c in cases) >= 100
    assert {"I can't not go to the loo, I have to go every half hour",
            "I cannot not go to the loo, I have to go every half hour",
            "i cant not go to the loo, i have to go every half hour"} <= texts  # fmt: skip
