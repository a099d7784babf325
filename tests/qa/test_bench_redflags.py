"""`python -m bench redflags` prints, per concept, the grid's size, recall and look-alike alarms,
and (asked for) every miss."""

from __future__ import annotations

import pytest

from bench import redflags
from tests.qa.grid_text import Case

CASES = [
    Case("bladder_bowel", "voiding", "I can't pee since yesterday", alarm=True),
    Case("bladder_bowel", "voiding", "I have been unwell in a way no word family knows", True),
    Case("negation", "denied", "no bladder or bowel problems, just pain", alarm=False),
]


def test_the_figures_per_concept_and_the_misses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(redflags, "alarm_cases", lambda: CASES[:2])
    monkeypatch.setattr(redflags, "lookalike_cases", lambda: CASES[2:])
    monkeypatch.setattr(redflags, "negation_cases", lambda: CASES)
    redflags.main(show_misses=True)
    out = capsys.readouterr().out
    assert "  bladder_bowel                    2  0.500       1" in out
    assert "  negation                         1       0" in out
    assert "total: recall 0.500 (1/2), look-alike alarms 0/1" in out
    assert "  negation (must stay quiet)             1  1.000       0" in out
    assert "negation traps: recall 0.500 (1/2), denial alarms 0/1" in out
    assert "miss [voiding]: I have been unwell in a way no word family knows" in out
    assert "I can't pee since yesterday" not in out.split("total:")[1]
