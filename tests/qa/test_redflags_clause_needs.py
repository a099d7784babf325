"""A concept's `clause_needs` (content/qa.yaml, bot/qa/concept.py): a clause of one family
shows the concept only when the message names another; its other clauses need nothing. Read on
a minimal concept (the shipped clause reading, one made-up concept), not the shipped ones."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from bot.content.loader import default_content_dir
from bot.qa.models import QAConfig
from bot.qa.redflags import RedFlagDetector

FAMILIES = {
    "t_limb": r"legs|feet|hands",
    "t_numb": r"numb|tingl\w*",
    "t_glove": r"hands and feet|feet and hands",
    "t_back": r"back|spine",
}
CONCEPT = {"id": "both_legs", "signs": [["t_limb", "t_numb"]]}


def _config(**concept: object) -> QAConfig:
    data: dict[str, Any] = yaml.safe_load(
        (default_content_dir() / "qa.yaml").read_text(encoding="utf-8")
    )
    data["word_families"].update(FAMILIES)
    data["concepts"] = [{**CONCEPT, **concept}]
    return QAConfig.model_validate(data)


@pytest.fixture(scope="module")
def held_back() -> RedFlagDetector:
    return RedFlagDetector(_config(clause_needs=["t_glove", "t_back"]))


@pytest.fixture(scope="module")
def plain() -> RedFlagDetector:
    return RedFlagDetector(_config())


GLOVE_ALONE = [
    "My hands and feet are numb.",
    "I get tingling in my feet and hands most mornings.",
]
GLOVE_WITH_NEED = [
    "My hands and feet are numb and my back is killing me.",
    "My spine aches. My hands and feet are numb.",
]
OTHER_CLAUSES = [
    "My legs are numb.",
    "My hands and feet tingle. My legs are numb too.",
]


@pytest.mark.parametrize("text", GLOVE_ALONE)
def test_a_clause_of_the_family_alone_shows_nothing(held_back: RedFlagDetector, text: str) -> None:
    assert held_back.detect(text) is None


@pytest.mark.parametrize("text", GLOVE_ALONE + GLOVE_WITH_NEED + OTHER_CLAUSES)
def test_without_the_key_every_clause_shows_the_concept(plain: RedFlagDetector, text: str) -> None:
    hit = plain.detect(text)
    assert hit is not None and hit.flags == ("both_legs",)


@pytest.mark.parametrize("text", GLOVE_WITH_NEED)
def test_the_need_told_anywhere_lets_the_clause_show(
    held_back: RedFlagDetector, text: str
) -> None:
    hit = held_back.detect(text)
    assert hit is not None and hit.flags == ("both_legs",)


@pytest.mark.parametrize("text", OTHER_CLAUSES)
def test_the_other_clauses_need_nothing(held_back: RedFlagDetector, text: str) -> None:
    hit = held_back.detect(text)
    assert hit is not None and hit.flags == ("both_legs",)


@pytest.mark.parametrize(
    ("concept", "expected"),
    [
        ({"clause_needs": ["t_glove", "t_glove"]}, "names one family twice"),
        ({"clause_needs": ["t_glove", "t_back"], "needs": "t_back"}, "already asks"),
        ({"signs": [], "clause_needs": ["t_glove", "t_back"]}, "no sign"),
        ({"clause_needs": ["t_glove", "t_nowhere"]}, "unknown families"),
        ({"clause_needs": ["t_glove"]}, "clause_needs"),
    ],
)
def test_a_key_that_could_do_nothing_is_refused_at_load(
    concept: dict[str, object], expected: str
) -> None:
    with pytest.raises(ValidationError, match=expected):
        _config(**concept)
