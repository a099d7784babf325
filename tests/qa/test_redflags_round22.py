"""Red flags in fresh words (issue 15, round 22): a red-team of generalisation. The posts in
tests/qa/redflag_fresh_words.py tell a NICE NG59 / NHS red flag in lay words no earlier test
used (a bladder that dribbles or will not start, a bowel with no warning, numbness down there in
slang, the other leg joining in, a foot that catches or a knee that folds, a fever or a fall
with back pain, a cancer history or weight lost with new back pain); those in
tests/qa/redflag_fresh_lookalikes.py use the same words with no red flag (denied, someone
else's or a pet's, long past, a hypothetical, a side effect named). Both lists were written
before either was run and scored once before the fixes: 43 of the 62 posts got urgent-care
advice and 14 of the 40 look-alikes did; after them, 62 of 62 and 6 of 40 (those left below,
each with its reason).
"""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import flags, quiet
from tests.qa.redflag_fresh_lookalikes import (
    DENIED,
    ELSEWHERE,
    HYPOTHETICAL,
    LOOKALIKES,
    SOMEONE_ELSE,
)
from tests.qa.redflag_fresh_words import ALARMS


@pytest.mark.parametrize("text", ALARMS)
def test_a_red_flag_in_fresh_words_gets_urgent_care_advice(text: str) -> None:
    assert flags(text)


# Look-alikes still alarmed after the fixes, each with why it was left: an extra warning costs
# less than a miss, and each needs a reading the detector does not make yet. Strict: a fix that
# quiets one must move it out of this list.
STILL_ALARMED = {
    DENIED[6]: "a worry told then refuted by a test in the next clause ('I was worried my "
    "leg was weak, but the physio tested it'): the worry frame cannot be told from 'I was "
    "worried as my legs were going numb' by words near it",
    SOMEONE_ELSE[0]: "a father's retention in a clause of a sentence that goes on to the "
    "writer's own: someone else's symptom is read by sentence, and one cared for alarms",
    SOMEONE_ELSE[6]: "an old relative's pads told now, in the present: a carer's report of a "
    "present symptom alarms by design (the writer may be asking for them)",
    HYPOTHETICAL[0]: "'if I ever' reaches a mention four words on; here it is six, and "
    "reaching further would silence 'if I ever walk far my legs go numb'",
    HYPOTHETICAL[1]: "'what does it mean if both legs ...' is read as the writer's own (no "
    "'my' is needed), and the denial after it is not tied to the question",
    ELSEWHERE[4]: "a numb bum from a hard bench with the feeling told back on standing after "
    "'but': 'but it came back' is read as the numbness returning",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=pytest.mark.xfail(reason=STILL_ALARMED[text], strict=True))
        if text in STILL_ALARMED
        else text
        for text in LOOKALIKES
    ],
)
def test_the_same_words_with_no_red_flag_stay_quiet(text: str) -> None:
    quiet(text)
