"""The learned-vote backtest's blend (bench/learned_backtest.py): a red flag is never moved, the
vote never says out of scope itself, and a vote below the threshold changes nothing. These run
without scikit-learn; the classifier itself is exercised by `python -m bench learned_backtest`."""

from __future__ import annotations

from bench import learned_backtest as backtest
from bench.__main__ import _by_default
from bench.learned_backtest import THRESHOLD, Vote, alone, blended, report, training

SURE = Vote("walking", 0.99)


def test_a_red_flag_greeting_or_thanks_is_never_moved_by_the_vote() -> None:
    for kind in ("red_flag", "greeting", "thanks", "empty"):
        assert blended(kind, None, SURE) == (kind, None)
        assert alone(kind, None, SURE) == (kind, None)


def test_a_confident_vote_replaces_another_answer_or_an_out_of_scope_reply() -> None:
    assert blended("answer", "sitting", SURE) == ("answer", "walking")
    assert blended("out_of_scope", None, SURE) == ("answer", "walking")


def test_a_vote_below_the_threshold_or_for_out_of_scope_changes_nothing() -> None:
    unsure = Vote("walking", THRESHOLD - 0.01)
    assert blended("answer", "sitting", unsure) == ("answer", "sitting")
    assert blended("answer", "sitting", Vote("out_of_scope", 0.99)) == ("answer", "sitting")
    assert alone("answer", "sitting", Vote("out_of_scope", 0.99)) == ("out_of_scope", None)


def test_the_classifier_never_learns_a_red_flag_line_or_the_set_held_out() -> None:
    material = {
        "train": {
            "a.jsonl": [{"q": "is walking ok", "expect": "walking"},
                        {"q": "i cannot feel the toilet paper", "expect": "red_flag"}],
            "b.jsonl": [{"q": "can i sit at my desk", "expect": "sitting"}],
        },
        "variants": {"walking": ["should i walk"]},
    }  # fmt: skip
    assert training(material) == (
        ["is walking ok", "can i sit at my desk", "should i walk"],
        ["walking", "sitting", "walking"],
    )
    assert training(material, skip="b.jsonl") == (
        ["is walking ok", "should i walk"],
        ["walking", "walking"],
    )


def test_replies_are_counted_as_the_bench_counts_them() -> None:
    counted = report(
        ["walking", "out_of_scope", "red_flag", "sitting"],
        [
            ("answer", "walking"),
            ("out_of_scope", None),
            ("red_flag", None),
            ("out_of_scope", None),
        ],
    )
    assert (counted.correct, counted.answerable) == (1, 2)
    assert (counted.true_oos, counted.predicted_oos, counted.oos) == (1, 2, 1)
    assert (counted.red_flags_caught, counted.red_flags) == (1, 1)


def test_a_bare_bench_run_leaves_the_backtest_out() -> None:
    assert backtest.RUN_BY_DEFAULT is False
    assert not _by_default("learned_backtest")
    assert _by_default("qa")
