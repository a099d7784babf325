"""The red-flag concept grid (tests/qa/redflag_grid.py) and its look-alikes
(tests/qa/redflag_lookalikes.py): every generated description of a red flag raises the alarm,
and no look-alike does. `python -m bench redflags` prints the same figures per concept.

The detector is asked directly: the answerer gives the urgent-care advice exactly when it
finds a red flag (bot/qa/answer.py), and a few thousand messages through the whole answerer
would take a minute."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.qa.answer_checks import ANSWERER
from tests.qa.grid_text import Case
from tests.qa.redflag_grid import alarm_cases, detector, gap
from tests.qa.redflag_lookalikes import lookalike_cases

ALARMS = alarm_cases()
LOOKALIKES = lookalike_cases()
DETECTOR = detector()
CELLS = sorted({(case.concept, case.cell, case.alarm) for case in ALARMS + LOOKALIKES})


def _wrong(cases: list[Case]) -> list[str]:
    """The messages whose alarm (or silence) is not what their cell expects."""
    return [
        case.text
        for case in cases
        if (DETECTOR.detect(case.text) is not None) != case.alarm and gap(case.text) is None
    ]


def test_the_grid_is_a_few_thousand_distinct_messages_every_run() -> None:
    assert alarm_cases() == ALARMS and lookalike_cases() == LOOKALIKES
    texts = [case.text for case in ALARMS + LOOKALIKES]
    assert len(set(texts)) == len(texts)
    assert 2000 <= len(ALARMS) <= 10000 and 500 <= len(LOOKALIKES) <= 3000
    # Every clinical concept of NICE NG59 / NHS is in the grid with a few dozen messages at least.
    sizes = Counter(case.concept for case in ALARMS)
    assert set(sizes) == {
        "bladder_bowel", "saddle", "leg_weakness", "both_legs", "trauma", "cancer_weight",
        "fever_infection", "night_constant", "thoracic", "fracture_risk",
    }  # fmt: skip
    assert min(sizes.values()) >= 50


def test_every_slot_is_filled_and_every_message_reads_as_typed() -> None:
    for case in ALARMS + LOOKALIKES:
        assert "{" not in case.text and "  " not in case.text, case.text
        # A person named once, then a pronoun ("my husband ... his leg", not "my husband's").
        assert not re.search(r"\b(husband|partner)\b.*\b\1s\b", case.text), case.text
        assert case.text[0].isupper() or case.text == case.text.lower(), case.text


@pytest.mark.parametrize(("concept", "cell", "alarm"), CELLS)
def test_each_cell(concept: str, cell: str, alarm: bool) -> None:
    cases = [
        c for c in ALARMS + LOOKALIKES if (c.concept, c.cell, c.alarm) == (concept, cell, alarm)
    ]
    wrong = _wrong(cases)
    verb = "missed" if alarm else "raised the alarm"
    assert not wrong, f"{len(wrong)} of {len(cases)} {verb}, e.g. {wrong[:5]}"


GAPS = [case for case in ALARMS + LOOKALIKES if gap(case.text)]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=gap(c.text) or "", strict=True))
        for c in GAPS
    ],
    ids=[c.text for c in GAPS],
)
def test_expected_gaps_are_still_gaps(case: Case) -> None:
    assert (DETECTOR.detect(case.text) is not None) == case.alarm


def test_the_answerer_alarms_as_the_detector_does_on_a_sample() -> None:
    """What the user sees: the urgent-care advice exactly when the detector finds a flag."""
    for case in (ALARMS + LOOKALIKES)[::40]:
        kind = ANSWERER.answer(case.text).kind
        assert (kind == "red_flag") == (DETECTOR.detect(case.text) is not None), case.text
