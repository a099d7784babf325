"""The red-flag detector: symptoms that need urgent care, found before anything else is done.

Flags are clinical concepts (NICE NG59 / NHS red flags), written in content/qa.yaml as rules
built from word families: a body part or function crossed with a change word ("bladder" x
"leaking", "foot" x "clumsy"). A rule fires when all its patterns appear in one clause, or, for
`sentence_rules`, anywhere in one sentence. A negation cue shortly before a match, or between
its matches, in the same clause ("no bladder problems", "my legs are not weak") means the person
said they do not have it; negation never reaches past a comma or a "but".

Two further rules bias the detector to safety and away from false alarms:
- a personal mention of bladder, bowel or saddle-area function that no rule explains is treated
  as a red flag (`unsure`): a missed emergency costs more than an extra warning;
- a general question that describes nobody ("can sciatica cause bladder problems?") is not a
  symptom, and gets the guide's answer about warning signs instead of an alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.qa.models import QAConfig
from bot.qa.text import fold

# Clauses end at punctuation and at words that turn the sentence ("no fever, but numb groin").
_CLAUSE = re.compile(
    r"[,;:()\u2013\u2014]+|\s-\s|\b(?:but|although|though|however|except|and now)\b"
    # "just" turns the sentence ("no numbness, just pain") unless it is an adverb ("just stopped").
    r"|\bjust\b(?! (?:stopped|started|gave|went|gone|collapsed|buckled|keeps?|got|felt|feels?|"
    r"wont|cant|doesnt|didnt|will not|cannot|does not|did not))"
)
_SENTENCE = re.compile(r"[.!?\n]+")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_FAMILY = re.compile(r"<<([a-z_]+)>>")
UNSURE = "unsure"
# How many words a reported or hypothetical frame reaches ("asked if I had any ...").
FRAME_REACH = 4


@dataclass(frozen=True)
class RedFlagHit:
    """Which red flags a message describes."""

    flags: tuple[str, ...]


@dataclass(frozen=True)
class _Rule:
    flag: str
    patterns: tuple[re.Pattern[str], ...]
    sentence: bool


def expand(pattern: str, families: dict[str, str]) -> str:
    """`pattern` with every <<family>> replaced by that word family's alternatives."""
    return _FAMILY.sub(lambda m: f"(?:{families[m.group(1)]})", pattern)


class RedFlagDetector:
    """Finds described red-flag symptoms, ignoring negated ones and general questions."""

    def __init__(self, config: QAConfig) -> None:
        fam = dict(config.word_families)
        self._rules = [
            _Rule(flag.id, tuple(re.compile(expand(p, fam)) for p in rule), sentence)
            for flag in config.red_flags
            for rules, sentence in ((flag.rules, False), (flag.sentence_rules, True))
            for rule in rules
        ]
        self._cues = set(config.negation_cues)
        self._window = config.negation_window
        self._personal = re.compile(expand(config.personal_marker, fam))
        self._sensitive = re.compile(expand(config.sensitive_function, fam))
        self._general = re.compile(expand(config.general_question, fam))
        self._not_general = re.compile(expand(config.not_general, fam))
        self._symptom_negations = re.compile(expand(config.symptom_negations, fam))
        self._reassured = re.compile(expand(config.reassured, fam))
        self._hypothetical = re.compile(expand(config.hypothetical, fam))
        self._warning_topic = re.compile(expand(config.warning_topic, fam))

    def detect(self, text: str) -> RedFlagHit | None:
        """The red flags `text` describes, or None."""
        found: list[str] = []
        for sentence in _sentences(text):
            if self._is_general(sentence):
                continue
            clauses = [c for c in _clauses(sentence) if not self._reassured.search(c)]
            for rule in self._rules:
                if rule.flag not in found and self._fires(rule, clauses):
                    found.append(rule.flag)
            personal = not found and self._personal.search(sentence) is not None
            if personal and any(self._described(c, (self._sensitive,)) for c in clauses):
                found.append(UNSURE)
        return RedFlagHit(tuple(found)) if found else None

    def mentions_warning_topic(self, text: str) -> bool:
        """`text` asks about a warning sign (bladder, bowel, cancer, fever...), not denied."""
        return any(
            self._present(clause, (self._warning_topic,))
            for sentence in _sentences(text)
            for clause in _clauses(sentence)
            if not self._reassured.search(clause)
        )

    def without_symptoms(self, text: str) -> str:
        """`text` without the clauses that mention a red-flag symptom, present or denied.

        What is left is the question itself ("..., should I stay in bed?"), for ranking.
        """
        kept = []
        for sentence in _sentences(text):
            if self._is_general(sentence):
                kept.append(sentence)
                continue
            for clause in _clauses(sentence):
                if not any(
                    not rule.sentence and all(p.search(clause) for p in rule.patterns)
                    for rule in self._rules
                ):
                    kept.append(clause)
        return " ".join(kept)

    def _is_general(self, sentence: str) -> bool:
        """A question about sciatica in general, with no one's own symptom in it."""
        return (
            self._general.search(sentence) is not None
            and self._personal.search(sentence) is None
            and self._not_general.search(sentence) is None
        )

    def _fires(self, rule: _Rule, clauses: list[str]) -> bool:
        if not rule.sentence:
            return any(self._described(clause, rule.patterns) for clause in clauses)
        return all(
            any(self._described(clause, (pattern,)) for clause in clauses)
            for pattern in rule.patterns
        )

    def _described(self, clause: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """Present, and not inside a hypothetical or reported frame that comes before it
        ("my GP said to watch out for numbness...", "if I ever lose bladder control")."""
        if not self._present(clause, patterns):
            return False
        start = min(m.start() for p in patterns if (m := p.search(clause)) is not None)
        return not any(
            m.end() <= start and _frames(clause[m.end() : start])
            for m in self._hypothetical.finditer(clause)
        )

    def _present(self, clause: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """All patterns match in `clause` and no negation cue governs them."""
        matches = [pattern.search(clause) for pattern in patterns]
        if not all(matches):
            return False
        start = min(m.start() for m in matches if m is not None)
        end = max(m.end() for m in matches if m is not None)
        # Negations that are part of the symptom ("my foot doesn't work") are not denials.
        protected = [m.span() for m in self._symptom_negations.finditer(clause)]
        kept = [
            (s, e)
            for s, e in _words(clause)
            if not any(ps <= s and e <= pe for ps, pe in protected)
        ]
        before = [clause[s:e] for s, e in kept if e <= start][-self._window :]
        inside = [clause[s:e] for s, e in kept if start <= s < end]
        return not any(word in self._cues for word in (*before, *inside))


def _frames(between: str) -> bool:
    """A frame governs a symptom a few words on ("asked if I had any bladder problems"), not
    one after an "and" ("I read about foot drop and my foot is dragging")."""
    gap = between.split()
    return len(gap) <= FRAME_REACH and "and" not in gap


def _words(clause: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", clause)]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(fold(text)) if s.strip()]


def _clauses(sentence: str) -> list[str]:
    cleaned = (" ".join(_NOT_WORD.sub(" ", part).split()) for part in _CLAUSE.split(sentence))
    return [clause for clause in cleaned if clause]
