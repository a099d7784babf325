"""Red-flag concept grid figures: per clinical concept, how many generated messages there are,
the share that raise the alarm (recall), and how many look-alikes raise it for nothing.

The grid (tests/qa/redflag_grid.py, tests/qa/redflag_lookalikes.py) is written from NICE NG59,
NICE CKS and the NHS red flags in lay words, crossed with itertools.product; no labelled set was
read to write it, so it measures coverage by concept, not by the examples tuned on. Messages
that are documented expected gaps (EXPECTED_GAPS) are counted where they fall, and their
number is printed.

`python -m bench redflags`; `python -m bench.redflags --misses` also prints every miss.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from bot.qa.redflags import RedFlagDetector
from tests.qa.grid_text import Case
from tests.qa.redflag_grid import alarm_cases, detector, gap
from tests.qa.redflag_grid_negation import negation_cases
from tests.qa.redflag_lookalikes import lookalike_cases


def main(show_misses: bool = False) -> None:
    """Print the figures per concept and in total (and every miss if asked)."""
    found = detector()
    cases = alarm_cases() + lookalike_cases()
    started = time.perf_counter()
    alarmed = {case.text: found.detect(case.text) is not None for case in cases}
    per_message = (time.perf_counter() - started) * 1000 / len(cases)
    by_concept = _by_concept(cases)
    print("red flags (must alarm)         grid  recall   missed")
    for (alarm, concept), group in sorted(by_concept.items()):
        if alarm:
            hit = sum(alarmed[c.text] for c in group)
            print(f"  {concept:<28}{len(group):>6}  {hit / len(group):.3f}  {len(group) - hit:>6}")
    print("look-alikes (must stay quiet)  grid  alarms")
    for (alarm, concept), group in sorted(by_concept.items()):
        if not alarm:
            print(f"  {concept:<28}{len(group):>6}  {sum(alarmed[c.text] for c in group):>6}")
    hits, must, alarms, quiet = _totals(cases, alarmed)
    print(
        f"total: recall {hits / must:.3f} ({hits}/{must}), "
        f"look-alike alarms {alarms}/{quiet}, "
        f"of them expected gaps {sum(gap(c.text) is not None for c in cases)}, "
        f"{per_message:.2f} ms a message"
    )
    _negation_block(found, alarmed)
    if show_misses:
        for case in cases:
            if alarmed[case.text] != case.alarm:
                print(f"    {'miss' if case.alarm else 'alarm'} [{case.cell}]: {case.text}")


def _negation_block(found: RedFlagDetector, alarmed: dict[str, bool]) -> None:
    """The negation traps' block (tests/qa/redflag_grid_negation.py) on its own, per concept:
    negations that carry the symptom must alarm, real denials must stay quiet."""
    block = negation_cases()
    said = {c.text: alarmed.get(c.text, found.detect(c.text) is not None) for c in block}
    groups = _by_concept(block)
    print("negation traps                       grid  right   wrong")
    for (alarm, concept), group in sorted(groups.items(), reverse=True):
        right = sum(said[c.text] == alarm for c in group)
        name = f"{concept} ({'must alarm' if alarm else 'must stay quiet'})"
        print(f"  {name:<34}{len(group):>6}  {right / len(group):.3f}  {len(group) - right:>6}")
    hits, must, alarms, quiet = _totals(block, said)
    print(
        f"negation traps: recall {hits / must:.3f} ({hits}/{must}), denial alarms {alarms}/{quiet}"
    )


def _by_concept(cases: list[Case]) -> dict[tuple[bool, str], list[Case]]:
    """The cases by (must alarm, concept)."""
    groups: dict[tuple[bool, str], list[Case]] = defaultdict(list)
    for case in cases:
        groups[(case.alarm, case.concept)].append(case)
    return groups


def _totals(cases: list[Case], alarmed: dict[str, bool]) -> tuple[int, int, int, int]:
    """Alarms raised on the cases that must alarm, of how many; and on the look-alikes."""
    must = [c for c in cases if c.alarm]
    quiet = [c for c in cases if not c.alarm]
    hits = sum(alarmed[c.text] for c in must)
    return hits, len(must), sum(alarmed[c.text] for c in quiet), len(quiet)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss and alarm")
    main(parser.parse_args().misses)
