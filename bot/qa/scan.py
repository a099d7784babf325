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

from bot.qa.memo import Memo

# How many clauses' findings are remembered: the clauses of one long message, not a cache of
# past messages.
CLAUSE_MEMO = 256


class ClauseMemo:
    """Per clause, whether each pattern asked about is found in it."""

    def __init__(self) -> None:
        # Keyed by the pattern's (or group's) identity: a compiled pattern's own hash reads its
        # whole compiled code.
        self._found: Memo[str, dict[int, bool]] = Memo(CLAUSE_MEMO)

    def found(self, pattern: re.Pattern[str], clause: str) -> bool:
        """`pattern` is found in `clause`."""
        known = self._known(clause)
        found = known.get(id(pattern))
        if found is None:
            found = known[id(pattern)] = pattern.search(clause) is not None
        return found

    def any_all(self, groups: tuple[tuple[re.Pattern[str], ...], ...], clause: str) -> bool:
        """Every pattern of some group is found in `clause`."""
        known = self._known(clause)
        found = known.get(id(groups))
        if found is None:
            found = any(all(self.found(p, clause) for p in group) for group in groups)
            known[id(groups)] = found
        return found

    def _known(self, clause: str) -> dict[int, bool]:
        return self._found.get(clause, dict)


class ClauseScan:
    """The clauses of one sentence and, per pattern asked about, the clauses it is found in."""

    __slots__ = ("_hits", "_memo", "clauses")

    def __init__(self, clauses: list[str], memo: ClauseMemo) -> None:
        self.clauses = clauses
        self._memo = memo
        self._hits: dict[int, frozenset[int]] = {}

    def hits(self, pattern: re.Pattern[str]) -> frozenset[int]:
        """The positions of the clauses `pattern` is found in."""
        found = self._hits.get(id(pattern))
        if found is None:
            memo = self._memo
            found = frozenset(i for i, c in enumerate(self.clauses) if memo.found(pattern, c))
            self._hits[id(pattern)] = found
        return found

    def all_found(self, patterns: Iterable[re.Pattern[str]], among: Iterable[int]) -> list[int]:
        """The positions in `among` (in order) of the clauses every pattern is found in."""
        left = set(among)
        for pattern in patterns:
            if not left:
                break
            left &= self.hits(pattern)
        return sorted(left)
