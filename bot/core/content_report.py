"""`python -m bot content check`: validate content/ and summarise what it holds."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from bot.content.loader import Content
from bot.content.models import PHASES
from bot.core.routine import build_routine

DAYS_CHECKED = 28


def summarize(content: Content) -> str:
    """Sections, items per kind and phase, and each phase's routines over four weeks."""
    kinds = Counter(e.kind for e in content.exercises.values())
    per_phase = Counter(p for e in content.exercises.values() for p in e.phases)
    lines = [
        "content OK",
        f"guide: {len(content.sections)} sections ({', '.join(content.sections)})",
        f"exercises: {len(content.exercises)} items "
        f"({kinds['stretch']} stretches, {kinds['exercise']} exercises)",
        "items per phase: " + ", ".join(f"{p} {per_phase[p]}" for p in PHASES),
        f"commands: {len(content.texts.commands)}",
    ]
    start = date(2026, 1, 5)
    for phase in PHASES:
        plans = [
            build_routine(content, phase=phase, day=start + timedelta(days=n), practised=n)
            for n in range(DAYS_CHECKED)
        ]
        sizes = [len(p.items) for p in plans]
        minutes = [p.estimated_minutes for p in plans]
        lines.append(
            f"routine {phase}: {DAYS_CHECKED} days, {min(sizes)}-{max(sizes)} items, "
            f"{min(minutes)}-{max(minutes)} min "
            f"(budget {content.programmes[phase].time_budget_minutes})"
        )
    return "\n".join(lines)
