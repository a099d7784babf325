"""Reading one clause for the red-flag check: is a symptom there, not denied, not framed?

Negation is scoped to its clause: a cue shortly before a mention (fillers such as "any" or "my" not
counted), or between a sign's words, means the person does not have it ("no bladder problems"); it
reaches every item of a list ("no fever, numbness or weakness"), however long the items of a list
its "or" closes ("no fever, problems with peeing, or any other side effects"), but never past a
"but" or a new statement ("no fever, my groin is numb"). A negation that is the loss ("can no
longer", "not able to"), a frame ("not only") or a past restored ("didn't use to leak but now I
do") denies nothing. A hypothetical or reported frame before a mention ("my GP said to watch
for...", "if I ever...") makes it no symptom. Sentences and clauses are cut in bot/qa/sentences.py;
which concepts a clause shows is bot/qa/redflags.py's.
"""

from __future__ import annotations

import re

from bot.qa.memo import Memo
from bot.qa.models import QAConfig
from bot.qa.patterns import compiled
from bot.qa.prefilter import literals
from bot.qa.sentences import LIST_VERBS, NegationReading, frames, word_spans

# "just" turns a sentence only after a denial ("no numbness just pain"); otherwise it is an
# adverb ("my foot just stopped", "numbness just above where the buttocks met").
_JUST = re.compile(r"\bjust\b")
# A frame's condition that is an everyday movement, then the main clause's own subject ("if I
# ever walk far, my legs go numb", "if I ever sit on a hard chair my groin goes numb"): what
# happens each time, told as a fact, so the frame stops at that subject.
_ACTIVITY_THEN_SUBJECT = re.compile(
    r"\s*(?:walk|stand|sit|bend|drive|run|lift|stoop|twist|kneel|climb|cough|sneeze)\w*\b"
    r"(?: \w+){0,5}? (?P<subject>my|both|his|her|your|their)\b"
)
# How many sentences' clauses are remembered: the sentences of one long message (cut for its
# story, its signs, its needs and its symptom-free text), not a cache of past messages.
CLAUSES_MEMO = 256


class ClauseReader:
    """Cuts a sentence into clauses and tells whether families are present in one."""

    def __init__(self, config: QAConfig) -> None:
        self._cues = set(config.negation_cues)
        self._window = config.negation_window
        self._fillers = config.negation_fillers
        self._lists = config.negation_lists
        self._statement_words = config.statement_words
        self._negation = NegationReading(
            tuple(
                (compiled(p), form, literals(compiled(p)))
                for p, form in {**config.negation_forms, **config.limb_names}.items()
            ),
            compiled(config.past_denial),
            compiled(config.restored),
            compiled(config.expand(config.exercise_positions)),
        )
        self._symptom_negations = compiled(config.expand(config.symptom_negations))
        self._hypothetical = compiled(config.expand(config.hypothetical))
        self._clauses: Memo[str, tuple[str, ...]] = Memo(CLAUSES_MEMO)

    def clauses(self, sentence: str) -> list[str]:
        """The sentence's clauses, negations read; "just" splits one only after a denial (one
        message's sentences are cut several times over: remembered)."""
        return list(self._clauses.get(sentence, lambda: tuple(self._cut(sentence))))

    def _cut(self, sentence: str) -> list[str]:
        cut = self._negation.clauses(sentence, self._statement_words)
        clauses = []
        for clause in cut:
            parts = _JUST.split(clause)
            head = parts[0]
            for part in parts[1:]:
                if self._cues.intersection(head.split()):
                    clauses.append(head.strip())
                    head = part
                else:
                    head = f"{head} just {part}"
            clauses.append(" ".join(head.split()))
        return [clause for clause in clauses if clause]

    def described(self, clause: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """Present, and not inside a hypothetical or reported frame that comes before it
        ("my GP said to watch out for numbness...", "if I ever lose bladder control").

        Each place the first family appears is tried ("I read about foot drop and my foot is
        dragging": the second is no frame's)."""
        others = [pattern.search(clause) for pattern in patterns[1:]]
        if not all(others):
            return False
        return any(
            self._not_denied(clause, [match, *others]) and not self._framed(clause, match.start())
            for match in patterns[0].finditer(clause)
        )

    def present(self, clause: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """All patterns match in `clause` and no negation cue governs them."""
        matches = [pattern.search(clause) for pattern in patterns]
        return all(matches) and self._not_denied(clause, matches)

    def _framed(self, clause: str, start: int) -> bool:
        """A frame before the mention reaches it, or the mention is inside the frame's own
        words ("what if my leg gets weak", "scared of falling on the ice"); a frame whose
        condition is an everyday movement stops where the main clause's subject starts."""
        return any(
            m.start() < start
            and (
                start < m.end()
                or (frames(clause[m.end() : start]) and not _subject_after(clause, m.end(), start))
            )
            for m in self._hypothetical.finditer(clause)
        )

    def _not_denied(self, clause: str, matches: list[re.Match[str] | None]) -> bool:
        """No negation cue shortly before the matches or between them."""
        start = min(m.start() for m in matches if m is not None)
        end = max(m.end() for m in matches if m is not None)
        # Negations that are part of the symptom ("my foot doesn't work") are not denials.
        protected = [m.span() for m in self._symptom_negations.finditer(clause)]
        kept = [
            (s, e)
            for s, e in word_spans(clause)
            if not any(ps <= s and e <= pe for ps, pe in protected)
        ]
        before = [
            w for w in (clause[s:e] for s, e in kept if e <= start) if w not in self._fillers
        ]
        # "no bladder or bowel trouble": the denial reaches every item of the list.
        while len(before) >= 2 and before[-1] in self._lists:
            before = before[:-2]
        before = before[-self._window :]
        inside = [clause[s:e] for s, e in kept if start <= s < end]
        if any(word in self._cues for word in (*before, *inside)):
            return False
        return not _listed(
            [clause[s:e] for s, e in kept],
            sum(e <= start for _, e in kept),
            self._cues,
            self._statement_words,
        )


# Words that may follow a denial before its list starts ("I don't have any fever, ...").
_DENIAL_VERBS = frozenset(("have", "has", "had", "get", "gets", "got", "feel", "feels", "felt"))


def _listed(words: list[str], at: int, cues: set[str], statement_words: frozenset[str]) -> bool:
    """The word at `at` is an item of a list a denial opens and an "or" closes, every item a
    bare phrase ("no weakness bowel problems or anything odd down below", "no fever problems
    with urinating or any other side effects"): the denial reaches the whole list, however
    long its items. A statement inside it ("... or chills and my groin feels numb") ends it."""
    for cue in (i for i, word in enumerate(words[:at]) if word in cues):
        ors = [i for i in range(cue + 1, len(words)) if words[i] in ("or", "nor")]
        if not ors:
            continue
        last = ors[-1]
        # The list runs from the denial to the item after its last "or" (to a statement word).
        told = statement_words - LIST_VERBS
        end = next((i for i in range(last + 1, len(words)) if words[i] in told), len(words))
        body = [w for w in words[cue + 1 : last] if w not in ("or", "nor")]
        while body and body[0] in _DENIAL_VERBS:
            body = body[1:]
        if cue < at < end and not (statement_words & set(body)):
            return True
    return False


def _subject_after(clause: str, frame_end: int, start: int) -> bool:
    """The frame's condition is an everyday movement and the main clause's subject starts
    before the mention, or with it ("if I ever walk far [my] legs go numb")."""
    found = _ACTIVITY_THEN_SUBJECT.match(clause, frame_end)
    return found is not None and found.start("subject") <= start
