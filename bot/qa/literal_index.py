"""The literals the red-flag families need, indexed once at start-up.

A long message is asked about some seventy families for each of fifty-odd signs: testing each
family's literals one by one costs more than the searches they spare. Here every literal of
every family read at start-up is indexed by its first three characters; a message's text is
tested once for the literals whose first three characters it holds (`LiteralIndex.held`), and
a family, or a sign's families together (`Needs`), is then ruled in or out by a set test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import NamedTuple

from bot.qa.memo import Memo

# How many texts' literals are remembered: one message's scans, not past messages.
HELD_MEMO = 8
# A literal this long is looked for only in a text holding its first characters (a set test).
GATE = 3


class Needs(NamedTuple):
    """What some clause must hold for every one of a group of patterns to be found there: the
    identities of the indexed ones (each needs a literal held), and the others (tested one by
    one)."""

    indexed: frozenset[int]
    others: tuple[re.Pattern[str], ...]


class LiteralIndex:
    """Per pattern indexed, the set of literals one of which it needs; per literal, the
    patterns needing it; per first three characters, the literals starting so."""

    def __init__(self) -> None:
        self._sets: dict[int, frozenset[str]] = {}
        self._needing: dict[str, tuple[int, ...]] = {}
        self._by_gate: dict[str, tuple[str, ...]] = {}
        # Literals shorter than three characters ("24"): tested in every text.
        self._short: tuple[str, ...] = ()
        self._held: Memo[str, set[str]] = Memo(HELD_MEMO)

    def build(self, needed: Iterable[tuple[int, tuple[str, ...]]]) -> None:
        """Index (again) each pattern's identity with the literals it needs."""
        by_gate: dict[str, set[str]] = {}
        needing: dict[str, list[int]] = {}
        for key, literals in needed:
            self._sets[key] = frozenset(literals)
            for literal in literals:
                if len(literal) >= GATE:
                    by_gate.setdefault(literal[:GATE], set()).add(literal)
                needing.setdefault(literal, []).append(key)
        self._by_gate = {gate: tuple(sorted(found)) for gate, found in by_gate.items()}
        self._needing = {literal: tuple(keys) for literal, keys in needing.items()}
        self._short = tuple(sorted(literal for literal in needing if len(literal) < GATE))
        self._held.clear()

    def literals(self, pattern: re.Pattern[str]) -> frozenset[str] | None:
        """The literals `pattern` needs, as a set, if it is indexed (None: it is not)."""
        return self._sets.get(id(pattern))

    def needs(self, patterns: Iterable[re.Pattern[str]]) -> Needs:
        """`patterns` parted into the indexed and the others."""
        patterns = tuple(patterns)
        return Needs(
            frozenset(id(p) for p in patterns if id(p) in self._sets),
            tuple(p for p in patterns if id(p) not in self._sets),
        )

    def held(self, text: str, grams: set[str]) -> set[str]:
        """The indexed literals `text` (whose runs of three characters are `grams`) holds;
        remembered, for the scans of one message often join the same clauses."""
        return self._held.get(text, lambda: self._held_in(text, grams))

    def holding(self, held: set[str]) -> set[int]:
        """The identities of the patterns needing one of the `held` literals."""
        return set(chain.from_iterable(map(self._needing.__getitem__, held)))

    def _held_in(self, text: str, grams: set[str]) -> set[str]:
        by_gate, contains = self._by_gate, text.__contains__
        held = {
            literal
            for gate in grams.intersection(by_gate)
            for literal in by_gate[gate]
            if contains(literal)
        }
        held.update(filter(contains, self._short))
        return held
