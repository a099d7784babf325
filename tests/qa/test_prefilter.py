"""The literal test before a costly regex (bot/qa/prefilter.py) never rules out a text the
pattern matches: checked on made-up patterns and on every pattern of content/qa.yaml against
the questions of the project's own sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.loader import default_content_dir
from bot.qa.evaluate import load_cases
from bot.qa.models import load_qa
from bot.qa.patterns import compiled
from bot.qa.prefilter import KeyedPatterns, keys_found, literals, may_match
from bot.qa.signs import signs
from bot.qa.text import words

QUESTIONS = Path(__file__).parent


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bwhat (?:is|are) x", ("what ",)),
        (r"ab(?:cde|fgh)+", ("cde", "fgh")),
        (r"^(?!.*\bfoo\b).*\bbar(?:s|n)\b", ("bar",)),
        (r"(?:\w+ ){0,2}hello|world wide", ("hello", "world wide")),
        (r"(?i:abc)def", ("def",)),  # the case-insensitive group needs nothing as written
    ],
)
def test_literals_are_what_every_match_passes_through(
    pattern: str, needed: tuple[str, ...]
) -> None:
    assert literals(re.compile(pattern)) == needed


@pytest.mark.parametrize(
    "pattern",
    [r"(?:abc|)x", r"(?:abc)?x", r"(?i)hello", r"(?=abc)\w", r"(?:ab)*c"],
)
def test_a_pattern_with_nothing_certain_is_always_searched(pattern: str) -> None:
    assert literals(re.compile(pattern)) is None
    assert may_match(None, "anything")


def test_only_the_patterns_found_are_keyed_and_in_order() -> None:
    keyed = [(key, re.compile(p), literals(re.compile(p))) for key, p in
             (("a", r"\bsit\w*"), ("b", r"\bdriv"), ("c", r"ing\b"))]  # fmt: skip
    assert list(keys_found(keyed, "sitting while driving")) == ["a", "b", "c"]
    assert list(keys_found(keyed, "lying down")) == ["c"]


def test_patterns_searched_together_find_what_each_finds_alone() -> None:
    config = load_qa(default_content_dir() / "qa.yaml")
    shapes = [(key, compiled(p)) for key, ps in config.intents.items() for p in ps]
    together = KeyedPatterns(shapes)
    found = 0
    for name in ("questions.jsonl", "real_round16_more_dev.jsonl"):
        for case in load_cases(QUESTIONS / name):
            text = " ".join(words(case.question))
            alone = [key for key, pattern in shapes if pattern.search(text)]
            assert list(together.keys_found(text)) == alone, text
            found += len(alone)
    assert found > 50  # shapes were found, not only missed


def test_no_pattern_of_the_content_is_ruled_out_where_it_matches() -> None:
    config = load_qa(default_content_dir() / "qa.yaml")
    patterns = {compiled(p) for shapes in config.intents.values() for p in shapes}
    patterns |= {compiled(p) for shapes in config.message_intents.values() for p in shapes}
    patterns |= {p for sign in signs(config) for p in sign.patterns}
    texts = [
        " ".join(words(case.question))
        for name in ("questions.jsonl", "real_round16_more_dev.jsonl")
        for case in load_cases(QUESTIONS / name)
    ]
    matched = 0
    for pattern in patterns:
        needed = literals(pattern)
        for text in texts:
            if pattern.search(text):
                matched += 1
                assert may_match(needed, text), (pattern.pattern, text)
    assert matched > 100  # the check saw patterns match, not only miss
