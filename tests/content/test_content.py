"""content/ loads, is complete, and rejects mistakes with one line naming the file and item."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.content.loader import Content, ContentError, default_content_dir, load_content
from bot.content.models import SECTION_IDS

REQUIRED_EXERCISES = {
    "knee-to-chest", "piriformis-stretch", "seated-glute-stretch", "hamstring-strap-stretch",
    "cat-cow", "childs-pose", "prone-press-up", "sciatic-nerve-glide", "pelvic-tilt",
    "glute-bridge", "bird-dog", "dead-bug", "partial-curl-up", "clamshell",
    "side-plank-modified",
}  # fmt: skip


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(default_content_dir())


def test_every_section_and_exercise_is_there(content: Content) -> None:
    assert set(SECTION_IDS) <= set(content.sections)
    assert set(content.exercises) >= REQUIRED_EXERCISES
    kinds = {e.kind for e in content.exercises.values()}
    assert kinds == {"stretch", "exercise"}


def test_the_guide_says_which_is_which_and_why(content: Content) -> None:
    text = content.section("stretches-vs-exercises").body.lower()
    assert "flexib" in text and "strength" in text and "another episode" in text


def test_red_flags_name_every_urgent_symptom(content: Content) -> None:
    text = content.section("red-flags").body.lower()
    for symptom in ["saddle", "bladder", "bowel", "weak", "both legs", "fall", "fever", "weight"]:
        assert symptom in text, symptom


def test_exercises_have_safe_complete_instructions(content: Content) -> None:
    for exercise in content.exercises.values():
        assert 3 <= len(exercise.steps) <= 6, exercise.id
        assert exercise.cautions and exercise.stop_if and exercise.feel, exercise.id
        if "acute" in exercise.phases:
            assert exercise.id in {
                "knee-to-chest", "piriformis-stretch", "sciatic-nerve-glide", "pelvic-tilt"
            }, f"{exercise.id} is too demanding for the acute phase"  # fmt: skip


def test_content_check_prints_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out
    assert "content OK" in out
    assert re.search(r"exercises: 15 items \(8 stretches, 7 exercises\)", out)
    for phase in ("acute", "recovering", "prevention"):
        assert f"routine {phase}: 28 days" in out
    assert "questions: qa.yaml OK" in out


def test_content_check_checks_qa_yaml_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The bot builds its answerer after start-up: this is the check to run before a restart.
    folder = broken_copy(tmp_path, "qa.yaml", lambda data: data.update(threshold=-1))
    monkeypatch.setenv("CONTENT_DIR", str(folder))
    assert main(["content", "check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "qa.yaml" in err and "threshold" in err


def broken_copy(tmp_path: Path, filename: str, edit: object) -> Path:
    target = tmp_path / "content"
    shutil.copytree(default_content_dir(), target)
    path = target / filename
    data = yaml.safe_load(path.read_text())
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return target


def set_reps(data: dict[str, list[dict[str, object]]]) -> None:
    bridge = next(e for e in data["exercises"] if e["id"] == "glute-bridge")
    bridge["dose"] = {"reps": 40, "sets": 2}


def drop_field(data: dict[str, list[dict[str, object]]]) -> None:
    del next(e for e in data["exercises"] if e["id"] == "bird-dog")["steps"]


def bad_reference(data: dict[str, list[dict[str, object]]]) -> None:
    programme = next(p for p in data["programmes"] if p["phase"] == "recovering")
    programme["exercises"] = [*programme["exercises"], "handstand"]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("filename", "edit", "expected"),
    [
        ("exercises.yaml", set_reps, r"exercises\.yaml: item 'glute-bridge': dose\.reps"),
        ("exercises.yaml", drop_field, r"exercises\.yaml: item 'bird-dog': steps"),
        ("programs.yaml", bad_reference, r"programs\.yaml: item 'recovering': unknown exercise"),
    ],
)
def test_mistakes_stop_start_up_naming_file_and_item(
    tmp_path: Path, filename: str, edit: object, expected: str
) -> None:
    with pytest.raises(ContentError, match=expected) as caught:
        load_content(broken_copy(tmp_path, filename, edit))
    assert "\n" not in str(caught.value)


def article_path() -> Path | None:
    explicit = os.environ.get("GUIDE_SOURCE_ARTICLE")
    path = (
        Path(explicit)
        if explicit
        else default_content_dir().parents[1] / "shared/reference/guide-source-article.txt"
    )
    return path if path.is_file() else None


def eight_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


def test_content_shares_no_eight_word_run_with_the_source_article() -> None:
    path = article_path()
    if path is None:
        pytest.skip("the source article is not beside the checkout; set GUIDE_SOURCE_ARTICLE")
    source = eight_grams(path.read_text(encoding="utf-8"))
    shared = {}
    for file in sorted(default_content_dir().rglob("*")):
        if file.is_file():
            common = eight_grams(file.read_text(encoding="utf-8")) & source
            if common:
                shared[file.name] = sorted(" ".join(gram) for gram in common)
    assert shared == {}, f"copied from the article: {shared}"
