"""`python -m bench qa` answers each line once per set: the agreed lines' and the totals' figures
come from that one pass, with the same counts a fresh pass over those lines would give."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench import qa
from bot.qa.evaluate import Case, evaluate, load_cases


@dataclass(frozen=True)
class _Reply:
    kind: str
    answer_id: str | None


class _FakeAnswerer:
    """Replies by keyword and counts how often it was asked each question."""

    vote = None

    def __init__(self) -> None:
        self.asked: Counter[str] = Counter()

    def answer(self, question: str) -> _Reply:
        self.asked[question] += 1
        if "numb" in question:
            return _Reply("red_flag", None)
        if "walk" in question:
            return _Reply("answer", "walking")
        return _Reply("out_of_scope", None)

    def with_vote(self, _vote: object) -> _FakeAnswerer:
        return self


LINES = [
    ("is walking good", "walking", "walking"),
    ("numb between my legs", "red_flag", "red_flag"),
    ("numb toes after a walk", "walking", "red_flag"),  # a labeller disagreed: a miss, not agreed
    ("capital of france", "out_of_scope", "out_of_scope"),
    ("walking shoes", "out_of_scope", "walking"),  # disagreed and wrong
    ("stretches for the morning", "stretching", "stretching"),  # agreed, missed
]


def _write(path: Path) -> None:
    rows = [f'{{"q": "{q}", "expect": "{e}", "second": "{s}"}}' for q, e, s in LINES]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _block(out: str, title: str) -> list[str]:
    """The summary lines printed under `title`, without the latency line (timing varies)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(title))
    block = []
    for line in lines[start + 1 : start + 7]:
        if not line.strip().startswith("latency"):
            block.append(line.strip())
    return block


@pytest.mark.parametrize("name", ["real_round32_more_dev.jsonl", qa.TEST_SET])
def test_each_line_is_answered_once_and_the_agreed_figures_match_a_fresh_pass(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    _write(tmp_path / name)
    fake = _FakeAnswerer()
    monkeypatch.setattr(qa, "QUESTIONS", tmp_path)
    monkeypatch.setattr(qa.QuestionAnswerer, "from_content", lambda *_a, **_k: fake)
    qa.main("")
    out = capsys.readouterr().out
    # Once per set (the test split is also answered by the vote's answerer: the fake here).
    per_set = 2 if name == qa.TEST_SET else 1
    assert set(fake.asked.values()) == {per_set}
    assert sorted(fake.asked) == sorted(q for q, _e, _s in LINES)

    cases = load_cases(tmp_path / name)
    agreed = [case for case in cases if case.second_label == case.expect]
    assert len(agreed) == 4
    fresh = evaluate(_FakeAnswerer(), agreed)  # type: ignore[arg-type]
    expected = [line for line in fresh.summary().splitlines() if not line.startswith("latency")]
    got = _block(out, "of which both blind labellers gave the same label (4)")
    assert len(got) == len(expected) == 5
    assert all(line.startswith(exp) for exp, line in zip(expected, got, strict=True)), got
    assert "top-1 accuracy 0.500 (1/2" in got[0]
    assert "red-flag recall 1.000 (1/1" in got[1]


def test_the_totals_reuse_the_sets_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "real_round31_more_dev.jsonl")
    _write(tmp_path / "heldout.jsonl")
    fake = _FakeAnswerer()
    monkeypatch.setattr(qa, "QUESTIONS", tmp_path)
    monkeypatch.setattr(qa.QuestionAnswerer, "from_content", lambda *_a, **_k: fake)
    qa.main("")
    out = capsys.readouterr().out
    assert set(fake.asked.values()) == {2}  # once in each of the two sets, never again
    every = _block(out, f"every dev set together ({2 * len(LINES)})")
    real = _block(out, f"every real dev set together ({len(LINES)})")
    assert "top-1 accuracy 0.333 (2/6" in every[0]
    assert "top-1 accuracy 0.333 (1/3" in real[0]


def test_a_report_counts_the_cpu_time_beside_the_wall_time() -> None:
    cases = [Case("is walking good", "walking"), Case("numb", "red_flag")]
    report = evaluate(_FakeAnswerer(), cases)  # type: ignore[arg-type]
    assert len(report.cpu_ms) == len(report.latencies_ms) == 2
    latency = report.summary().splitlines()[-1]
    assert latency.startswith("latency per question: p50 ")
    assert "(goal < 10 ms), p95 " in latency and "process CPU p50 " in latency
