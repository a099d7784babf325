"""A cheap test before a costly regex: the literal strings one of which every match contains.

content/qa.yaml's shapes and word families are searched over whole long messages and every
clause of them, yet most are in none: `"when" in text` rules a pattern out far faster than the
regex engine can. The literals are read from the pattern's own parse (a run of plain characters
the match must pass through, or one of each alternative's), so the test never rules out a text
the pattern matches; a pattern with no such literals (or case-insensitive) is always searched.
Used for the question shapes, the out-of-scope lists, and the red-flag families (per message,
per sentence and per clause, bot/qa/scan.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from bot.qa.memo import Memo

# Shorter runs are in nearly every text: no use as a test.
MIN_LITERAL = 3
# A text this long is taken apart into its runs of three characters before a list's literals
# are looked for in it (`trigrams`); a shorter one costs more to take apart than it saves.
GATE_FROM = 200
# The last texts taken apart so: a message's, asked about by several lists.
_GRAMS: Memo[str, set[str]] = Memo(8)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# A pattern under a key (an answer id), with the literals one of which the pattern needs.
Keyed = tuple[str, re.Pattern[str], tuple[str, ...] | None]


def literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every text `pattern` is found in contains (in the match or seen by
    a look-around of it), or None if none are known."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    needed = _needed(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    return None if needed is None else tuple(sorted(needed))


def required(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every set of strings one of which a text `pattern` is found in contains: one per part
    of its top-level sequence that needs any (`literals` gives the best of them alone)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    found: list[tuple[str, ...]] = []
    run = ""
    for op, av in sre_parse.parse(pattern.pattern, pattern.flags):
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if len(run) >= MIN_LITERAL:
            found.append((run,))
        run = ""
        inside = _inside(op, av)
        if inside is not None:
            found.append(tuple(sorted(inside)))
    if len(run) >= MIN_LITERAL:
        found.append((run,))
    return tuple(found)


def may_match(needed: tuple[str, ...] | None, text: str) -> bool:
    """`text` holds one of the `needed` literals (always True when they are unknown)."""
    return needed is None or any(map(text.__contains__, needed))


def trigrams(text: str) -> set[str]:
    """Every run of three characters in `text`: a literal whose first three it lacks is not in
    it (a set looked in many times costs less than as many searches of a long text)."""
    # The shorter slices end it: each run is one start and the two characters after it.
    return set(map("".join, zip(text, text[1:], text[2:], strict=False)))


def text_trigrams(text: str) -> set[str]:
    """`trigrams(text)`, remembered: one message's text is tested by several lists."""
    return _GRAMS.get(text, lambda: trigrams(text))


def first_trigrams(needed: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Each literal's first three characters (None if the literals are unknown)."""
    if needed is None or any(len(literal) < MIN_LITERAL for literal in needed):
        return None
    return tuple(literal[:3] for literal in needed)


def keys_found(patterns: Iterable[Keyed], text: str) -> Iterator[str]:
    """The keys of the patterns found in `text`, in order (a text without a literal a pattern
    needs is not searched)."""
    for key, pattern, needed in patterns:
        if may_match(needed, text) and pattern.search(text):
            yield key


class KeyedPatterns:
    """Patterns under keys, searched together: the literals they need are tested once per text
    each, however many patterns share them ("sciatica" is needed by fourteen shapes), and only
    the patterns needing a literal the text holds (or needing none known) are looked at."""

    def __init__(self, patterns: Iterable[tuple[str, re.Pattern[str]]]) -> None:
        self._keyed = [(key, pattern) for key, pattern in patterns]
        # Per pattern, the other literals it needs besides those it is found a candidate by
        # (a shape needing "how" and "long" is searched only in a text holding both).
        self._also: list[tuple[tuple[str, ...], ...]] = []
        # Per literal, the positions of the patterns one of whose needed literals it is.
        self._needing: dict[str, list[int]] = {}
        self._always: list[int] = []
        for position, (_, pattern) in enumerate(self._keyed):
            needed = literals(pattern)
            self._also.append(tuple(r for r in required(pattern) if r != needed))
            if needed is None:
                self._always.append(position)
            for literal in needed or ():
                self._needing.setdefault(literal, []).append(position)
        self._literals = tuple(sorted(self._needing))
        self._gates = first_trigrams(self._literals)

    def keys_found(self, text: str, among: Iterable[str] | None = None) -> Iterator[str]:
        """The keys of the patterns found in `text`, in order (as `keys_found`). `among`, if
        given, holds every literal of theirs `text` may hold: the others are not looked for."""
        for position in sorted(self._candidates(text, among)):
            if self._found(position, text):
                yield self._keyed[position][0]

    def _candidates(self, text: str, among: Iterable[str] | None) -> set[int]:
        """The positions of the patterns needing a literal `text` holds, or none known."""
        candidates = set(self._always)
        needing = self._needing
        if among is None:
            among = self._literals
            if len(text) >= GATE_FROM and self._gates is not None:
                among = compress(among, map(text_trigrams(text).__contains__, self._gates))
        for literal in filter(text.__contains__, among):
            candidates.update(needing.get(literal, ()))
        return candidates

    def _found(self, position: int, text: str) -> bool:
        also = self._also[position]
        return (not also or all(may_match(r, text) for r in also)) and (
            self._keyed[position][1].search(text) is not None
        )

    def literals(self) -> tuple[str, ...] | None:
        """The literals one of which every text some pattern is found in holds (None if a
        pattern needs none known)."""
        return None if self._always else self._literals

    def any_found(self, text: str, among: Iterable[str] | None = None) -> bool:
        """Some pattern is found in `text` (`among`: as for `keys_found`); looked for in any
        order, for the answer is the same."""
        found = self._found
        return any(found(position, text) for position in self._candidates(text, among))


# What a split would renumber or break: a back reference, a named or a numbered group.
_NUMBERED = re.compile(r"\\\d|\(\?P|(?<!\\)\((?!\?)")


def branches(pattern: str) -> list[str] | None:
    """The alternatives of a word family written `\\b(?:a|b|...)\\b`, each as a pattern of its
    own (`\\b(?:a)\\b`, ...): a text holds the family if and only if it holds one of them.
    None if `pattern` is not written so, or numbers its groups (a split would renumber them)."""
    head, tail = "\\b(?:", ")\\b"
    if not (pattern.startswith(head) and pattern.endswith(tail)) or _NUMBERED.search(pattern):
        return None
    inner = pattern[len(head) : -len(tail)]
    parts, depth, start, i = [], 0, 0, 0
    while i < len(inner) and depth >= 0:
        char = inner[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = _class_end(inner, i)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
        i += 1
    parts.append(inner[start:])
    # Unbalanced: the family's group closes before the end.
    return [f"{head}{part}{tail}" for part in parts] if depth == 0 else None


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at `i` closes: its first "]" (after an optional "^")
    is a plain character."""
    i += 2 if pattern[i + 1 : i + 2] == "^" else 1
    i += pattern[i : i + 1] == "]"
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _needed(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best set of literals a match of this sequence of parsed items must contain: a run
    of plain characters, or what a group, a repeat done at least once or every alternative of a
    branch must contain, or what a look-around that must succeed sees. Negative look-arounds,
    optional parts and classes contribute nothing."""
    best: set[str] | None = None
    run = ""

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found is not None and (best is None or _worth(found) > _worth(best)):
            best = found

    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        consider({run} if len(run) >= MIN_LITERAL else None)
        run = ""
        consider(_inside(op, av))
    consider({run} if len(run) >= MIN_LITERAL else None)
    return best


def _inside(op: Any, av: Any) -> set[str] | None:
    """What one parsed item that is not a plain character must contain (see `_needed`)."""
    if op is sre.SUBPATTERN:
        # A group that turns case-insensitive on ("(?i:...)") needs no literal as written.
        return None if av[1] & re.IGNORECASE else _needed(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _needed(list(av))
    if op is sre.ASSERT:
        # What a look-ahead or look-behind must see is in the text, if not in the match.
        return _needed(list(av[1]))
    if op is sre.BRANCH:
        branches = [_needed(list(branch)) for branch in av[1]]
        if all(found is not None for found in branches):
            return set().union(*(found for found in branches if found is not None))
        return None
    if op in _REPEATS and av[0] >= 1:
        return _needed(list(av[2]))
    return None


def _worth(found: set[str]) -> float:
    """Longer literals are rarer; fewer of them are quicker to test."""
    return min(len(literal) for literal in found) - 0.01 * len(found)
