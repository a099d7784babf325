"""Each goal's verdict, printed beside its figure, and one line counting them at the end.

A benchmark prints `judge(name, met)` after a figure that has a goal; `python -m bench` ends
with `summary()`. Bench is a report, not a gate: a missed goal does not change the exit status.
"""

from __future__ import annotations

# (benchmark: goal, met) in the order they were judged, for this process's whole run.
_JUDGED: list[tuple[str, bool]] = []


def judge(goal: str, met: bool) -> str:
    """Record whether `goal` (named "benchmark: what") was met; return the words to print."""
    _JUDGED.append((goal, met))
    return "[met]" if met else "[MISSED]"


def summary() -> str:
    """One line: how many goals were met, and which were missed (by benchmark when many)."""
    missed = [goal for goal, met in _JUDGED if not met]
    line = f"goals: {len(_JUDGED) - len(missed)} met, {len(missed)} missed"
    if not missed:
        return line
    if len(missed) <= 4:
        return f"{line}: {'; '.join(missed)}"
    per_bench: dict[str, int] = {}
    for goal in missed:
        bench = goal.split(":", 1)[0]
        per_bench[bench] = per_bench.get(bench, 0) + 1
    return f"{line}: " + ", ".join(f"{count} in {name}" for name, count in per_bench.items())


def clear() -> None:
    """Forget every verdict (a fresh run)."""
    _JUDGED.clear()
