"""Run inside an OLD checkout (the working directory and PYTHONPATH are that checkout): print, as
one JSON object, the old answerer's answers on a test split and the training material that
existed at that commit (its labelled sets and its content's team-written question variants).

bench/learned_backtest.py runs this file's source with `python -c`, so it imports nothing from
the current checkout; it uses only what every old commit's answerer had.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer


def main(test_path: str) -> None:
    """Answer every line of `test_path` with the old answerer; add the old training material."""
    content_dir = default_content_dir()
    answerer = QuestionAnswerer.from_content(load_content(content_dir), content_dir)
    answers = []
    for line in Path(test_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            got = answerer.answer(raw["q"])
            answers.append({"q": raw["q"], "expect": raw["expect"], "kind": got.kind,
                            "answer_id": got.answer_id})  # fmt: skip
    json.dump({"answers": answers, **material(Path.cwd())}, sys.stdout)


def material(root: Path) -> dict[str, Any]:
    """The labelled sets under `root`/tests/qa (never a test split) and the content's variants."""
    content_dir = root / "content"
    train: dict[str, list[dict[str, Any]]] = {}
    for path in sorted((root / "tests" / "qa").glob("*.jsonl")):
        if "test" in path.name:  # an untouched split present at that commit is never learned from
            continue
        if path.name == "learned_vote_expected.jsonl":  # the vote's own fixture: no labels
            continue
        rows = path.read_text(encoding="utf-8").splitlines()
        train[path.name] = [json.loads(row) for row in rows if row.strip()]
    qa = yaml.safe_load((content_dir / "qa.yaml").read_text(encoding="utf-8"))
    guide = yaml.safe_load((content_dir / "guide.yaml").read_text(encoding="utf-8"))
    drills = yaml.safe_load((content_dir / "exercises.yaml").read_text(encoding="utf-8"))
    variants: dict[str, list[str]] = {k: list(v) for k, v in qa.get("variants", {}).items()}
    for section in guide["sections"]:
        variants.setdefault(section["id"], []).append(section["title"])
    for drill in drills["exercises"]:
        variants.setdefault(drill["id"], []).extend([drill["name"], *drill.get("aliases", [])])
    return {"train": train, "variants": variants}


if __name__ == "__main__":
    main(sys.argv[1])
