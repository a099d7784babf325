"""The routine engine: pure, rotating, progressing within caps, inside each phase's budget."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content.loader import Content, default_content_dir, load_content
from bot.content.models import PHASES, Phase
from bot.core.routine import (
    RoutinePlan,
    build_routine,
    practised_days,
    render_howto,
    render_routine_text,
)

CONTENT = load_content(default_content_dir())
START = date(2026, 3, 2)
BUDGET = {"acute": 10, "recovering": 20, "prevention": 20}


@pytest.mark.parametrize("phase", PHASES)
def test_four_weeks_of_routines(phase: Phase) -> None:
    previous: RoutinePlan | None = None
    for offset in range(28):
        plan = build_routine(
            CONTENT, phase=phase, day=START + timedelta(days=offset), practised=offset
        )
        kinds = {item.kind for item in plan.items}
        assert "stretch" in kinds
        assert ("exercise" in kinds) is (phase != "acute")
        assert plan.estimated_minutes <= BUDGET[phase]
        assert len(render_routine_text(plan, CONTENT)) <= 4096
        if previous is not None:
            assert [i.exercise_id for i in plan.items] != [i.exercise_id for i in previous.items]
        previous = plan


def test_doses_grow_by_week_of_practice_and_stop_at_the_cap() -> None:
    first = build_routine(CONTENT, phase="recovering", day=START)
    later = build_routine(
        CONTENT, phase="recovering", day=START + timedelta(weeks=2), practised=14
    )
    same_week_day = START + timedelta(weeks=2)
    base = {i.exercise_id: i for i in first.items}
    for item in later.items:
        if item.exercise_id in base and item.hold_seconds is not None:
            assert item.hold_seconds > base[item.exercise_id].hold_seconds  # type: ignore[operator]
    far = build_routine(
        CONTENT, phase="recovering", day=same_week_day + timedelta(weeks=52), practised=378
    )
    caps = CONTENT.programmes["recovering"].progression
    for item in far.items:
        assert item.hold_seconds is None or item.hold_seconds <= caps.max_hold
        assert item.reps is None or item.reps <= caps.max_reps


def test_feeling_too_hard_lowers_doses() -> None:
    day = START + timedelta(weeks=1)
    easy = build_routine(CONTENT, phase="prevention", day=day, practised=7, dose_level=-1)
    normal = build_routine(CONTENT, phase="prevention", day=day, practised=7)
    assert sum(i.seconds for i in easy.items) < sum(i.seconds for i in normal.items)


def test_how_to_cards_fit_a_message() -> None:
    for exercise in CONTENT.exercises.values():
        card = render_howto(exercise, CONTENT)
        assert len(card) <= 4096 and exercise.steps[0] in card and exercise.stop_if in card


@settings(max_examples=150, deadline=None)
@given(
    phase=st.sampled_from(PHASES),
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 1, 1)),
    practised=st.integers(min_value=0, max_value=3000),
    level=st.integers(min_value=-10, max_value=10),
)
def test_routines_are_pure_and_within_caps(
    phase: Phase, day: date, practised: int, level: int
) -> None:
    content: Content = CONTENT
    plan = build_routine(content, phase=phase, day=day, practised=practised, dose_level=level)
    again = build_routine(content, phase=phase, day=day, practised=practised, dose_level=level)
    assert plan == again
    assert RoutinePlan.from_dict(plan.to_dict()) == plan
    programme = content.programmes[phase]
    caps = programme.progression
    for item in plan.items:
        exercise = content.exercise(item.exercise_id)
        assert phase in exercise.phases
        assert 1 <= item.sets <= caps.max_sets
        if item.hold_seconds is not None:
            assert 5 <= item.hold_seconds <= max(caps.max_hold, exercise.dose.hold_seconds or 0)
        if item.reps is not None:
            assert 1 <= item.reps <= max(caps.max_reps, exercise.dose.reps or 0)
    assert plan.estimated_minutes <= programme.time_budget_minutes


def test_practised_days_count_back_to_the_last_break() -> None:
    day = START + timedelta(weeks=10)
    every_day = [day - timedelta(days=n) for n in range(1, 22)]
    assert practised_days(every_day, day) == 21
    assert practised_days([*every_day, day, day + timedelta(days=1)], day) == 21  # before `day`
    # 13 days off still counts what came before; 14 days off is a break.
    assert practised_days([d - timedelta(days=13) for d in every_day], day) == 21
    assert practised_days([d - timedelta(days=14) for d in every_day], day) == 0
    back = [day - timedelta(days=n) for n in (1, 2, 3)]
    assert practised_days([*back, *(d - timedelta(days=30) for d in every_day)], day) == 3
    assert practised_days([], day) == 0
