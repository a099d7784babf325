"""Load content/ once at start-up; a mistake stops start-up with one line naming file and item."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from bot.content.models import (
    PHASES,
    SECTION_IDS,
    Exercise,
    GuideSection,
    Phase,
    Programme,
    RoutineWords,
)
from bot.content.poses import ExercisePose, PoseError, load_poses
from bot.content.texts import Texts, TextsError, load_texts

# Read here for every content file; exported from here as before.
from bot.content.yaml_reading import ContentError as ContentError
from bot.content.yaml_reading import read_yaml as read_yaml

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Content:
    """Everything the bot says and teaches, validated."""

    sections: dict[str, GuideSection]
    exercises: dict[str, Exercise]
    programmes: dict[Phase, Programme]
    routine_words: RoutineWords
    texts: Texts
    poses: dict[str, ExercisePose]  # how each exercise is drawn (content/poses.yaml)

    def section(self, section_id: str) -> GuideSection:
        """A guide section by id."""
        return self.sections[section_id]

    def exercise(self, exercise_id: str) -> Exercise:
        """An exercise by id."""
        return self.exercises[exercise_id]


def default_content_dir() -> Path:
    """content/ beside the bot package."""
    return Path(__file__).resolve().parents[2] / "content"


def _items(path: Path, key: str, model: type[M], label: str = "id") -> list[M]:
    data = read_yaml(path)
    raw = data.get(key) if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise ContentError(f"{path}: expected a list under '{key}'")
    items = []
    for index, entry in enumerate(raw):
        name = entry.get(label, f"#{index + 1}") if isinstance(entry, dict) else f"#{index + 1}"
        try:
            items.append(model.model_validate(entry))
        except ValidationError as exc:
            raise ContentError(f"{path}: item {name!r}: {first_error(exc)}") from None
    return items


def first_error(exc: ValidationError) -> str:
    """Where and what the first validation problem is, in one line."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    value = first.get("input")
    shown = f" (got {value!r})" if isinstance(value, int | float | str) and where else ""
    return f"{where}: {first['msg']}{shown}" if where else first["msg"]


def _unique(path: Path, items: list[M], key: str) -> dict[str, M]:
    by_id: dict[str, M] = {}
    for item in items:
        item_id = getattr(item, key)
        if item_id in by_id:
            raise ContentError(f"{path}: item {item_id!r}: duplicate {key}")
        by_id[item_id] = item
    return by_id


def load_content(content_dir: Path) -> Content:
    """Read and cross-check guide.yaml, exercises.yaml, programs.yaml, texts.yaml, poses.yaml."""
    guide_path = content_dir / "guide.yaml"
    exercises_path = content_dir / "exercises.yaml"
    programs_path = content_dir / "programs.yaml"
    sections = _unique(guide_path, _items(guide_path, "sections", GuideSection), "id")
    exercises = _unique(exercises_path, _items(exercises_path, "exercises", Exercise), "id")
    programmes = _unique(
        programs_path, _items(programs_path, "programmes", Programme, "phase"), "phase"
    )
    _check_sections(guide_path, sections, exercises)
    for phase in PHASES:
        if phase not in programmes:
            raise ContentError(f"{programs_path}: missing programme for phase {phase!r}")
    for programme in programmes.values():
        _check_programme(programs_path, programme, exercises)
    words_raw = read_yaml(programs_path).get("routine_words")
    try:
        words = RoutineWords.model_validate(words_raw)
    except ValidationError as exc:
        raise ContentError(f"{programs_path}: routine_words: {first_error(exc)}") from None
    try:
        texts = load_texts(content_dir / "texts.yaml")
    except TextsError as exc:
        raise ContentError(str(exc)) from None
    try:
        poses = load_poses(content_dir / "poses.yaml", set(exercises))
    except PoseError as exc:
        raise ContentError(str(exc)) from None
    return Content(
        sections=sections,
        exercises=exercises,
        programmes={p.phase: p for p in programmes.values()},
        routine_words=words,
        texts=texts,
        poses=poses,
    )


def _check_sections(
    path: Path, sections: dict[str, GuideSection], exercises: dict[str, Exercise]
) -> None:
    for section_id in SECTION_IDS:
        if section_id not in sections:
            raise ContentError(f"{path}: missing section {section_id!r}")
    for section in sections.values():
        for ref in section.related:
            if ref not in exercises:
                raise ContentError(f"{path}: item {section.id!r}: unknown exercise {ref!r}")


def _check_programme(path: Path, programme: Programme, exercises: dict[str, Exercise]) -> None:
    where = f"{path}: item {programme.phase!r}"
    for kind, pool in (("stretch", programme.stretches), ("exercise", programme.exercises)):
        for ref in pool:
            item = exercises.get(ref)
            if item is None:
                raise ContentError(f"{where}: unknown exercise {ref!r}")
            if item.kind != kind:
                raise ContentError(f"{where}: {ref!r} is a {item.kind}, listed as a {kind}")
            if programme.phase not in item.phases:
                raise ContentError(f"{where}: {ref!r} is not meant for this phase")
    if programme.stretches_per_day > len(programme.stretches):
        raise ContentError(f"{where}: stretches_per_day exceeds the stretches listed")
    if programme.exercises_per_day > len(programme.exercises):
        raise ContentError(f"{where}: exercises_per_day exceeds the exercises listed")
    if programme.phase != "acute" and programme.exercises_per_day == 0:
        raise ContentError(f"{where}: outside the acute phase a routine needs exercises")
