"""A key written twice in one mapping of a content file stops start-up (PyYAML alone keeps the
later value without a word): one line naming the file, the key and both lines."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content.loader import ContentError, default_content_dir, load_content, read_yaml
from bot.qa.models import load_qa
from bot.whatsapp.words import load_words

CONTENT_FILES = sorted(p.name for p in default_content_dir().glob("*.yaml"))


def test_a_key_written_twice_names_the_file_the_key_and_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "qa.yaml"
    path.write_text(
        "word_families:\n"
        "  numb: 'numb|tingl\\w*'\n"
        "  weak: 'weak\\w*'\n"
        "  numb: 'numb'\n"  # the session-20 mistake: a family written again further down
        "threshold: 1\n"
    )
    with pytest.raises(ContentError) as caught:
        read_yaml(path)
    message = str(caught.value)
    assert str(path) in message and "'numb'" in message and "lines 2 and 4" in message
    assert "\n" not in message


def test_a_key_written_twice_inside_a_list_item_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "qa.yaml"
    path.write_text("concepts:\n  - id: fever\n    needs: a\n    unless: b\n    needs: c\n")
    with pytest.raises(ContentError, match=r"key 'needs' .*lines 3 and 5"):
        read_yaml(path)


def test_equal_values_under_other_keys_and_merged_keys_are_no_repeat(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        "base: &base {a: 1, b: 2}\n"
        "other:\n  <<: *base\n  a: 3\n"  # a merge overridden on purpose
        "lists:\n  - {a: 1}\n  - {a: 1}\n"  # the same key in two mappings
    )
    assert read_yaml(path) == {
        "base": {"a": 1, "b": 2},
        "other": {"a": 3, "b": 2},
        "lists": [{"a": 1}, {"a": 1}],
    }


@pytest.mark.parametrize("filename", CONTENT_FILES)
def test_no_shipped_content_file_writes_a_key_twice(filename: str) -> None:
    assert read_yaml(default_content_dir() / filename) is not None


def _loads(filename: str) -> Callable[[Path], object]:
    """How the bot reads `filename` from a content folder."""
    if filename == "qa.yaml":
        return lambda folder: load_qa(folder / filename)
    if filename == "whatsapp.yaml":
        return load_words
    return load_content


@pytest.mark.parametrize("filename", CONTENT_FILES)
def test_every_content_file_refuses_a_repeated_key(tmp_path: Path, filename: str) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / filename
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line[:1].isalpha() and ":" in line)
    key = lines[first].split(":", 1)[0]
    # The file's first top-level key written again at its end, as a later edit might.
    path.write_text("\n".join([*lines, f"{key}: null", ""]), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        _loads(filename)(folder)
    message = str(caught.value)
    assert filename in message and f"key {key!r}" in message
    assert f"lines {first + 1} and {len(lines) + 1}" in message and "\n" not in message
