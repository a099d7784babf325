"""The red-flag detector: symptoms that need urgent care, found before anything else is done.

Each flag is a set of rules; a rule fires when all its patterns appear in one clause. A rule's
`anchor` group marks the symptom; a negation cue a few words before it, in the same clause
("no numbness", "my legs are not weak"), means the person said they do not have it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.qa.models import QAConfig
from bot.qa.text import fold

# Clauses end at punctuation and at words that turn the sentence ("no fever, but numb groin").
_CLAUSE = re.compile(r"[.,;:!?\n]+|\b(?:but|although|though|however|except|and now)\b")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class RedFlagHit:
    """Which red flags a message describes."""

    flags: tuple[str, ...]


class RedFlagDetector:
    """Finds described red-flag symptoms, ignoring negated ones."""

    def __init__(self, config: QAConfig) -> None:
        self._rules = [
            (flag.id, [re.compile(pattern) for pattern in rule])
            for flag in config.red_flags
            for rule in flag.rules
        ]
        self._cues = set(config.negation_cues)
        self._window = config.negation_window

    def detect(self, text: str) -> RedFlagHit | None:
        """The red flags `text` describes, or None."""
        found: list[str] = []
        for clause in _clauses(text):
            for flag, patterns in self._rules:
                if flag not in found and self._mention(clause, patterns) == "present":
                    found.append(flag)
        return RedFlagHit(tuple(found)) if found else None

    def without_symptoms(self, text: str) -> str:
        """`text` without the clauses that mention a red-flag symptom, present or denied.

        What is left is the question itself ("..., should I stay in bed?"), for ranking.
        """
        kept = [
            clause
            for clause in _clauses(text)
            if not any(self._mention(clause, patterns) for _, patterns in self._rules)
        ]
        return " ".join(kept)

    def _mention(self, clause: str, patterns: list[re.Pattern[str]]) -> str | None:
        """'present', 'denied' (a negation cue shortly before the symptom), or None."""
        matches = [pattern.search(clause) for pattern in patterns]
        if not all(matches):
            return None
        first = matches[0]
        assert first is not None
        anchor = first.start("anchor") if "anchor" in first.re.groupindex else -1
        anchor = anchor if anchor >= 0 else first.start()
        before = clause[:anchor].split()[-self._window :]
        return "denied" if any(word in self._cues for word in before) else "present"


def _clauses(text: str) -> list[str]:
    cleaned = (" ".join(_NOT_WORD.sub(" ", part).split()) for part in _CLAUSE.split(fold(text)))
    return [clause for clause in cleaned if clause]
