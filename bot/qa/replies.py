"""What the answerer says: the kind of reply with its answer, and a guide answer built from the
content (an exercise with its dose, or a section's summary)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.content.loader import Content
from bot.core.routine import RoutineItem, dose_text
from bot.qa.index import SourceKind
from bot.qa.models import QAConfig
from bot.qa.ranking_words import WARNING_SIGNS
from bot.qa.redflags import RedFlagHit

AnswerKind = Literal["answer", "red_flag", "greeting", "thanks", "out_of_scope", "empty", "vague"]


@dataclass(frozen=True)
class Answer:
    """What to say: the kind of reply, the answer found (if any) and the next steps offered."""

    kind: AnswerKind
    red_flag: RedFlagHit | None = None
    answer_id: str | None = None
    source_kind: SourceKind | None = None
    source_title: str | None = None
    text: str | None = None
    score: float = 0.0
    other_language: bool = False
    suggestions: tuple[str, ...] = field(default_factory=tuple)


def guide_reply(
    content: Content, config: QAConfig, kind: SourceKind, answer_id: str, score: float
) -> Answer:
    """The answer with its source: an exercise and its dose, or a section's summary."""
    replies = config.replies
    if kind == "exercise":
        exercise = content.exercises[answer_id]
        d = exercise.dose
        item = RoutineItem(exercise.id, exercise.name, exercise.kind, d.sets,
                           d.hold_seconds, d.reps, d.per_side, 0)  # fmt: skip
        dose = dose_text(item, content)
        return Answer(
            "answer", answer_id=answer_id, source_kind="exercise", source_title=exercise.name,
            text=replies.exercise_answer.format(why=exercise.why, dose=dose), score=score,
            suggestions=(f"howto:{answer_id}", "today"),
        )  # fmt: skip
    section = content.sections[answer_id]
    # "Is sciatica dangerous?" describes no symptom: reassure first, then the warning signs.
    summary = replies.warning_signs if answer_id == WARNING_SIGNS else section.summary
    return Answer(
        "answer", answer_id=answer_id, source_kind="section", source_title=section.title,
        text=summary, score=score, suggestions=(f"more:{answer_id}", "today"),
    )  # fmt: skip
