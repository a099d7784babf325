"""The routine engine: a pure function from programme, day and dose level to the day's routine."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from bot.content.loader import Content
from bot.content.models import Exercise, Phase, Programme
from bot.core.calendar_words import day_month, weekday_name

# Time to get into position for each item, added to the estimate.
SETUP_SECONDS = 15
# This many days in a row without a finished routine is a break: doses start again from the
# beginning and build back up ("after a flare or a pause, build back up gradually").
BREAK_DAYS = 14
# How far back finished routines are read: past every phase's caps (at most 6 weekly steps).
PRACTICE_LOOKBACK = timedelta(weeks=12)


@dataclass(frozen=True)
class RoutineItem:
    """One exercise of a day's routine with its dose."""

    exercise_id: str
    name: str
    kind: str
    sets: int
    hold_seconds: int | None
    reps: int | None
    per_side: bool
    seconds: int


@dataclass(frozen=True)
class RoutinePlan:
    """A day's routine: what to do, how much, and about how long it takes."""

    day: date
    phase: Phase
    items: tuple[RoutineItem, ...]

    @property
    def estimated_minutes(self) -> int:
        """Whole minutes, rounded up."""
        return math.ceil(sum(item.seconds for item in self.items) / 60)

    @property
    def total_sets(self) -> int:
        """Sets in the whole routine."""
        return sum(item.sets for item in self.items)

    def item(self, exercise_id: str) -> RoutineItem | None:
        """The routine's item for an exercise, if it has one."""
        return next((i for i in self.items if i.exercise_id == exercise_id), None)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form, stored so later taps match what was shown."""
        return {
            "day": self.day.isoformat(),
            "phase": self.phase,
            "items": [asdict(item) for item in self.items],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoutinePlan:
        """Rebuild a stored plan."""
        return cls(
            day=date.fromisoformat(data["day"]),
            phase=data["phase"],
            items=tuple(RoutineItem(**item) for item in data["items"]),
        )


def practised_days(finished: Iterable[date], day: date) -> int:
    """Routines finished before `day` since the last break (BREAK_DAYS or more without one).

    Doses grow with these, a week's step for every seven, not with the calendar: weeks without
    practice, or back after a break, the routine starts at its first doses again. Callers pass
    the days of the person's current phase: a new phase starts at its own first doses.
    """
    count, later = 0, day
    for done in sorted({d for d in finished if d < day}, reverse=True):
        if (later - done).days - 1 >= BREAK_DAYS:
            break
        count, later = count + 1, done
    return count


def build_routine(
    content: Content, *, phase: Phase, day: date, practised: int = 0, dose_level: int = 0
) -> RoutinePlan:
    """The routine for `day`: same inputs, same routine; days rotate, doses grow to the caps.

    `practised`: the routines finished before `day` since the last break (`practised_days`);
    every seven of them are a week's step of the phase's progression.
    """
    programme = content.programmes[phase]
    ordinal = day.toordinal()
    chosen = [
        *_rotation(programme.stretches, programme.stretches_per_day, ordinal),
        *_rotation(programme.exercises, programme.exercises_per_day, ordinal),
    ]
    weeks = max(0, practised) // 7 // programme.progression.every_weeks
    rule = programme.feedback
    level = min(rule.max_level, max(rule.min_level, dose_level))
    items = [_dosed(content.exercise(e), programme, weeks, level) for e in chosen]
    return RoutinePlan(day=day, phase=phase, items=_fit_budget(items, programme))


def _rotation(pool: tuple[str, ...], count: int, ordinal: int) -> list[str]:
    """`count` consecutive items of the pool, starting further along each day."""
    if count == 0 or not pool:
        return []
    start = (ordinal * count) % len(pool)
    return [pool[(start + offset) % len(pool)] for offset in range(count)]


def _dosed(exercise: Exercise, programme: Programme, weeks: int, level: int) -> RoutineItem:
    steps, rule = programme.progression, programme.feedback
    base = exercise.dose
    hold = reps = None
    if base.hold_seconds is not None:
        grown = base.hold_seconds + weeks * steps.hold_step + level * rule.hold_per_level
        hold = max(5, min(max(steps.max_hold, base.hold_seconds), grown))
    if base.reps is not None:
        grown = base.reps + weeks * steps.reps_step + level * rule.reps_per_level
        reps = max(1, min(max(steps.max_reps, base.reps), grown))
    item = RoutineItem(
        exercise_id=exercise.id,
        name=exercise.name,
        kind=exercise.kind,
        sets=min(base.sets, steps.max_sets),
        hold_seconds=hold,
        reps=reps,
        per_side=base.per_side,
        seconds=0,
    )
    return _timed(item, exercise, programme)


def _timed(item: RoutineItem, exercise: Exercise, programme: Programme) -> RoutineItem:
    work = (
        item.hold_seconds
        if item.hold_seconds is not None
        else (item.reps or 0) * exercise.seconds_per_rep
    )
    sides = 2 if item.per_side else 1
    per_set = work * sides + (programme.side_switch_seconds if item.per_side else 0)
    seconds = (
        SETUP_SECONDS + item.sets * per_set + (item.sets - 1) * programme.rest_between_sets_seconds
    )
    return replace(item, seconds=seconds)


def _fit_budget(items: list[RoutineItem], programme: Programme) -> tuple[RoutineItem, ...]:
    """Trim a set at a time from the longest items until the routine fits the phase's budget."""
    budget = programme.time_budget_minutes * 60
    per_set = {i.exercise_id: (i.seconds - SETUP_SECONDS) / i.sets for i in items}
    while sum(i.seconds for i in items) > budget:
        candidates = [i for i in items if i.sets > 1]
        if not candidates:
            break
        longest = max(candidates, key=lambda i: i.seconds)
        trimmed = replace(
            longest,
            sets=longest.sets - 1,
            seconds=longest.seconds
            - math.ceil(per_set[longest.exercise_id])
            - programme.rest_between_sets_seconds,
        )
        items = [trimmed if i is longest else i for i in items]
    return tuple(items)


def dose_text(item: RoutineItem, content: Content) -> str:
    """'3 × 20 s hold, each side' or '2 × 8 reps'."""
    words = content.routine_words
    if item.hold_seconds is not None:
        text = words.hold_dose.format(sets=item.sets, hold=item.hold_seconds)
    else:
        text = words.reps_dose.format(sets=item.sets, reps=item.reps)
    return text + (words.each_side if item.per_side else "")


def render_routine_text(plan: RoutinePlan, content: Content) -> str:
    """The routine message: a title, one line per item with its dose, the time, a safety line."""
    words = content.routine_words
    title = words.title.format(
        weekday=weekday_name(plan.day, content.texts.dates),
        day=day_month(plan.day, content.texts.dates),
        phase=words.phase_names[plan.phase],
    )
    lines = [title, ""]
    lines += [
        f"{n}. {item.name}: {dose_text(item, content)}" for n, item in enumerate(plan.items, 1)
    ]
    lines += ["", words.duration.format(minutes=plan.estimated_minutes), words.safety]
    return "\n".join(lines)


def render_howto(exercise: Exercise, content: Content) -> str:
    """How to do one exercise: why, numbered steps, what to feel, cautions, when to stop."""
    words = content.routine_words
    lines = [exercise.name, exercise.why, "", words.howto_steps]
    lines += [f"{n}. {step}" for n, step in enumerate(exercise.steps, 1)]
    lines += ["", f"{words.howto_feel} {exercise.feel}", "", words.howto_cautions]
    lines += [f"• {caution}" for caution in exercise.cautions]
    lines += ["", f"{words.howto_stop} {exercise.stop_if}"]
    return "\n".join(lines)
