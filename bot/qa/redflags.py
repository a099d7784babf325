"""The red-flag detector: symptoms that need urgent care, found before anything else is done.

Four steps, all data from content/qa.yaml:
1. Concept mentions, from word families only (NICE NG59 / NHS red flags). A concept's
   `mentions` are the concept on its own, with no change word needed: "incontinence", "foot
   drop", "a fall", "the accident", "fever". Its `signs` cross families in one clause, a body
   part or function with a change ("bladder" x "leaking", "groin" x "numb").
2. Personal or general. A general sentence (what a term means, whether sciatica can cause X, a
   headline) describes no one: it gets the guide's warning-signs answer, reassurance first, and
   no alarm. A mention inside a reported or hypothetical frame ("my GP said to watch for...",
   "if I ever...") is no symptom either, nor is what a clinician said to come back for ("the
   doctor said if your leg starts dragging, go to A&E"). Anything else (first person, someone
   they care for, or unclear) is treated as a description: a missed emergency costs more than
   an extra warning.
3. Time and company. A story that opens years ago, in the past tense, and tells how it ended ("the
   surgery fixed it") tells of then: a sentence of it with no word of now shows no weakness,
   trauma or night pain (bladder, bowel, saddle and cancer always count). A concept's `needs` must
   appear, not denied, somewhere in the message (a fever only with a back, a leg or a pain, or of
   the person themselves); its `clause_needs` (a clause family, a message family) asks the same of
   the clauses of one family only (hands and feet numb together show both legs only with a back, a
   weakness or a spread told); its `quiet_with`, never (a cancer history told as the background to
   an activity asked about); its `kept`, found as written, tells its signs absent (cauda equina
   named, "I haven't lost any bladder or bowel function"). A concept's `treated` clauses show
   nothing once the message tells of the treatment done ("the weakness was the reason I opted for
   surgery", "too early to tell if the drop foot will get better" after the operation; a slip on
   the floor told easing), and its `harmless` ones once it tells no harm done (a fall with nothing
   new since; a bike's saddle in a rider's story), unless the message tells the concept's
   `treated_unless` (a numbness or weakness after the slip). How each sentence is told (history,
   an episode over, someone else's or a pet's story, the arms only) is read in bot/qa/story.py.
   The signs are compiled from content/qa.yaml in bot/qa/signs.py.
4. Negation scoped to its clause, and hypothetical or reported frames: read in
   bot/qa/clause_reading.py; sentences and clauses are cut in bot/qa/sentences.py. A clause
   saying a function is fine ("my bladder is fine") shows nothing. What a clause's neighbours
   tell of it (an aside, a time opening the sentence, its passing) is read in
   bot/qa/neighbours.py; a relative's cancer before a bare denial, a checklist answered all no
   and a posture's numbness passing at once, in bot/qa/neighbour_quieting.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.qa.clause_reading import ClauseReader
from bot.qa.headlines import is_headline
from bot.qa.memo import Memo
from bot.qa.models import QAConfig
from bot.qa.neighbour_quieting import NeighbourQuieting
from bot.qa.neighbours import (
    dated_by_next,
    drink_explained,
    passing_told_after,
    shown_in,
    told_fine_again,
)
from bot.qa.patterns import compiled
from bot.qa.quieting import quiet, treated_clauses
from bot.qa.scan import ClauseMemo, ClauseScan
from bot.qa.sentences import told_as_limb
from bot.qa.signs import Sign, scanned, signs, told_over_message
from bot.qa.story import StoryReading
from bot.qa.told import asked, asked_after_general, read_through, sentences

# How many texts' symptom-free versions are remembered: enough for the parts of one message
# (asked for several times while it is answered), not a cache of past messages.
WITHOUT_MEMO = 8


@dataclass(frozen=True)
class RedFlagHit:
    """Which red flags a message describes."""

    flags: tuple[str, ...]


class RedFlagDetector:
    """Finds described red-flag symptoms, ignoring negated ones and general questions."""

    def __init__(self, config: QAConfig) -> None:
        self._signs = signs(config)
        self._reader = ClauseReader(config)

        def expanded(pattern: str) -> re.Pattern[str]:
            return compiled(config.expand(pattern))

        self._personal = expanded(config.personal_marker)
        self._hearsay = expanded(config.hearsay_frame)
        self._claimed_back = expanded(config.claimed_back)
        self._general = expanded(config.general_question)
        self._not_general = expanded(config.not_general)
        self._reassured = expanded(config.reassured)
        self._reported_condition = expanded(config.reported_condition)
        self._warning_topic = expanded(config.warning_topic)
        self._story = StoryReading(config)
        # Clauses a neighbour tells nothing of (a relative's cancer, a checklist, a posture).
        self._quieting = NeighbourQuieting(config)
        self._without: Memo[str, str] = Memo(WITHOUT_MEMO)
        self._memo = ClauseMemo([*scanned(self._signs), self._general])
        # What the message is asked to tell (a sign's `needs`...): parsed at start-up too.
        self._memo.prepare(told_over_message(self._signs))
        # The families of each sign found within one clause.
        self._clause_signs = tuple(sign.patterns for sign in self._signs if not sign.sentence)
        # What a message must hold for each sign's families (and each clause sign's) to be
        # found in it, read once: most signs are ruled out by one set test.
        needs = self._memo.index.needs
        self._sign_needs = tuple(needs(sign.patterns) for sign in self._signs)
        self._clause_needs = tuple(needs(group) for group in self._clause_signs)

    def detect(self, text: str) -> RedFlagHit | None:
        """The red-flag concepts `text` describes, or None: as written, and as read past an
        aside in brackets or a title line that the body finishes."""
        if is_headline(text):
            return None
        found = self._found(text)
        through = read_through(text)
        if through != text:
            found += [concept for concept in self._found(through) if concept not in found]
        return RedFlagHit(tuple(found)) if found else None

    def _found(self, text: str) -> list[str]:
        """The red-flag concepts `text`, as written, describes."""
        found: list[str] = []
        told = sentences(text)
        # A sentence opening with "it" after one that names a limb is about that limb.
        told = [told_as_limb(s.strip(), told[i - 1]) if i else s for i, s in enumerate(told)]
        told = dated_by_next(told)
        named: dict[tuple[str, bool], bool] = {}  # each `needs` looked for once per message
        whole = "\n".join(told)
        # Each sentence as told: history, an episode over, someone else's story, arms only.
        cut = [self._clauses(sentence) for sentence in told]
        clause_scan = ClauseScan([clause for clauses in cut for clause in clauses], self._memo)

        def told_of(pattern: re.Pattern[str], as_written: bool = False) -> bool:
            # As written: found anywhere, its own denial part of it (content/qa.yaml `kept`).
            key = (pattern.pattern, as_written)
            if key not in named:
                named[key] = (
                    # No sentence holds it if the whole message lacks the literals it needs.
                    self._memo.may_match(pattern, whole) and any(pattern.search(s) for s in told)
                    if as_written
                    else self._named(pattern, clause_scan)
                )
            return named[key]

        story = self._story.read(told, cut)
        # "Can sciatica cause bladder problems? Because I have them.": every sentence before the
        # last one that claims what came before is personal.
        last_claim = max(
            (i for i, sentence in enumerate(told) if self._claimed_back.search(sentence)),
            default=-1,
        )
        fragments = asked_after_general(told, asked(text), self._is_general, self._personal)
        # The clauses each sentence's signs are read in (None: it describes no one's symptom).
        read_in = [
            None
            if story[i].someone_else
            or (i >= last_claim and (i in fragments or self._is_general(sentence)))
            else self._sign_clauses(sentence[story[i].own_from :], cut[i + 1 : i + 2])
            for i, sentence in enumerate(told)
        ]
        message = ClauseScan([c for clauses in read_in if clauses for c in clauses], self._memo)
        # Each sign with the sentences its families are all found in (a clause of them, or the
        # sentence for a sentence's sign): it fires in no other, and most signs in none.
        owner = [i for i, clauses in enumerate(read_in) if clauses for _ in clauses]
        possible = [
            (n, sign, where)
            for n, (sign, needs) in enumerate(zip(self._signs, self._sign_needs, strict=True))
            if message.holds_needs(needs)
            and (where := message.parts_holding(sign.patterns, owner, sign.sentence))
        ]
        read: dict[int, list[re.Pattern[str]] | None] = {}  # each sign's quiet and treated
        for index, clauses in enumerate(read_in):
            if clauses is None:
                continue
            told_as = story[index]
            scan = ClauseScan(clauses, self._memo, within=message)
            for n, sign, where in possible:
                if (
                    index not in where
                    or sign.concept in found
                    or told_as.hides(sign.history_exempt, sign.lasting, sign.limbs)
                ):
                    continue
                if self._shows(n, sign, scan, told_of, read):
                    found.append(sign.concept)
        return found

    def _sign_clauses(self, sentence: str, after: list[list[str]]) -> list[str]:
        """The sentence's clauses, a reported condition cut out, none saying all is fine but a
        limb told fine again, which tells of the clause before it (bot/qa/neighbours.py), nor
        a clinician's checklist answered all no here or opening the next sentence (`after`)."""
        sentence = self._reported_condition.sub(_without_condition, sentence)
        clauses = self._clauses(sentence)
        checked = self._quieting.silenced(clauses, [told[0] for told in after if told])
        return [
            c
            for i, c in enumerate(clauses)
            if i not in checked
            and (not self._memo.searched(self._reassured, c) or told_fine_again(c))
        ]

    def _shows(
        self,
        n: int,
        sign: Sign,
        scan: ClauseScan,
        told_of: Callable[..., bool],
        read: dict[int, list[re.Pattern[str]] | None],
    ) -> bool:
        """The `n`th sign fires in the sentence `scan` holds. Whether the message quiets it and
        the treatment it tells are the message's: read once a sign into `read` (None: quiet)."""
        if n not in read:
            read[n] = None if quiet(sign, told_of) else treated_clauses(sign, told_of)
        treated = read[n]
        return treated is not None and self._fires(sign, scan, treated)

    def _named(self, needs: re.Pattern[str], scan: ClauseScan) -> bool:
        """Some clause of the message names `needs`, not denied ("not getting worse"). Each
        clause is looked in as cut ("my father-in-law" is read "my father in law"); most name
        nothing (`scan.hits`: searched only where a literal it needs is) and skip the closer
        reading."""
        clauses = scan.clauses
        return any(self._reader.present(clauses[i], (needs,)) for i in sorted(scan.hits(needs)))

    def mentions_warning_topic(self, text: str) -> bool:
        """`text` asks about a warning sign (bladder, bowel, cancer, fever...), not denied."""
        return any(
            self._reader.present(clause, (self._warning_topic,))
            for sentence in sentences(text)
            for clause in self._clauses(sentence)
            if not self._memo.searched(self._reassured, clause)
        )

    def without_symptoms(self, text: str) -> str:
        """`text` without the clauses that mention a red-flag symptom, present or denied.

        What is left is the question itself ("..., should I stay in bed?"), for ranking. One
        message asks for it several times (its focus, its story, its theme): it is remembered.
        """
        return self._without.get(text, lambda: self._strip_symptoms(text))

    def _strip_symptoms(self, text: str) -> str:
        told = sentences(text)
        cut = [
            None if self._is_general(sentence) else self._clauses(sentence) for sentence in told
        ]
        message = ClauseScan([c for clauses in cut if clauses for c in clauses], self._memo)
        # Only the signs whose every family the whole message may hold can show in a clause.
        groups = tuple(
            group
            for group, needs in zip(self._clause_signs, self._clause_needs, strict=True)
            if message.holds_needs(needs)
        )
        # The clauses showing a sign, looked for once across the message's clauses.
        shown = message.any_all(groups)
        kept, position = [], 0
        for sentence, clauses in zip(told, cut, strict=True):
            if clauses is None:
                kept.append(sentence)
                continue
            kept += [clause for i, clause in enumerate(clauses, position) if i not in shown]
            position += len(clauses)
        return " ".join(kept)

    def _is_general(self, sentence: str) -> bool:
        """A question about sciatica in general, with no one's own symptom in it; what someone
        said or one read ("my friend said sciatica can make you ...") is judged without the
        frame that reports it."""
        told = self._hearsay.sub("", sentence, count=1)
        return (
            self._memo.searched(self._general, told)
            and self._personal.search(told) is None
            and self._not_general.search(told) is None
        )

    def _clauses(self, sentence: str) -> list[str]:
        return self._reader.clauses(sentence)

    def _fires(self, sign: Sign, scan: ClauseScan, treated: list[re.Pattern[str]]) -> bool:
        """Only the clauses where the sign's families are found are looked at closely; none
        with the `unless` family, nor with `treated` (the treatment told done) when given."""
        clauses = scan.clauses
        every = range(len(clauses))
        # Most signs' families are in no clause of the sentence: nothing more to look at.
        if sign.sentence:
            if not all(scan.hits(pattern) for pattern in sign.patterns):
                return False
        elif not scan.all_found(sign.patterns, every):
            return False
        unless = scan.hits(sign.unless) if sign.unless is not None else frozenset()
        unless |= passing_told_after(clauses, unless) | drink_explained(clauses)
        unless |= self._quieting.relative_denied(clauses)
        for pattern in treated:
            unless |= scan.hits(pattern)
        kept = shown_in(clauses, unless) if unless else every
        if not sign.sentence:
            found = scan.all_found(sign.patterns, kept)
            return any(self._reader.described(clauses[i], sign.patterns) for i in found)
        described = self._reader.described
        return all(
            any(described(clauses[i], (pattern,)) for i in scan.all_found((pattern,), kept))
            for pattern in sign.patterns
        )


def _without_condition(match: re.Match[str]) -> str:
    """A reported condition cut out of its sentence, a clause break in its place."""
    return match.group(0)[: match.start("condition") - match.start()] + " ; "
