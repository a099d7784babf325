"""`python -m bench qa` scores the sets that are there and names the ones that are not (the
round's test split is added at the end of the round)."""

from __future__ import annotations

import re
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


def test_the_misses_of_a_named_dev_set_are_printed_and_never_the_test_splits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "heldout.jsonl").write_text(
        '{"q": "what is the capital of france", "expect": "walking"}\n', encoding="utf-8"
    )
    monkeypatch.setattr(qa, "QUESTIONS", tmp_path)
    qa.main("questions,heldout")
    out = capsys.readouterr().out
    assert "miss: 'what is the capital of france': expected walking, got out_of_scope" in out
    qa.main("")
    assert "miss:" not in capsys.readouterr().out
    assert qa.TEST_SET not in qa._wanted(f"all,{qa.TEST_SET}")


def test_a_second_labellers_agreement_is_scored_beside_the_whole_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / qa.TEST_SET).write_text(
        '{"q": "is walking good for sciatica", "expect": "walking", "second": "walking"}\n'
        '{"q": "what is the capital of france", "expect": "walking", "second": "out_of_scope"}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(qa, "QUESTIONS", tmp_path)
    qa.main("")
    out = capsys.readouterr().out
    assert "of which both blind labellers gave the same label (1)" in out
    assert "top-1 accuracy 1.000 (1/1" in out.split("both blind labellers")[1]


def test_the_header_says_what_the_learned_vote_was_trained_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The shipped vote was trained on this checkout's data; once the data changes the header
    says so and how to retrain."""
    monkeypatch.setattr(qa, "QUESTIONS", tmp_path)
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.delenv("QA_LEARNED_VOTE", raising=False)
    qa.main("")
    assert (
        "; off (QA_LEARNED_VOTE=true turns it on): the rules' figures" in capsys.readouterr().out
    )
    monkeypatch.setenv("QA_LEARNED_VOTE", "true")
    qa.main("")
    out = capsys.readouterr().out
    assert re.search(
        r"learned vote: trained on \d+ texts \(digest \w{12}; current data: same\)", out
    )
    assert "their figures are training figures" in out
    texts, labels = qa.current_training()
    monkeypatch.setattr(
        qa, "current_training", lambda: ([*texts, "is cycling ok"], [*labels, "walking"])
    )
    qa.main("")
    assert (
        "current data: changed, retrain with python -m bench train_vote)"
        in capsys.readouterr().out
    )
