"""The learned routing vote's numpy inference (bot/qa/learned_vote.py): it says what
scikit-learn said when it was trained, refuses a file naming an answer the content lacks, and
its work grows with a message's length, never faster."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from bench.train_vote import FROM_TRAINING, UNSEEN, current_training
from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer
from bot.qa.learned_vote import (
    MODEL,
    LearnedVote,
    LearnedVoteError,
    Vote,
    char_grams,
    word_grams,
)

EXPECTED = Path(__file__).parent / "learned_vote_expected.jsonl"
VOTE = LearnedVote()


def test_it_reproduces_scikit_learns_votes() -> None:
    """Same label on every fixture message (written by `python -m bench train_vote`),
    probability within 0.01."""
    rows = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    differ = []
    for row in rows:
        got = VOTE.vote(row["q"])
        if got.label != row["label"] or abs(got.probability - row["probability"]) > 0.01:
            differ.append((row["q"][:80], got, row["label"], row["probability"]))
    assert differ == []


def test_half_the_fixture_is_messages_the_vote_never_learned_from() -> None:
    """The inference is checked on texts it was trained on and on as many it never saw (made by
    the trainer from its own texts, so a new test module does not change the fixture)."""
    learned = set(current_training()[0])
    rows = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    seen = sum(row["q"] in learned for row in rows)
    never = sum(row["q"] not in learned and bool(row["q"].strip()) for row in rows)
    assert seen >= FROM_TRAINING and never >= UNSEEN, (seen, never)


def test_probabilities_sum_to_one_and_the_vote_is_the_best() -> None:
    proba = VOTE.probabilities("Can I go for a walk with sciatica?")
    assert proba.shape == (len(VOTE.labels),)
    assert proba.sum() == pytest.approx(1.0)
    assert VOTE.vote("Can I go for a walk with sciatica?") == Vote(
        VOTE.labels[int(proba.argmax())], float(proba.max())
    )


def test_every_label_is_an_answer_the_content_has() -> None:
    content = load_content(default_content_dir())
    VOTE.check({*content.sections, *content.exercises})


def _relabelled(path: Path, old: str, new: str) -> None:
    """The shipped vote with one label renamed."""
    with zipfile.ZipFile(MODEL) as source, zipfile.ZipFile(path, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "labels.npy":
                labels = np.load(io.BytesIO(data)).tobytes().decode("utf-8").split("\n")
                renamed = "\n".join(new if label == old else label for label in labels)
                buffer = io.BytesIO()
                np.save(buffer, np.frombuffer(renamed.encode("utf-8"), dtype=np.uint8))
                data = buffer.getvalue()
            copy.writestr(name, data)


def test_a_label_the_content_lacks_fails_the_check(tmp_path: Path) -> None:
    content = load_content(default_content_dir())
    known = {*content.sections, *content.exercises}
    renamed = tmp_path / "vote.npz"
    _relabelled(renamed, "walking", "strolling-tips")
    vote = LearnedVote(renamed)
    assert "strolling-tips" in vote.labels
    with pytest.raises(LearnedVoteError, match=r"does not have: \['strolling-tips'\]"):
        vote.check(known)


def test_start_up_fails_on_a_vote_naming_an_unknown_answer(tmp_path: Path) -> None:
    renamed = tmp_path / "vote.npz"
    _relabelled(renamed, "walking", "strolling-tips")
    folder = default_content_dir()
    with pytest.raises(LearnedVoteError, match="strolling-tips"):
        QuestionAnswerer.from_content(load_content(folder), folder, learned_vote=renamed)


def test_a_missing_or_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LearnedVoteError, match="python -m bench train_vote"):
        LearnedVote(tmp_path / "absent.npz")
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not an archive")
    with pytest.raises(LearnedVoteError, match="cannot read"):
        LearnedVote(broken)


def test_the_analyzers_match_scikit_learns_rules() -> None:
    """Word tokens of two or more word characters... and one: 1-2-grams joined by a space;
    character 2-5-grams of each word padded by a space, a short word counted once."""
    assert word_grams("Is it OK? I’m sore") == [
        "is", "it", "ok", "i", "m", "sore", "is it", "it ok", "ok i", "i m", "m sore",
    ]  # fmt: skip
    assert char_grams("Go  up") == [
        " g", "go", "o ", " go", "go ", " go ", " u", "up", "p ", " up", "up ", " up ",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "unit",
    ["sciatica ", "a ", "x", "é ", "\n\t ", "can't-sit, "],
    ids=["words", "one-letter words", "one long word", "accents", "white space", "punctuation"],
)
def test_the_work_grows_linearly_with_a_message(unit: str) -> None:
    """A 4,000-character message of any make costs at most twice what 2,000 characters do
    (in n-grams looked up), and still gets a vote."""
    half = unit * (2000 // len(unit))
    whole = half * 2
    for grams in (word_grams, char_grams):
        assert len(grams(whole)) <= 2 * len(grams(half)) + 8
        assert len(grams(whole)) <= 4 * len(whole) + 8
    assert VOTE.vote(whole).label in VOTE.labels
