"""A sentence's clauses, each word family looked for once in them.

The red-flag check asks the same families of the same clauses many times over: fifty-odd
signs share some seventy families, every sign of a concept shares its `unless`, and one
message's clauses are checked again for its focus, its story and its theme. A `ClauseMemo`
remembers, per clause, which patterns were found in it; a `ClauseScan` asks it for one
sentence's clauses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress

from bot.qa.literal_index import LiteralIndex, Needs
from bot.qa.memo import Memo
from bot.qa.patterns import compiled
from bot.qa.prefilter import (
    KeyedPatterns,
    branches,
    first_trigrams,
    literals,
    may_match,
    text_trigrams,
)

# How many clauses' findings are remembered: the clauses of one long message, not a cache of
# past messages.
CLAUSE_MEMO = 256
# A family written this long is a long list of alternatives ("fell", "slipped", "hit my back"...)
# that the regex engine tries at every word of a clause: searched alternative by alternative,
# only those whose literals the clause holds are tried (most clauses hold one or two).
SPLIT_FROM = 2000


class ClauseMemo:
    """Per clause, whether each pattern asked about is found in it."""

    def __init__(self, patterns: Iterable[re.Pattern[str]] = ()) -> None:
        """`patterns`: those that will be asked about, their literals read now rather than
        while the first message is answered."""
        # Keyed by the pattern's (or group's) identity: a compiled pattern's own hash reads its
        # whole compiled code.
        self._found: Memo[str, dict[int, bool]] = Memo(CLAUSE_MEMO)
        # Per pattern, the literals one of which it needs (kept with the pattern, so that its
        # identity is never another's).
        self._needed: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {
            id(pattern): (pattern, literals(pattern)) for pattern in patterns
        }
        # Per pattern, each needed literal's first three characters (`ClauseScan.present`).
        self._gates: dict[int, tuple[str, ...] | None] = {}
        # The long families' alternatives (kept with their pattern, as above).
        self._split: dict[int, tuple[re.Pattern[str], KeyedPatterns, bool]] = {}
        for pattern, _ in list(self._needed.values()):
            parts = branches(pattern.pattern) if len(pattern.pattern) >= SPLIT_FROM else None
            if parts and len(parts) > 1 and not pattern.flags & ~re.UNICODE:
                keyed = KeyedPatterns((part, compiled(part)) for part in parts)
                # Where each alternative needs a literal, the family needs one of theirs (the
                # regex parser may have regrouped its own: "ab|ac" as "a(?:b|c)"); then an
                # alternative is looked for only by those a clause's sentence holds (`found`).
                by_family = keyed.literals() is not None
                if by_family:
                    self._needed[id(pattern)] = (pattern, keyed.literals())
                self._split[id(pattern)] = (pattern, keyed, by_family)
        # The literals of the patterns read at start-up: a message's are found once, then
        # each family is ruled in or out by a set test (bot/qa/literal_index.py).
        self.index = LiteralIndex()
        self._index()

    def prepare(self, patterns: Iterable[re.Pattern[str]]) -> None:
        """Read now, not while the first messages are answered, the literals (and their first
        three characters) of `patterns`, which are searched whole (never split)."""
        for pattern in patterns:
            self.gates(pattern)
        self._index()

    def _index(self) -> None:
        """Index the literals of every pattern read so far that needs some (the others may be
        anywhere)."""
        self.index.build(
            (key, needed) for key, (_, needed) in self._needed.items() if needed is not None
        )

    def found(
        self, pattern: re.Pattern[str], clause: str, among: tuple[str, ...] | None = None
    ) -> bool:
        """`pattern` is found in `clause`; `among`, if given, holds every literal it needs that
        `clause` may hold (those the sentence holds)."""
        known = self._known(clause)
        found = known.get(id(pattern))
        if found is None:
            # No literal test here: the sentence passed one, and on the short clauses of short
            # messages a second costs more than the search it saves.
            split = self._split.get(id(pattern))
            found = known[id(pattern)] = (
                pattern.search(clause) is not None
                if split is None
                else split[1].any_found(clause, among if split[2] else None)
            )
        return found

    def may_match(self, pattern: re.Pattern[str], text: str) -> bool:
        """`text` holds a literal `pattern` needs: if not, no part of it can match."""
        return may_match(self.needed(pattern), text)

    def needed(self, pattern: re.Pattern[str]) -> tuple[str, ...] | None:
        """The literals one of which `pattern` needs (None if none are known)."""
        needed = self._needed.get(id(pattern))
        if needed is None:
            needed = self._needed[id(pattern)] = (pattern, literals(pattern))
        return needed[1]

    def gates(self, pattern: re.Pattern[str]) -> tuple[str, ...] | None:
        """The first three characters of each literal `pattern` needs (None: none known)."""
        gates = self._gates.get(id(pattern), ())
        if gates == ():
            gates = self._gates[id(pattern)] = first_trigrams(self.needed(pattern))
        return gates

    def searched(self, pattern: re.Pattern[str], text: str) -> bool:
        """`pattern` is found in `text` (searched only if `text` holds a literal it needs)."""
        return self.may_match(pattern, text) and pattern.search(text) is not None

    def _known(self, clause: str) -> dict[int, bool]:
        return self._found.get(clause, dict)


class ClauseScan:
    """The clauses of one sentence and, per pattern asked about, the clauses it is found in.

    `within` is the scan of the whole message, whose clauses include these: a literal its text
    lacks is in no clause here. The literals a sentence holds are looked for in each of its
    clauses before a pattern is searched in it."""

    __slots__ = (
        "_grams",
        "_held",
        "_hits",
        "_holding",
        "_literals",
        "_memo",
        "_present",
        "_text",
        "_within",
        "clauses",
    )

    def __init__(
        self, clauses: list[str], memo: ClauseMemo, within: ClauseScan | None = None
    ) -> None:
        self.clauses = clauses
        self._memo = memo
        # The whole message's scan: a pattern it cannot hold is in no sentence of it.
        self._within = within
        self._hits: dict[int, frozenset[int]] = {}
        self._held: dict[int, bool] = {}
        # Per pattern, the literals it needs that this text holds (None: they are unknown).
        self._present: dict[int, tuple[str, ...] | None] = {}
        # Every clause at once, for the test of a pattern's literals: most are in none of them.
        self._text = "\n".join(clauses)
        self._grams: set[str] | None = None
        # The indexed literals the text holds (`ClauseMemo.literals_in`), found once.
        self._literals: set[str] | None = None
        # The identities of the indexed patterns needing one of those literals.
        self._holding: set[int] | None = None

    def holds(self, pattern: re.Pattern[str]) -> bool:
        """Some clause may hold `pattern`: they hold a literal it needs (tested once)."""
        held = self._held.get(id(pattern))
        if held is None:
            # The literals it needs that the text holds are what `hits` searches by: found
            # once, they answer this too (no literal known: it may be anywhere).
            within = self._within
            held = (within is None or within.holds(pattern)) and self.present(pattern) != ()
            self._held[id(pattern)] = held
        return held

    def present(self, pattern: re.Pattern[str]) -> tuple[str, ...] | None:
        """The literals `pattern` needs that some clause holds (None if they are unknown)."""
        key = id(pattern)
        if key in self._present:
            return self._present[key]
        # A sentence's clauses are a run of the whole message's: only the literals the
        # message holds can be in them (the same ones, in the same order).
        within, text = self._within, self._text
        if within is None and (wanted := self._memo.index.literals(pattern)) is not None:
            # The message's literals, found once, answer for every family indexed: most hold
            # none of them (a set test), the others keep theirs in the order needed.
            held = self._held_literals()
            found: tuple[str, ...] | None = (
                ()
                if held.isdisjoint(wanted)
                else tuple(filter(held.__contains__, self._memo.needed(pattern) or ()))
            )
            self._present[key] = found
            return found
        needed = self._memo.needed(pattern) if within is None else within.present(pattern)
        gates = None if within is not None else self._memo.gates(pattern)
        if gates is not None and needed is not None:
            # The whole message is tested for every literal of every family: a literal whose
            # first three characters it lacks is not looked for (most are not).
            if self._grams is None:
                # Remembered: the clause scans of one message often join the same clauses.
                self._grams = text_trigrams(text)
            needed = tuple(compress(needed, map(self._grams.__contains__, gates)))
        found = None if needed is None else tuple(filter(text.__contains__, needed))
        self._present[key] = found
        return found

    def _held_literals(self) -> set[str]:
        """The indexed literals the text holds (a whole message's scan only)."""
        if self._literals is None:
            if self._grams is None:
                self._grams = text_trigrams(self._text)
            self._literals = self._memo.index.held(self._text, self._grams)
        return self._literals

    def holds_needs(self, needs: Needs) -> bool:
        """Some clause may hold each of the patterns `needs` stands for (`holds_all` of them,
        the indexed ones by one set test; a whole message's scan only)."""
        if self._holding is None:
            self._holding = self._memo.index.holding(self._held_literals())
        return needs.indexed <= self._holding and all(map(self.holds, needs.others))

    def holds_all(self, patterns: Iterable[re.Pattern[str]]) -> bool:
        """Some clause may hold each of `patterns` (if not, no clause holds them all)."""
        return all(map(self.holds, patterns))

    def hits(self, pattern: re.Pattern[str]) -> frozenset[int]:
        """The positions of the clauses `pattern` is found in (searched only in those that hold
        a literal it needs)."""
        found = self._hits.get(id(pattern))
        if found is None:
            if self.holds(pattern):
                memo, needed = self._memo, self.present(pattern)
                found = frozenset(
                    i
                    for i, c in enumerate(self.clauses)
                    if may_match(needed, c) and memo.found(pattern, c, needed)
                )
            else:
                found = frozenset()
            self._hits[id(pattern)] = found
        return found

    def any_all(self, groups: tuple[tuple[re.Pattern[str], ...], ...]) -> set[int]:
        """The positions of the clauses every pattern of some group is found in."""
        every = range(len(self.clauses))
        return {i for group in groups for i in self.all_found(group, every)}

    def all_found(self, patterns: Iterable[re.Pattern[str]], among: Iterable[int]) -> list[int]:
        """The positions in `among` (in order) of the clauses every pattern is found in."""
        left = set(among)
        for pattern in patterns:
            if not left:
                break
            left &= self.hits(pattern)
        return sorted(left)

    def parts_holding(
        self, patterns: tuple[re.Pattern[str], ...], owner: list[int], apart: bool
    ) -> set[int]:
        """The parts (`owner`: each clause's part, a sentence) where every one of `patterns` is
        found in one clause, or in any of the part's clauses if `apart`."""
        if not apart:
            return {owner[i] for i in self.all_found(patterns, range(len(owner)))}
        where: set[int] | None = None
        for pattern in patterns:
            found = {owner[i] for i in self.hits(pattern)}
            where = found if where is None else where & found
            if not where:
                break
        return where or set()
