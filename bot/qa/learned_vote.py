"""The learned routing vote: a text classifier's best answer id for a message, with numpy alone.

`python -m bench train_vote` fits it with scikit-learn (TF-IDF of word 1-2-grams and of
character 2-5-grams inside words, a linear SVM, one sigmoid per class) and exports what an
inference needs to data/learned_vote.npz. This module computes what scikit-learn's
`predict_proba` would: the same two analyzers, sublinear tf times idf, each vectorizer's vector
scaled to unit length, the SVM's decisions, each class's sigmoid, normalised across the classes
(tests/qa/test_learned_vote.py checks it against scikit-learn's own figures). The answerer
lets it re-route a guide answer or an out-of-scope reply (bot/qa/answer.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL = Path(__file__).resolve().parent / "data" / "learned_vote.npz"
OUT_OF_SCOPE = "out_of_scope"
# scikit-learn's default word token and its white-space run (text.py, _char_wb_ngrams).
_TOKEN = re.compile(r"(?u)\b\w+\b")
_SPACES = re.compile(r"\s\s+")
_WORD_GRAMS, _CHAR_GRAMS = (1, 2), (2, 5)
_ARRAYS = ("word_terms", "word_idf", "char_terms", "char_idf", "coef", "intercept",
           "sigmoid_a", "sigmoid_b", "labels", "digest", "texts")  # fmt: skip


class LearnedVoteError(Exception):
    """The vote's file is missing, malformed, or names an answer the content does not have."""


@dataclass(frozen=True)
class Vote:
    """The classifier's best label for one message and its calibrated probability."""

    label: str
    probability: float


def fold(text: str) -> str:
    """The trainer's preprocessor: lower case, a typographic apostrophe made plain."""
    return text.lower().replace("’", "'")


def word_grams(text: str) -> list[str]:
    """scikit-learn's word analyzer: its tokens, then each pair of neighbours joined by a space."""
    tokens = _TOKEN.findall(fold(text))
    low, high = _WORD_GRAMS
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_grams(text: str) -> list[str]:
    """scikit-learn's char_wb analyzer: the character n-grams of each word padded by a space."""
    low, high = _CHAR_GRAMS
    grams: list[str] = []
    for word in _SPACES.sub(" ", fold(text)).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            count = max(len(padded) - n + 1, 1)  # a word shorter than n counts once, whole
            grams += [padded[i : i + n] for i in range(count)]
            if count == 1:
                break
    return grams


class _Vectorizer:
    """One TF-IDF vectorizer: sublinear term frequency times idf, scaled to unit length."""

    def __init__(self, terms: list[str], idf: np.ndarray, grams: Callable[[str], list[str]]):
        self._column = {term: n for n, term in enumerate(terms)}
        self._idf = idf
        self._grams = grams

    def __len__(self) -> int:
        return len(self._column)

    def weights(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The columns of `text`'s known terms and their weights."""
        counts = Counter(self._grams(text))
        known = [(self._column[t], n) for t, n in counts.items() if t in self._column]
        columns = np.array([c for c, _ in known], dtype=np.intp)
        tf = np.array([1.0 + math.log(n) for _, n in known], dtype=np.float64)
        values = tf * self._idf[columns]
        norm = float(np.sqrt(values @ values))
        return columns, values / norm if norm > 0 else values


class LearnedVote:
    """Loaded once when the answerer is built; votes in well under a millisecond a message."""

    def __init__(self, path: Path = MODEL) -> None:
        try:
            with np.load(path, allow_pickle=False) as stored:
                arrays = {name: stored[name] for name in _ARRAYS}
        except (OSError, KeyError, ValueError) as exc:
            raise LearnedVoteError(
                f"{path}: cannot read the learned vote ({exc}); "
                "retrain it with `python -m bench train_vote`"
            ) from exc
        self.path = path
        self.labels = tuple(_lines(arrays["labels"]))
        self.digest = _lines(arrays["digest"])[0]
        self.texts = int(arrays["texts"][0])
        self._word = _Vectorizer(_lines(arrays["word_terms"]), arrays["word_idf"], word_grams)
        self._char = _Vectorizer(_lines(arrays["char_terms"]), arrays["char_idf"], char_grams)
        coef = arrays["coef"]
        features = len(self._word) + len(self._char)
        shapes = {
            "coef": (coef.shape, (len(self.labels), features)),
            "intercept": (arrays["intercept"].shape, (len(self.labels),)),
            "sigmoid_a": (arrays["sigmoid_a"].shape, (len(self.labels),)),
            "sigmoid_b": (arrays["sigmoid_b"].shape, (len(self.labels),)),
            "word_idf": (arrays["word_idf"].shape, (len(self._word),)),
            "char_idf": (arrays["char_idf"].shape, (len(self._char),)),
        }
        wrong = [f"{name} {got} (expected {want})" for name, (got, want) in shapes.items()
                 if got != want]  # fmt: skip
        if wrong or len(self.labels) < 3:
            raise LearnedVoteError(f"{path}: malformed learned vote: {', '.join(wrong)}")
        # One row per feature: a message's few terms gather a few rows.
        self._rows = np.ascontiguousarray(coef.T)
        self._intercept = arrays["intercept"].astype(np.float64)
        self._a = arrays["sigmoid_a"].astype(np.float64)
        self._b = arrays["sigmoid_b"].astype(np.float64)

    def check(self, known: Iterable[str]) -> None:
        """Fail unless every label is one of `known` (the content's sections and exercises) or
        out of scope: a vote must never name an answer the bot cannot give."""
        unknown = sorted(set(self.labels) - {*known, OUT_OF_SCOPE})
        if unknown:
            raise LearnedVoteError(
                f"{self.path}: the learned vote names answers the content does not have: "
                f"{unknown}; retrain it with `python -m bench train_vote`"
            )

    def probabilities(self, text: str) -> np.ndarray:
        """Each label's calibrated probability for `text` (scikit-learn's predict_proba)."""
        word_columns, word_values = self._word.weights(text)
        char_columns, char_values = self._char.weights(text)
        columns = np.concatenate([word_columns, char_columns + len(self._word)])
        values = np.concatenate([word_values, char_values])
        decision = values @ self._rows[columns].astype(np.float64) + self._intercept
        # Each class's sigmoid, 1 / (1 + exp(a d + b)), its exponent kept finite.
        raw = 1.0 / (1.0 + np.exp(np.clip(self._a * decision + self._b, -700.0, 700.0)))
        total = float(raw.sum())
        if total == 0.0:
            return np.full(len(self.labels), 1.0 / len(self.labels))
        proba: np.ndarray = raw / total
        return proba

    def vote(self, text: str) -> Vote:
        """The most probable label and its probability."""
        proba = self.probabilities(text)
        best = int(proba.argmax())
        return Vote(self.labels[best], float(proba[best]))


def _lines(array: np.ndarray) -> list[str]:
    return bytes(array.astype(np.uint8)).decode("utf-8").split("\n")
