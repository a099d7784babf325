"""`make bench` judges each goal beside its figure and ends with one line counting them; it is
a report, not a gate: a missed goal leaves the exit status 0."""

from __future__ import annotations

import types

import pytest

import bench.__main__ as bench_main
from bench import _goals


@pytest.fixture(autouse=True)
def _fresh() -> None:
    _goals.clear()


def test_each_goal_is_judged_met_or_missed() -> None:
    assert _goals.judge("scheduler: start-up under 1 s at 100,000", True) == "[met]"
    assert _goals.judge("scheduler: start-up under 1 s at 1,000,000", False) == "[MISSED]"
    assert _goals.summary() == (
        "goals: 1 met, 1 missed: scheduler: start-up under 1 s at 1,000,000"
    )


def test_many_misses_are_counted_by_benchmark_in_one_line() -> None:
    for n in range(5):
        _goals.judge(f"qa: set {n}, top-1 accuracy", False)
    _goals.judge("tracking: tap p99 under 20 ms", False)
    _goals.judge("figures: how-to tap p95 under 300 ms", True)
    assert _goals.summary() == "goals: 1 met, 6 missed: 5 in qa, 1 in tracking"


def test_a_missed_goal_is_printed_and_the_exit_status_stays_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def slow_start() -> None:
        print(f"  ready in 1.40 s {_goals.judge('scheduler: start-up under 1 s', False)}")

    fake = types.SimpleNamespace(main=slow_start)
    monkeypatch.setattr(bench_main.importlib, "import_module", lambda name: fake)
    assert bench_main.main(["scheduler"]) == 0
    out = capsys.readouterr().out
    assert "ready in 1.40 s [MISSED]" in out
    assert out.rstrip().splitlines()[-1] == "goals: 0 met, 1 missed: scheduler: start-up under 1 s"


def test_a_benchmark_that_crashes_still_fails_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise RuntimeError("no database")

    fake = types.SimpleNamespace(main=broken)
    monkeypatch.setattr(bench_main.importlib, "import_module", lambda name: fake)
    assert bench_main.main(["scheduler"]) == 1
    assert "failed: scheduler" in capsys.readouterr().out
