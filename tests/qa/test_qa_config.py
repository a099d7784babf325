"""content/qa.yaml's red-flag patterns may be written as lists of alternatives, a few to a line:
read as one pattern, each list still checked when the content loads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content.loader import default_content_dir
from bot.qa.models import QAConfigError, load_qa


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
