"""Question answering figures: accuracy, red-flag recall, false alarms, out-of-scope precision
and latency on every labelled set in tests/qa/.

The project's own sets were written by the team; the real_* sets are questions copied from
public pages (source URL on each line), split into dev and test before any answer was looked at.
Only dev splits are tuned on; each round's test split is scored once at the end of its round
and becomes dev in the next (round 1's in round 2, ..., round 36's in round 37). The round-37
test split is reported as it scores (it is added at the end of the round; until then it prints
as not present), and again on the lines where a second labeller, who saw neither the first
labels nor the answerer, agreed. Every dev set is also scored together.

Each line is answered once per set: the agreed lines' and the totals' figures, latency included,
come from that same pass (the answerer memoises text work, so answering again would time a
partly warm cache). Each latency line also prints the median process CPU per answer, which
moves less with the machine's load than wall time; the goal is judged on wall time.

The answerer is built as the bot builds it: with the learned routing vote
(bot/qa/learned_vote.py) when QA_LEARNED_VOTE=true (off by default). The vote is trained on
every dev set here (`python -m bench train_vote`): with it on, the dev figures are training
figures, and only the untouched test split measures the answerer. The header says whether the
shipped vote was trained on this checkout's data.

`python -m bench qa`; `QA_MISSES=real_round6_more_dev.jsonl python -m bench qa` (or
`python -m bench.qa --misses real_round6_more_dev.jsonl`) also prints that set's misses, one a
line; a comma-separated list names several sets, `all` every dev set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from bench._goals import judge
from bench.train_vote import current_training, training_digest
from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer
from bot.qa.evaluate import (
    Answered,
    Case,
    EvalReport,
    answer_cases,
    evaluate,
    load_cases,
    report_of,
)
from bot.qa.learned_vote import MODEL, LearnedVote
from bot.settings import load_settings

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "qa"
# The one split never tuned on.
TEST_SET = "real_round37_test.jsonl"
# Never print the misses of the untouched split: reading them would make it a dev set.
MISSES_ENV = "QA_MISSES"


def main(misses: str | None = None) -> None:
    """Build the index once, then print the figures for every question set (and the misses of
    the dev sets named in `misses` or the QA_MISSES environment variable)."""
    wanted = _wanted(os.environ.get(MISSES_ENV, "") if misses is None else misses)
    started = time.perf_counter()
    vote = MODEL if load_settings().qa_learned_vote else None
    answerer = QuestionAnswerer.from_content(
        load_content(default_content_dir()), default_content_dir(), learned_vote=vote
    )
    print(f"index built once at start-up in {(time.perf_counter() - started) * 1000:.0f} ms")
    print(_vote_line(answerer.vote))
    sets = [
        ("questions.jsonl", "the team's evaluation set, which the variants were tuned against"),
        ("heldout.jsonl", "the team's second set; tuned against since issue 15"),
        ("real_dev.jsonl", "real questions, round 1 dev split: tuned against"),
        ("real_round1.jsonl", "round 1 test split, scored once in round 1; dev since round 2"),
        ("real_round2_dev.jsonl", "real questions, round 2 dev split: tuned against"),
        ("real_round2_more_dev.jsonl", "round 2 test split, scored in round 2; dev since round 3"),
        ("real_round3_dev.jsonl", "real questions, round 3 dev split: tuned against"),
        ("real_round3_more_dev.jsonl", "round 3 test split, scored in round 3; dev since round 4"),
        ("real_round4_dev.jsonl", "real questions, round 4 dev split: tuned against"),
        ("real_round4_more_dev.jsonl", "round 4 test split, scored in round 4; dev since round 5"),
        ("real_round5_dev.jsonl", "real questions, round 5 dev split: tuned against"),
        ("real_round5_more_dev.jsonl", "round 5 test split, scored in round 5; dev since round 6"),
        ("real_round6_more_dev.jsonl", "round 6 test split, scored in round 6; dev since round 7"),
        ("real_round7_more_dev.jsonl", "round 7 test split, scored in round 7; dev since round 8"),
        ("real_round8_more_dev.jsonl", "round 8 test split, scored in round 8; dev since round 9"),
        ("real_round9_more_dev.jsonl", "round 9 test split, scored in round 9; dev in round 10"),
        ("real_round10_dev.jsonl", "real questions, round 10 dev split: tuned against"),
        ("real_round10_more_dev.jsonl", "round 10 test split, scored in round 10; dev in 11"),
        ("real_round11_more_dev.jsonl", "round 11 test split, scored in round 11; dev in 12"),
        ("real_round12_more_dev.jsonl", "round 12 test split, scored in round 12; dev in 13"),
        ("real_round13_more_dev.jsonl", "round 13 test split, scored in round 13; dev in 14"),
        ("real_round14_more_dev.jsonl", "round 14 test split, scored in round 14; dev in 15"),
        ("real_round15_more_dev.jsonl", "round 15 test split, scored in round 15; dev in 16"),
        ("real_round16_more_dev.jsonl", "round 16 test split, scored in round 16; dev in 17"),
        ("real_round17_more_dev.jsonl", "round 17 test split, scored in round 17; dev in 18"),
        ("real_round18_more_dev.jsonl", "round 18 test split, scored in round 18; dev in 19"),
        ("real_round19_more_dev.jsonl", "round 19 test split, scored in round 19; dev in 20"),
        ("real_round20_more_dev.jsonl", "round 20 test split, scored in round 20; dev in 21"),
        ("real_round21_more_dev.jsonl", "round 21 test split, scored in round 21; dev in 22"),
        ("real_round22_more_dev.jsonl", "round 22 test split, scored in round 22; dev in 23"),
        ("real_round23_more_dev.jsonl", "round 23 test split, scored in round 23; dev in 24"),
        ("real_round24_more_dev.jsonl", "round 24 test split, scored in round 24; dev in 25"),
        ("real_round25_more_dev.jsonl", "round 25 test split, scored in round 25; dev in 26"),
        ("real_round26_more_dev.jsonl", "round 26 test split, scored in round 26; dev in 27"),
        ("real_round27_more_dev.jsonl", "round 27 test split, scored in round 27; dev in 28"),
        ("real_round28_more_dev.jsonl", "round 28 test split, scored in round 28; dev in 29"),
        ("real_round29_more_dev.jsonl", "round 29 test split, scored in round 29; dev in 30"),
        ("real_round30_more_dev.jsonl", "round 30 test split, scored in round 30; dev in 31"),
        ("real_round31_more_dev.jsonl", "round 31 test split, scored in round 31; dev in 32"),
        ("real_round32_more_dev.jsonl", "round 32 test split, scored in round 32; dev in 33"),
        ("real_round33_more_dev.jsonl", "round 33 test split, scored in round 33; dev in 34"),
        ("real_round34_more_dev.jsonl", "round 34 test split, scored in round 34; dev in 35"),
        ("real_round35_more_dev.jsonl", "round 35 test split, scored in round 35; dev in 36"),
        ("real_round36_more_dev.jsonl", "round 36 test split, scored in round 36; dev in 37"),
        (TEST_SET, "round 37 test split: never tuned on, scored once at the end"),
    ]  # fmt: skip
    every_dev: list[Answered] = []
    dev_real: list[Answered] = []
    for name, note in sets:
        path = QUESTIONS / name
        if not path.exists():
            print(f"{name} (not present): {note}")
            continue
        cases = load_cases(path)
        # Each line is answered once; the agreed lines and the totals reuse these answers.
        answered = answer_cases(answerer, cases)
        if name != TEST_SET:
            every_dev += answered
            dev_real += answered if name.startswith("real_") else []
        report = report_of(answered)
        _print(f"{name} ({len(cases)} questions; {note})", report, name)
        agreed = [one for one in answered if one.case.second_label == one.case.expect]
        if any(case.second_label for case in cases):
            title = f"  of which both blind labellers gave the same label ({len(agreed)})"
            _print(title, report_of(agreed), f"{name}, both labellers")
        if name == TEST_SET and answerer.vote is None:
            _print_with_vote(answerer.with_vote(LearnedVote()), cases)
        if name != TEST_SET and ("all" in wanted or name in wanted):
            for miss in report.misses:
                print(f"    miss: {miss}")
    for title, together in (("every real dev set", dev_real), ("every dev set", every_dev)):
        if together:
            _print(f"{title} together ({len(together)})", report_of(together), title)


def _vote_line(used: LearnedVote | None) -> str:
    """What the learned vote was trained on, whether this checkout's data is still that, and
    whether the answerer uses it."""
    vote = used if used is not None else LearnedVote()
    now = "same" if training_digest(*current_training()) == vote.digest else "changed"
    retrain = "" if now == "same" else ", retrain with python -m bench train_vote"
    line = (
        f"learned vote: trained on {vote.texts} texts (digest {vote.digest[:12]}; current data:"
        f" {now}{retrain})"
    )
    if used is None:
        return f"{line}; off (QA_LEARNED_VOTE=true turns it on): the rules' figures"
    return (
        f"{line}; on: it is trained on every dev set below, so their figures are training"
        f" figures; only the untouched split ({TEST_SET}) measures the answerer"
    )


def _print_with_vote(voting: QuestionAnswerer, cases: list[Case]) -> None:
    """The untouched split again with the learned vote on, for the decision to turn it on (not
    judged: the rules alone are the answerer the bot ships with)."""
    print("  with the learned vote on (QA_LEARNED_VOTE=true; not judged)")
    for line in evaluate(voting, cases).summary().splitlines():
        print(f"    {line}")


def _print(title: str, report: EvalReport, name: str) -> None:
    print(title)
    for line, verdict in zip(report.summary().splitlines(), _verdicts(name, report), strict=True):
        print(f"  {line} {verdict}".rstrip())


def _verdicts(name: str, report: EvalReport) -> list[str]:
    """Each summary line's goal, judged ("" where the set has nothing it could be judged on)."""
    latency = statistics.median(report.latencies_ms) if report.latencies_ms else 0.0
    goals = [
        ("top-1 accuracy", report.answerable > 0, report.accuracy >= 0.9),
        ("red-flag recall", report.red_flags > 0, report.red_flags_caught == report.red_flags),
        ("negated look-alikes", report.lookalikes > 0, report.false_alarms == 0),
        ("no-symptom alarms", report.no_symptom > 0, report.no_symptom_alarms == 0),
        ("out-of-scope precision", report.predicted_oos > 0, report.oos_precision >= 0.9),
        ("latency", bool(report.latencies_ms), latency < 10),
    ]
    return [judge(f"qa: {name}, {what}", met) if judged else "" for what, judged, met in goals]


def _wanted(names: str) -> set[str]:
    """The set names asked for ("a.jsonl,b" -> {"a.jsonl", "b.jsonl"}); never the test split."""
    stripped = [name.strip() for name in names.split(",") if name.strip()]
    wanted = {n if n.endswith(".jsonl") or n == "all" else f"{n}.jsonl" for n in stripped}
    return wanted - {TEST_SET}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", default=None, help="dev sets whose misses to print, or all")
    main(parser.parse_args().misses)
