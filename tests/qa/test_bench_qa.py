"""`python -m bench qa` scores the sets that are there and names the ones that are not (the
round's test split is added at the end of the round)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench import qa

HERE = Path(__file__).parent


def test_a_missing_set_prints_as_not_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(HERE / "heldout.jsonl", tmp_path / "heldout.jsonl")
    monkeypatch.setattr(qa, "QUESTIONS", tmp_path)
    qa.main()
    out = capsys.readouterr().out
    assert f"{qa.TEST_SET} (not present)" in out
    assert "questions.jsonl (not present)" in out
    assert "heldout.jsonl (40 questions;" in out
    assert "every dev set together (40)" in out
    assert "every real dev set together" not in out
