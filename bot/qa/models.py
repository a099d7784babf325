"""content/qa.yaml as validated models: variants, synonyms, red-flag rules and reply words."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.content.loader import ContentError, first_error, read_yaml

_FAMILY_NAME = re.compile(r"<<([a-z_]+)>>")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad pattern {pattern!r}: {exc}") from None
    return patterns


class RedFlag(_Model):
    """One red-flag concept: a rule whose patterns all appear in one clause (or, for
    `sentence_rules`, in one sentence) fires it. Patterns may name word families: <<family>>."""

    id: str
    rules: tuple[tuple[str, ...], ...] = Field(min_length=1)
    sentence_rules: tuple[tuple[str, ...], ...] = ()


class Replies(_Model):
    """Every word the bot says when answering a question."""

    source: str
    urgent: str
    urgent_then_answer: str
    out_of_scope: str
    other_language: str
    greeting: str
    thanks: str
    empty: str
    ask_usage: str
    howto_button: str
    today_button: str
    more_button: str
    exercise_answer: str
    # The answer to "is sciatica dangerous?": reassurance first, then the warning signs.
    warning_signs: str
    topics: tuple[str, ...] = Field(min_length=1, max_length=10)


class QAConfig(_Model):
    """Everything the answering engine knows about language, from content/qa.yaml."""

    threshold: float = Field(gt=0)
    min_coverage: float = Field(ge=0, le=1)
    strong_score: float = Field(gt=0)
    # A question whose every word the guide knows is answered from this lower score.
    known_words_score: float = Field(default=0.5, gt=0)
    # A question of one known word inside a longer message must match at least this well.
    focus_score: float = Field(default=2.0, gt=0)
    exercise_name_bonus: float = Field(ge=0)
    # A theme's key word (a synonyms key: "pregnant", "run") adds this to that theme's answer.
    topic_bonus: float = Field(default=0.0, ge=0)
    topics: dict[str, str] = Field(default_factory=dict)
    stopwords: frozenset[str]
    synonyms: dict[str, tuple[str, ...]]
    variants: dict[str, tuple[str, ...]]
    exercise_templates: tuple[str, ...] = Field(min_length=1)
    greetings: tuple[str, ...]
    thanks: tuple[str, ...]
    acknowledgements: tuple[str, ...]
    personal_advice: tuple[str, ...]
    # Ranking words too common to choose a topic ("sciatica", "pain"): dropped from a question
    # that has any other word the guide knows.
    generic_terms: tuple[str, ...] = ()
    generic_weight: float = Field(default=1.0, ge=0, le=1)
    # A question about these is outside the guide whatever else it says (prices, insurance).
    off_topic: tuple[str, ...] = ()
    # A question about these (pets, cars) is outside the guide unless it also names sciatica,
    # the back or a leg.
    off_topic_subjects: tuple[str, ...] = ()
    on_topic: str = "(?!)"
    negation_window: int = Field(ge=1, le=10)
    negation_cues: frozenset[str]
    word_families: dict[str, str] = Field(default_factory=dict)
    symptom_negations: str
    reassured: str
    # A frame that makes what follows it no symptom: reported, hypothetical or feared.
    hypothetical: str = "(?!)"
    personal_marker: str
    sensitive_function: str
    general_question: str
    not_general: str
    # A general question naming one of these (bladder, cancer, fever) is answered with the
    # warning signs, reassurance first.
    warning_topic: str = "(?!)"
    red_flags: tuple[RedFlag, ...] = Field(min_length=1)
    replies: Replies

    @field_validator("personal_advice", "off_topic", "off_topic_subjects")
    @classmethod
    def _valid(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return _compiles(patterns)

    @model_validator(mode="after")
    def _families_resolve(self) -> QAConfig:
        families = self.word_families
        named = [self.personal_marker, self.sensitive_function, self.general_question,
                 self.not_general, self.symptom_negations, self.reassured, self.hypothetical,
                 self.warning_topic, self.on_topic]  # fmt: skip
        for flag in self.red_flags:
            named += [p for rule in (*flag.rules, *flag.sentence_rules) for p in rule]
        for pattern in named:
            unknown = set(_FAMILY_NAME.findall(pattern)) - set(families)
            if unknown:
                raise ValueError(f"pattern {pattern[:40]!r} names unknown families {unknown}")
            _compiles((_FAMILY_NAME.sub(lambda m: f"(?:{families[m.group(1)]})", pattern),))
        return self


class QAConfigError(ContentError):
    """qa.yaml is missing or invalid; the message names the file and the entry."""


def load_qa(path: Path) -> QAConfig:
    """Load and validate qa.yaml."""
    try:
        return QAConfig.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise QAConfigError(f"{path}: {first_error(exc)}") from None
