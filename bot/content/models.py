"""The guide, the exercise library and the programmes, as validated, immutable models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Phase = Literal["acute", "recovering", "prevention"]
Kind = Literal["stretch", "exercise"]
PHASES: tuple[Phase, ...] = ("acute", "recovering", "prevention")
SECTION_IDS = (
    "why-sciatica", "long-term-treatment", "bed-rest", "painkillers", "surgery",
    "stretches-vs-exercises", "daily-habit", "red-flags", "see-a-doctor", "exercise-safely",
    "disclaimer", "phases",
)  # fmt: skip


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GuideSection(_Model):
    """One section of the guide: a short answer and the full text."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=3, max_length=80)
    summary: str = Field(min_length=20, max_length=600)
    body: str = Field(min_length=40, max_length=3500)
    related: tuple[str, ...] = ()


class Dose(_Model):
    """How much of an exercise: a hold or repetitions, in sets."""

    hold_seconds: int | None = Field(default=None, ge=5, le=120)
    reps: int | None = Field(default=None, ge=1, le=30)
    sets: int = Field(ge=1, le=5)
    per_side: bool = False

    @model_validator(mode="after")
    def _hold_or_reps(self) -> Dose:
        if (self.hold_seconds is None) == (self.reps is None):
            raise ValueError("give exactly one of hold_seconds or reps")
        return self


class Exercise(_Model):
    """One stretch or strengthening exercise, with everything needed to do it safely."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$", max_length=24)
    name: str = Field(min_length=3, max_length=24)
    kind: Kind
    phases: tuple[Phase, ...] = Field(min_length=1)
    why: str = Field(min_length=10, max_length=300)
    steps: tuple[str, ...] = Field(min_length=3, max_length=6)
    dose: Dose
    feel: str
    cautions: tuple[str, ...] = Field(min_length=1)
    stop_if: str
    aliases: tuple[str, ...] = ()
    seconds_per_rep: int = Field(default=4, ge=1, le=20)


class Progression(_Model):
    """How doses grow week by week, and where they stop."""

    hold_step: int = Field(ge=0, le=15)
    reps_step: int = Field(ge=0, le=5)
    every_weeks: int = Field(default=1, ge=1, le=8)
    max_hold: int = Field(ge=5, le=120)
    max_reps: int = Field(ge=1, le=30)
    max_sets: int = Field(ge=1, le=5)


class Feedback(_Model):
    """The 'how did it feel' rule: each answer moves the dose level, within bounds."""

    too_easy: int = Field(ge=0, le=2)
    about_right: int = Field(ge=-1, le=1)
    too_hard: int = Field(ge=-2, le=0)
    min_level: int = Field(ge=-3, le=0)
    max_level: int = Field(ge=0, le=3)
    hold_per_level: int = Field(ge=0, le=15)
    reps_per_level: int = Field(ge=0, le=5)


class Programme(_Model):
    """The routine plan for one phase."""

    phase: Phase
    title: str
    description: str = Field(min_length=10, max_length=200)
    stretches_per_day: int = Field(ge=1, le=6)
    exercises_per_day: int = Field(ge=0, le=6)
    stretches: tuple[str, ...] = Field(min_length=1)
    exercises: tuple[str, ...] = ()
    time_budget_minutes: int = Field(ge=5, le=30)
    rest_between_sets_seconds: int = Field(ge=0, le=60)
    side_switch_seconds: int = Field(ge=0, le=20)
    progression: Progression
    feedback: Feedback


class RoutineWords(_Model):
    """Fixed words of the routine message and the how-to card."""

    title: str
    phase_names: dict[Phase, str]
    hold_dose: str
    reps_dose: str
    each_side: str
    duration: str
    safety: str
    howto_steps: str
    howto_feel: str
    howto_cautions: str
    howto_stop: str
    howto_new: str  # heads a card that follows the morning routine, the first time only
