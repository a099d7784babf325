"""The ranking index: BM25 (bm25s) over the guide, the exercise how-tos and question variants."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import bm25s
import numpy as np

from bot.qa.text import Analyzer

SourceKind = Literal["section", "exercise"]


@dataclass(frozen=True)
class QADocument:
    """One indexed text and the answer it leads to."""

    answer_id: str
    kind: SourceKind
    text: str


class AnswerIndex:
    """Built once: scores every answer for a question (its best-matching document)."""

    def __init__(
        self,
        documents: Sequence[QADocument],
        analyzer: Analyzer,
        generic_terms: Sequence[str] = (),
        generic_weight: float = 1.0,
    ) -> None:
        if not documents:
            raise ValueError("nothing to index")
        analyzer.learn(doc.text for doc in documents)
        self._analyzer = analyzer
        self._answers = sorted({doc.answer_id for doc in documents})
        position = {answer: n for n, answer in enumerate(self._answers)}
        self._owner = np.array([position[doc.answer_id] for doc in documents])
        self.kinds = {doc.answer_id: doc.kind for doc in documents}
        corpus = [analyzer.terms(doc.text) or ["_"] for doc in documents]
        self._vocabulary = {term for terms in corpus for term in terms}
        self._generic = {term for text in generic_terms for term in analyzer.terms(text)}
        self._generic_weight = generic_weight
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)

    def terms(self, text: str) -> list[str]:
        """The ranking terms of a text, typos repaired."""
        return self._analyzer.terms(text, repair=True)

    def known_terms(self, text: str) -> int:
        """How many of the text's ranking terms the index knows."""
        return sum(t in self._vocabulary for t in self._analyzer.terms(text, repair=True))

    def rank(self, question: str) -> Ranking:
        """Every answer's score (its best document's) and how much of the question is known."""
        terms = self._analyzer.terms(question, repair=True)
        known = [term for term in terms if term in self._vocabulary]
        if not known:
            return Ranking({}, 0.0)
        # "sciatica" and "pain" are in every question: the other words choose the topic.
        specific = [term for term in known if term not in self._generic]
        generic = [term for term in known if term in self._generic]
        if specific and generic:
            scores = self._bm25.get_scores(specific) + self._generic_weight * (
                self._bm25.get_scores(generic)
            )
        else:
            scores = self._bm25.get_scores(known)
        per_answer = np.zeros(len(self._answers))
        np.maximum.at(per_answer, self._owner, scores)
        return Ranking(
            {
                answer: float(score)
                for answer, score in zip(self._answers, per_answer, strict=True)
            },
            len(known) / len(terms),
        )


@dataclass(frozen=True)
class Ranking:
    """Scores per answer id, and the share of the question's terms the index knows."""

    scores: dict[str, float]
    coverage: float
