"""How a message is cut into sentences for the red-flag check, and which of them are asked.

A bare fragment asked right after a general question ("48 hours from when your legs go numb?
Bowels and bladder?", "If someone has cauda equina how long do they have? Numbness in the
saddle? Bladder?") goes on asking about no one: it is read as general too. A fragment told, not
asked ("Is this serious? Numb groin."), or one with a person in it ("My bladder?"), stays a
description.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.qa.memo import Memo
from bot.qa.text import fold

_SENTENCE = re.compile(r"[.!?\n]+")
# A sentence and the marks that end it.
_TOLD = re.compile(r"([^.!?\n]*)([.!?\n]*)")
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")
# Initials written with dots ("the E.R. where", "3 a.m."): one word, not a sentence end, unless a
# capitalised word follows ("... to the E.R. My legs...").
_INITIALISM = re.compile(r"\b((?:[A-Za-z]\.){2,})(?!\s+[A-Z])")
# An ampersand between words ("my arms & legs"), which folding drops: read as "and". Not one
# inside initials ("A&E").
_AMPERSAND = re.compile(r"(?<=\w\w) & (?=\w\w)")
# How many words a fragment asked after a general question may have ("numbness in the saddle").
FRAGMENT_WORDS = 5
# The last texts prepared: one message (as written and as read through) is cut into sentences
# and asked about several times while it is answered; bounded, not a cache of past messages.
_PREPARED: Memo[str, str] = Memo(8)


def sentences(text: str) -> list[str]:
    """The sentences of `text`, folded."""
    return [s for s in _SENTENCE.split(prepared(text)) if s.strip()]


def asked(text: str) -> list[bool]:
    """For each of `sentences(text)`, whether it ends with a question mark."""
    return ["?" in m.group(2) for m in _TOLD.finditer(prepared(text)) if m.group(1).strip()]


def prepared(text: str) -> str:
    """`text` folded; an ellipsis is a pause inside a thought ("things are... weird... when I
    go"), not an end, initials with dots are one word, and "arms & legs" is "arms and legs"."""
    return _PREPARED.get(text, lambda: _prepare(text))


def _prepare(text: str) -> str:
    text = _AMPERSAND.sub(" and ", text)
    text = _INITIALISM.sub(lambda m: m.group(1).replace(".", "") + " ", text)
    return _ELLIPSIS.sub(" ", fold(text))


def asked_after_general(
    told: list[str],
    marks: list[bool],
    general: Callable[[str], bool],
    personal: re.Pattern[str],
) -> set[int]:
    """The sentences that are short fragments asked, with no person in them, right after a
    general question (or after such a fragment)."""
    found: set[int] = set()
    for i in range(1, len(told)):
        fragment = marks[i] and len(told[i].split()) <= FRAGMENT_WORDS
        after_general = i - 1 in found or (marks[i - 1] and general(told[i - 1]))
        if fragment and personal.search(told[i]) is None and after_general:
            found.add(i)
    return found


# An aside in brackets inside a sentence, and the rest of that sentence after it.
# It starts where a run of spaces starts, so a long run is read once, not from each of its spaces.
_ASIDE = re.compile(r"(?<!\s)\s*\(([^()\n.!?]{1,80})\)([^.!?\n]*)")
# A short title line with no end mark, a blank line, then a body that carries on in lower case.
# Its words are told apart by the spaces between them: one long word is read once, not cut
# every way into five.
_TITLE = re.compile(
    r"^([^\S\n]*[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){0,4}[^\S\n]*)\n[^\S\n]*\n\s*(?=[a-z])",
    re.M,
)


def read_through(text: str) -> str:
    """`text` as read past its interruptions: an aside in brackets moved to the end of its
    sentence ("my right leg (the sore one) is going weak" -> "my right leg is going weak (the
    sore one)"), and a short title line joined to the body that finishes it ("Hips and legs" /
    "went numb after an hour in the kayak")."""
    text = _TITLE.sub(lambda m: m.group(1).rstrip() + " ", text)
    return _ASIDE.sub(lambda m: f"{m.group(2)} ({m.group(1).strip()})", text)
