"""The literal test before a costly regex (bot/qa/prefilter.py) never rules out a text the
pattern matches: checked on made-up patterns and on every pattern of content/qa.yaml against
the questions of the project's own sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.loader import default_content_dir
from bot.qa.clause_reading import ClauseReader
from bot.qa.evaluate import load_cases
from bot.qa.models import load_qa
from bot.qa.patterns import compiled
from bot.qa.prefilter import KeyedPatterns, keys_found, literals, may_match, required
from bot.qa.scan import ClauseMemo
from bot.qa.signs import Sign, scanned, signs
from bot.qa.text import words
from bot.qa.told import sentences

QUESTIONS = Path(__file__).parent


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bwhat (?:is|are) x", ("what ",)),
        (r"ab(?:cde|fgh)+", ("cde", "fgh")),
        (r"^(?!.*\bfoo\b).*\bbar(?:s|n)\b", ("bar",)),
        (r"(?:\w+ ){0,2}hello|world wide", ("hello", "world wide")),
        (r"(?i:abc)def", ("def",)),  # the case-insensitive group needs nothing as written
        (r"(?=abc)\w", ("abc",)),  # what a look-ahead must see is in the text
        (r"^(?=.*\bsciatica\b)(?:why|how) does", ("sciatica",)),
        (r"(?<=sitt)ing", ("sitt",)),
    ],
)
def test_literals_are_what_every_match_passes_through(
    pattern: str, needed: tuple[str, ...]
) -> None:
    assert literals(re.compile(pattern)) == needed


@pytest.mark.parametrize(
    "pattern",
    [r"(?:abc|)x", r"(?:abc)?x", r"(?i)hello", r"(?!abc)\w", r"(?<!abc)\w", r"(?:ab)*c"],
)
def test_a_pattern_with_nothing_certain_is_always_searched(pattern: str) -> None:
    assert literals(re.compile(pattern)) is None
    assert may_match(None, "anything")


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        (r"\bhow (?:long|far)\b.* sciatica", (("how ",), ("far", "long"), (" sciatica",))),
        (r"(?:abc|)x(?=defg)", (("defg",),)),  # an optional part needs nothing
        (r"(?i)how long", ()),
    ],
)
def test_every_part_of_a_pattern_needs_its_own_literals(
    pattern: str, sets: tuple[tuple[str, ...], ...]
) -> None:
    assert required(re.compile(pattern)) == sets


def test_a_shape_needing_two_words_is_searched_only_where_both_are() -> None:
    together = KeyedPatterns([("a", re.compile(r"\bhow (?:long|far)\b.* sciatica"))])
    assert list(together.keys_found("how long does sciatica last")) == ["a"]
    assert not together.any_found("how long is a piece of string")
    assert not together.any_found("is it sciatica")


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
    patterns |= {p for sign in signs(config) for p in _told_of(sign)}
    scoped = (*config.off_topic, *config.off_topic_money, *config.off_topic_subjects)
    patterns |= {compiled(p) for p in (*scoped, *config.off_topic_conditions)}
    patterns |= {compiled(config.expand(p)) for p in (config.general_question, config.not_general)}
    texts = [
        told
        for name in ("questions.jsonl", "real_round16_more_dev.jsonl")
        for case in load_cases(QUESTIONS / name)
        for told in (case.question, " ".join(words(case.question)))
    ]
    matched = 0
    for pattern in patterns:
        needed = literals(pattern)
        for text in texts:
            if pattern.search(text):
                matched += 1
                assert may_match(needed, text), (pattern.pattern, text)
                assert all(may_match(r, text) for r in required(pattern)), (pattern.pattern, text)
    assert matched > 100  # the check saw patterns match, not only miss


def test_a_pattern_needing_no_known_literal_is_still_searched_in_order() -> None:
    together = KeyedPatterns([("a", re.compile(r"\bsit\w*")), ("b", re.compile(r"(?:ab)*c")),
                              ("c", re.compile(r"\bsit"))])  # fmt: skip
    assert list(together.keys_found("sitting")) == ["a", "c"]
    assert list(together.keys_found("a car to sit in")) == ["a", "b", "c"]
    assert together.any_found("ice")
    assert not together.any_found("lying down")


def test_patterns_any_found_together_as_alone() -> None:
    config = load_qa(default_content_dir() / "qa.yaml")
    lists = (config.off_topic, config.off_topic_money, config.off_topic_subjects,
             config.off_topic_conditions)  # fmt: skip
    texts = [
        " ".join(words(case.question))
        for name in ("questions.jsonl", "real_round16_more_dev.jsonl")
        for case in load_cases(QUESTIONS / name)
    ]
    found = 0
    for patterns in lists:
        together = KeyedPatterns((p, compiled(p)) for p in patterns)
        for text in texts:
            alone = any(compiled(p).search(text) for p in patterns)
            assert together.any_found(text) == alone, text
            found += alone
    assert found > 5  # some texts were outside the guide, not only inside


def test_a_clause_is_found_to_hold_a_sign_exactly_where_the_pattern_is_found() -> None:
    config = load_qa(default_content_dir() / "qa.yaml")
    patterns = scanned(signs(config))
    memo = ClauseMemo(patterns[: len(patterns) // 2])  # the rest are read when first asked
    reader = ClauseReader(config)
    told = [
        clause
        for case in load_cases(QUESTIONS / "real_round16_more_dev.jsonl")
        for sentence in sentences(case.question)
        for clause in reader.clauses(sentence)
    ]
    found = 0
    for pattern in patterns:
        for clause in told:
            assert memo.found(pattern, clause) == (pattern.search(clause) is not None)
            found += memo.found(pattern, clause)
    assert found > 100


def _told_of(sign: Sign) -> list[re.Pattern[str]]:
    """Every pattern a sign looks for, in clauses or in the whole message."""
    told = [*sign.patterns, sign.unless, *sign.needs, sign.quiet_with, sign.kept]
    told += [sign.treated_unless, *(p for pair in sign.treated for p in pair)]
    return [pattern for pattern in told if pattern is not None]
