"""Clauses a neighbouring clause tells nothing of (alarms53, for bot/qa/redflags.py; the word
families are content/qa.yaml's): a relative's cancer just before a bare denial of the writer's
own, a clinician's red-flag checklist answered all no, legs pressed numb by a posture and told
passing at once. Each is read clause by clause, so a sign told in any other clause still shows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.qa.models import QAConfig
from bot.qa.neighbours import BACK_AFTER
from bot.qa.patterns import compiled
from bot.qa.prefilter import literals, may_match

# A clause after the denial that may take it back ("not me, but I have it now too"): the
# relative's clause is read as at main.
_TOLD_AFTER = re.compile(r"\b(?:but|too|also|as well|now|it|again|still|same|since)\b")


class NeighbourQuieting:
    """The three readings, their families compiled once."""

    def __init__(self, config: QAConfig) -> None:
        def family(name: str) -> re.Pattern[str]:
            return compiled(config.family(name))

        self._relative = family("relative_cancer_alone")
        self._denied = family("own_cancer_denied_bare")
        self._asked = family("checklist_asked")
        self._item = family("checklist_item")
        self._all_no = family("checklist_all_no")
        self._posture = family("posture_numb_told")
        self._passing = family("posture_passing_told")
        # Most sentences hold no literal a checklist's `asked` or a passing needs: those are
        # ruled out by a substring test, not searched clause by clause with each family.
        self._asked_needs = literals(self._asked)
        self._passing_needs = literals(self._passing)

    def relative_denied(self, clauses: Sequence[str]) -> set[int]:
        """The clauses telling a relative's cancer just before a bare denial of one's own."""
        return denied_after(clauses, self._relative, self._denied)

    def silenced(self, clauses: Sequence[str], opening: Sequence[str]) -> set[int]:
        """The clauses of a checklist answered all no (here or in the next sentence's
        `opening`) or of legs pressed numb by a posture, passing at once."""
        told = [*clauses, *opening]
        checked: set[int] = set()
        if any(may_match(self._asked_needs, clause) for clause in told):
            checked = checklist_denied(told, self._asked, self._item, self._all_no)
        if any(may_match(self._passing_needs, clause) for clause in clauses):
            checked |= posture_passed(clauses, self._posture, self._passing)
        return checked


def denied_after(
    clauses: Sequence[str], relative: re.Pattern[str], denied: re.Pattern[str]
) -> set[int]:
    """The clauses telling only a relative's cancer (`relative`) just before a clause that
    only denies the writer's own, bare (`denied`: "my mum had breast cancer, I haven't"): a
    family history, not the writer's. Read clause by clause (content/qa.yaml, alarms53), so a
    cancer of the writer's own told in another clause or sentence still shows."""
    return {
        i - 1
        for i in range(1, len(clauses))
        if denied.match(clauses[i])
        and relative.match(clauses[i - 1])
        and not any(_TOLD_AFTER.search(c) for c in clauses[i + 1 :])
    }


def checklist_denied(
    clauses: Sequence[str],
    asked: re.Pattern[str],
    item: re.Pattern[str],
    all_no: re.Pattern[str],
) -> set[int]:
    """A clinician's checklist (`asked`), its bare list items (`item`) and a clause answering
    all of them no (`all_no`: "my GP asked about fever, bladder and bowels, all of which I said
    no to"): the asked clause and its items show nothing (content/qa.yaml, alarms53)."""
    silenced: set[int] = set()
    for start, clause in enumerate(clauses):
        if not asked.match(clause):
            continue
        end = start + 1
        while end < len(clauses) and not all_no.match(clauses[end]) and item.match(clauses[end]):
            end += 1
        if end < len(clauses) and all_no.match(clauses[end]):
            silenced |= set(range(start, end))
    return silenced


def posture_passed(
    clauses: Sequence[str], told: re.Pattern[str], passing: re.Pattern[str]
) -> set[int]:
    """A posture pressing the legs numb (`told`, in the clause or with the one before it) and
    told passing at once (`passing`), nothing told back after in the sentence ("my legs go
    numb when I sit cross-legged, it passes in a minute"): those clauses (alarms53)."""
    silenced: set[int] = set()
    for i, clause in enumerate(clauses):
        if not passing.search(clause) or any(BACK_AFTER.search(c) for c in clauses[i + 1 :]):
            continue
        # What the sentence tells after it counts too ("..., 2 days later").
        rest = " ".join(clauses[i + 1 :])
        if told.match(f"{clause} {rest}"):
            silenced.add(i)
        elif i and told.match(f"{clauses[i - 1]} {clause} {rest}"):
            silenced |= {i - 1, i}
    return silenced
