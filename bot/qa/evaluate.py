"""Scoring the answerer on labelled questions (tests/qa/*.jsonl): one JSON object a line with
`q`, `expect` (a section or exercise id, red_flag or out_of_scope) and optionally `source` and
`second` (a second labeller's label, given without seeing the first)."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.qa.answer import QuestionAnswerer

RED_FLAG, OUT_OF_SCOPE = "red_flag", "out_of_scope"


@dataclass(frozen=True)
class Case:
    """One labelled question: a section or exercise id, red_flag or out_of_scope."""

    question: str
    expect: str
    negated_lookalike: bool = False
    second_label: str = ""  # a second, blind labeller's answer ("" when there was none)


@dataclass
class EvalReport:
    """The figures the issue asks for, and the questions that missed."""

    answerable: int = 0
    correct: int = 0
    red_flags: int = 0
    red_flags_caught: int = 0
    lookalikes: int = 0
    false_alarms: int = 0
    no_symptom: int = 0
    no_symptom_alarms: int = 0
    predicted_oos: int = 0
    true_oos: int = 0
    oos: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)  # process CPU per answer, for information
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Top-1 accuracy on questions the guide answers."""
        return self.correct / self.answerable if self.answerable else 0.0

    @property
    def red_flag_recall(self) -> float:
        """Share of red-flag descriptions that got urgent advice."""
        return self.red_flags_caught / self.red_flags if self.red_flags else 0.0

    @property
    def oos_precision(self) -> float:
        """Share of 'I can only answer...' replies that were right to say so."""
        return self.true_oos / self.predicted_oos if self.predicted_oos else 1.0

    @property
    def oos_recall(self) -> float:
        """Share of out-of-scope questions recognised as such."""
        return self.true_oos / self.oos if self.oos else 0.0

    def percentile(self, share: float) -> float:
        """Latency percentile in milliseconds."""
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0

    def summary(self) -> str:
        """The figures, one per line."""
        return "\n".join([
            f"top-1 accuracy {self.accuracy:.3f} ({self.correct}/{self.answerable}; goal >= 0.9)",
            f"red-flag recall {self.red_flag_recall:.3f} "
            f"({self.red_flags_caught}/{self.red_flags}; goal 1.0)",
            f"false alarms on negated look-alikes {self.false_alarms}/{self.lookalikes} (goal 0)",
            f"urgent-care alarms on questions describing no symptom "
            f"{self.no_symptom_alarms}/{self.no_symptom} (goal 0)",
            f"out-of-scope precision {self.oos_precision:.3f}, recall {self.oos_recall:.3f} "
            f"(goal precision >= 0.9)",
            f"latency per question: p50 {statistics.median(self.latencies_ms):.2f} ms "
            f"(goal < 10 ms), p95 {self.percentile(0.95):.2f} ms; process CPU p50 "
            f"{statistics.median(self.cpu_ms):.2f} ms (not judged)",
        ])  # fmt: skip


def load_cases(path: Path) -> list[Case]:
    """Read the JSON-lines file of labelled questions."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            lookalike = bool(raw.get("negated_lookalike"))
            cases.append(Case(raw["q"], raw["expect"], lookalike, raw.get("second", "")))
    return cases


@dataclass(frozen=True)
class Answered:
    """One case as the answerer replied to it, with the wall and process-CPU time it took."""

    case: Case
    kind: str
    answer_id: str | None
    wall_ms: float
    cpu_ms: float


def answer_cases(answerer: QuestionAnswerer, cases: Sequence[Case]) -> list[Answered]:
    """Answer every case once, timing each answer.

    A subset's figures (the lines both labellers agreed on, every dev set together) are derived
    from these records, never by answering again: the answerer memoises text work, so a second
    pass would be partly cached and its latency would not be the first pass's."""
    answered = []
    for case in cases:
        wall, cpu = time.perf_counter_ns(), time.process_time_ns()
        got = answerer.answer(case.question)
        cpu_ms = (time.process_time_ns() - cpu) / 1e6
        wall_ms = (time.perf_counter_ns() - wall) / 1e6
        answered.append(Answered(case, got.kind, got.answer_id, wall_ms, cpu_ms))
    return answered


def evaluate(answerer: QuestionAnswerer, cases: Sequence[Case]) -> EvalReport:
    """Answer every case and count what the issue measures."""
    return report_of(answer_cases(answerer, cases))


def report_of(answered: Sequence[Answered]) -> EvalReport:
    """Count what the issue measures over answers already given."""
    report = EvalReport()
    for one in answered:
        case, kind, answer_id = one.case, one.kind, one.answer_id
        report.latencies_ms.append(one.wall_ms)
        report.cpu_ms.append(one.cpu_ms)
        said = RED_FLAG if kind == "red_flag" else answer_id or kind
        count_answer(report, case.expect, kind, answer_id)
        if case.negated_lookalike:
            report.lookalikes += 1
            report.false_alarms += kind == "red_flag"
        wrong = (
            (case.expect != said)
            if case.expect in (RED_FLAG, OUT_OF_SCOPE)
            else (kind != "answer" or answer_id != case.expect)
        )
        if wrong:
            report.misses.append(f"{case.question!r}: expected {case.expect}, got {said}")
    return report


def count_answer(report: EvalReport, expect: str, kind: str, answer_id: str | None) -> None:
    """Count one reply (its kind and answer id) against the expected label."""
    if kind == "out_of_scope":
        report.predicted_oos += 1
        report.true_oos += expect == OUT_OF_SCOPE
    if expect == RED_FLAG:
        report.red_flags += 1
        report.red_flags_caught += kind == "red_flag"
    elif expect == OUT_OF_SCOPE:
        report.oos += 1
    else:
        report.answerable += 1
        report.correct += kind == "answer" and answer_id == expect
    if expect != RED_FLAG:
        report.no_symptom += 1
        report.no_symptom_alarms += kind == "red_flag"
