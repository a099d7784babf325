"""A red-flag concept's signs, compiled from content/qa.yaml for bot/qa/redflags.py: the word
families that show it (a mention on its own, or families crossed in a clause or a sentence), and
what keeps them quiet (the `unless` clause, the `needs` and `quiet_with` of the message, a
`clause_needs` clause without what it needs, the treatment or harmlessness told, the signs told
absent)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.qa.models import QAConfig
from bot.qa.patterns import compiled


@dataclass(frozen=True)
class Sign:
    """Families that all appear in one clause (or, `sentence`, in one sentence)."""

    concept: str
    patterns: tuple[re.Pattern[str], ...]
    sentence: bool
    unless: re.Pattern[str] | None
    # Families the message must each name somewhere (the concept's `needs`).
    needs: tuple[re.Pattern[str], ...]
    history_exempt: bool
    lasting: bool
    limbs: bool
    # (clauses that show nothing, what the message must tell) for a concept's `treated` and
    # `harmless`.
    treated: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    treated_unless: re.Pattern[str] | None
    # The same for the injury told again, dated long ago: whatever `treated_unless` tells.
    dated: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    quiet_with: re.Pattern[str] | None
    # (a clause family, what the message must name for such a clause to show the sign): the
    # concept's `clause_needs`.
    clause_needs: tuple[re.Pattern[str], re.Pattern[str]] | None
    # Found in the message as written: the concept's signs told absent (content/qa.yaml `kept`).
    kept: re.Pattern[str] | None
    # (clauses that show nothing, what the message must tell, what it must not tell): a broken
    # limb told set or fixed, no back told (the concept's `set_fracture`).
    set_fracture: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = ()


def signs(config: QAConfig) -> list[Sign]:
    def word(name: str) -> re.Pattern[str]:
        return compiled(rf"\b(?:{config.family(name)})\b")

    signs = []
    for concept in config.concepts:
        unless = word(concept.unless) if concept.unless else None
        needs = tuple(word(name) for name in concept.needs)
        pairs = [
            pair
            for pair in (concept.treated, concept.harmless, concept.operated, concept.origin)
            if pair
        ]
        treated = tuple((word(shown), word(told)) for shown, told in pairs)
        treated_unless = word(concept.treated_unless) if concept.treated_unless else None
        dated = ((word(concept.dated[0]), word(concept.dated[1])),) if concept.dated else ()
        quiet_with = word(concept.quiet_with) if concept.quiet_with else None
        clause_needs = (
            (word(concept.clause_needs[0]), word(concept.clause_needs[1]))
            if concept.clause_needs
            else None
        )
        kept = word(concept.kept) if concept.kept else None
        fracture: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = ()
        if concept.set_fracture:
            shown, fixed, back = concept.set_fracture
            fracture = ((word(shown), word(fixed), word(back)),)
        groups: list[tuple[tuple[str, ...], bool]] = [((m,), False) for m in concept.mentions]
        groups += [(s, False) for s in concept.signs]
        groups += [(s, True) for s in concept.sentence_signs]
        signs += [
            Sign(
                concept.id,
                tuple(word(n) for n in names),
                sentence,
                unless,
                needs,
                concept.history_exempt,
                concept.lasting,
                concept.limbs,
                treated,
                treated_unless,
                dated,
                quiet_with,
                clause_needs,
                kept,
                fracture,
            )
            for names, sentence in groups
        ]
    return signs


def scanned(signs: list[Sign]) -> list[re.Pattern[str]]:
    """The patterns the signs look for clause by clause: their families, `unless`, the
    clauses a treatment or harmlessness told shows nothing in, and a `clause_needs` clause."""
    found = [
        pattern
        for sign in signs
        for pairs in (sign.treated, sign.dated, (sign.clause_needs,) if sign.clause_needs else ())
        for pattern in (*sign.patterns, sign.unless, *(shown for shown, _ in pairs))
    ]
    found += [shown for sign in signs for shown, _, _ in sign.set_fracture]
    return [pattern for pattern in found if pattern is not None]


def told_over_message(signs: list[Sign]) -> list[re.Pattern[str]]:
    """The patterns bot/qa/quieting.py looks for over the whole message: each sign's `needs`,
    `quiet_with`, `kept`, what a treatment, a set fracture, `treated_unless`, `dated` and
    `clause_needs` ask the message to tell."""
    found: list[re.Pattern[str] | None] = []
    for sign in signs:
        found += [*sign.needs, sign.quiet_with, sign.kept, sign.treated_unless]
        found += [told for _, told in (*sign.treated, *sign.dated)]
        found += [p for _, fixed, back in sign.set_fracture for p in (fixed, back)]
        found += sign.clause_needs or ()
    return [pattern for pattern in found if pattern is not None]
