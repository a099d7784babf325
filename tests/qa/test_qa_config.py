"""content/qa.yaml's red-flag patterns may be written as lists of alternatives, a few to a line:
read as one pattern, each list still checked when the content loads."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content.loader import default_content_dir
from bot.qa.models import QAConfigError, load_qa
from bot.qa.text import fold_negations, words


def _written(tmp_path: Path, change: dict[str, object], family: dict[str, object]) -> Path:
    data = yaml.safe_load((default_content_dir() / "qa.yaml").read_text(encoding="utf-8"))
    data.update(change)
    data["word_families"].update(family)
    path = tmp_path / "qa.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_a_family_or_a_pattern_written_as_a_list_is_one_pattern(tmp_path: Path) -> None:
    path = _written(
        tmp_path,
        {"reassured": ["all fine", "no problem"]},
        {"fever": ["fever\\w*|feverish", "high temperature"]},
    )
    config = load_qa(path)
    assert config.family("fever") == "fever\\w*|feverish|high temperature"
    assert config.reassured == "all fine|no problem"


def test_a_broken_alternative_in_a_list_is_named_at_load(tmp_path: Path) -> None:
    path = _written(tmp_path, {}, {"fever": ["fever\\w*", "high (temperature"]})
    with pytest.raises(QAConfigError, match="high \\(temperature"):
        load_qa(path)


def test_a_bad_pattern_is_named_at_every_load(tmp_path: Path) -> None:
    # Patterns are compiled once and shared with the answerer: a bad one is still refused
    # each time it is loaded, never remembered as checked.
    path = _written(tmp_path, {"personal_advice": ["should i (take"]}, {})
    for _ in range(2):
        with pytest.raises(QAConfigError, match="bad pattern 'should i \\(take'"):
            load_qa(path)


# What every message is folded to before it meets a pattern: a pattern's alternative written
# otherwise ("do not", "cannot", "don't") can never match, and a list's word written twice
# says nothing new. Replies are shown to people as written, so they are not checked.
_SHOWN = {"replies"}
_WORD_LISTS = (
    *("stopwords", "generic_terms", "greetings", "thanks", "acknowledgements"),
    *("statement_words", "negation_cues", "negation_fillers", "negation_lists"),
)


def _strings(node: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if path or key not in _SHOWN:
                yield from _strings(key, f"{path}/{key}<key>")
                yield from _strings(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{path}/{i}")
    elif isinstance(node, str):
        yield path, node


def dead_alternatives(data: Mapping[str, Any]) -> list[str]:
    """Where a string of qa.yaml names a negation or an apostrophe that folding removes."""
    return [
        f"{path}: {text!r}"
        for path, text in _strings(data)
        if fold_negations(text) != text or re.search(r"['’‘`´]", text)
    ]


def duplicates(data: Mapping[str, Any]) -> list[str]:
    """Words written twice in one list (as folded), and a synonym given to two words."""
    lists: list[tuple[str, list[str]]] = [(name, data.get(name) or []) for name in _WORD_LISTS]
    synonyms: dict[str, list[str]] = data.get("synonyms") or {}
    lists += [(f"synonyms/{key}", [key, *values]) for key, values in synonyms.items()]
    lists.append(("synonyms (all)", [w for key, vs in synonyms.items() for w in {key, *vs}]))
    variants: dict[str, list[str]] = data.get("variants") or {}
    lists.append(("variants (all)", [v for vs in variants.values() for v in vs]))
    found = []
    for name, items in lists:
        seen = Counter(" ".join(words(str(item))) for item in items)
        found += [f"{name}: {word!r} x{n}" for word, n in seen.items() if n > 1]
    return found


def _config() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (default_content_dir() / "qa.yaml").read_text(encoding="utf-8")
    )
    return loaded


def test_no_pattern_or_list_names_a_negation_folding_removes() -> None:
    assert dead_alternatives(_config()) == []


def test_no_list_names_a_word_twice() -> None:
    assert duplicates(_config()) == []


def test_the_checks_find_a_dead_alternative_and_a_duplicate() -> None:
    data = {
        "off_topic": ["(?:dont|do not) know", "cannot|cant", "won't"],
        "stopwords": ["that", "there", "That"],
        "synonyms": {"drive": ["car", "drive"], "fly": ["car"]},
        "variants": {"walking": ["is walking ok"], "running": ["is walking OK?"]},
        "replies": {"urgent": "Don't wait: this is not a problem you can leave."},
    }
    assert dead_alternatives(data) == [
        "/off_topic/0: '(?:dont|do not) know'",
        "/off_topic/1: 'cannot|cant'",
        '/off_topic/2: "won\'t"',
    ]
    assert duplicates(data) == [
        "stopwords: 'that' x2",
        "synonyms/drive: 'drive' x2",
        "synonyms (all): 'car' x2",
        "variants (all): 'is walking ok' x2",
    ]
