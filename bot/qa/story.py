"""Whose symptom, and when: how each sentence of a message is told, for the red-flag check.

A forum post tells more than the writer's symptoms now. Per sentence (word families in
content/qa.yaml):
- history: a story that opens years ago, in the past tense, with its outcome told ("the surgery
  fixed it"), or a sentence opening "In the past, ..." with no word of now. Concepts marked
  `history_exempt` (weakness, trauma, night pain...) show nothing in it.
- over: an episode of the writer's own told from a past time to its end in the sentence (or
  in the next one's opening words): "in my first flare back in 2019 I had trouble peeing for a
  couple of days, which cleared up by itself", "last winter I had a fever..., antibiotics
  sorted it"; or, in a message telling an operation done and a recovery since, a sentence
  told in the past only ("Two months ago I had emergency surgery. My legs had gone numb and I
  couldn't control my bladder. I'm slowly improving"; numbness on waking from the operation
  that "was gone in a week"). Nothing told back ("but now it's back", "still"). Every concept
  but a `lasting` one (a history of cancer counts however long ago) shows nothing in it.
- someone else's: a sentence opening with another person ("my neighbour", "a friend of mine",
  "my mum's cancer", "one lady in my group") told in the past with nothing of now ("ended up
  with cauda equina", "came back in her spine last year", "fell off a ladder last month"), in
  a message that tells the writer's own condition in a sentence of its own. The person cared
  for, told now ("my husband can't feel his legs", "she fell yesterday"), still alarms; so
  does any message that tells of no one else's condition but theirs. Someone else's told
  before the writer's own, told the lesser ("my husband's legs went numb last year, mine just
  ache", "a friend lost bladder control. Mine is only pain"), is theirs up to the writer's
  part: only that part (`own_from`) is read. Of someone the writer may care for (a parent, a
  partner, a child), only with its past told: "Mum lost bladder control. I just have back pain
  myself" alarms.
- a pet's: a sentence opening with an animal ("our dog has a slipped disc, he's dragging his
  back legs"), or with "he", "she" or "it" after one, that names nothing of the writer's nor
  another person: a vet's matter, shown as someone else's. So is any sentence telling "she"
  or "he", nothing of the writer's, in a message naming an animal and no other person. A pet
  in the writer's story ("my dog pulled me over and my leg is numb") is no pet's sentence.
- arms only: a sentence naming the arms, hands, neck or face and no leg, back or pelvis
  ("both are numb, the fingers I mean"). Concepts marked `limbs` (both legs, leg weakness,
  night pain) show nothing in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.qa.models import QAConfig
from bot.qa.patterns import compiled

# A sentence opening in the past as a clause of its own ("In the past, I've had tingling in my
# legs"; not "in the past few weeks"): history, like a story anchored years ago.
_PAST_LEAD = re.compile(r"^\s*(?:in the past|previously|in years gone by|long ago)\s*,")
# A word of now that brings such a sentence back to the present ("... and now both legs are numb").
_NOW = re.compile(
    r"\b(?:now|still|today|tonight|currently|lately|recently|anymore|again|these days"
    r"|this (?:morning|week|month|year))\b"
)
# How many words into the next sentence its telling of the end may come ("Thankfully I've
# recovered fully").
_OVER_OPENING = 6
# The writer in a pet's sentence ("my dog pulled me over"); the pet's own "my" is cut first.
_WRITER = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine|we|us|our)\b")
_THIRD = re.compile(r"\b(?:she|he|shes|hes|her|his)\b")
_PET_PRONOUN = re.compile(
    r"^(?:(?:and|so|then|now|also) )*(?:she|he|it|its|shes|hes|they|theyre)\b"
)


@dataclass(frozen=True)
class Told:
    """How one sentence is told."""

    history: bool = False
    over: bool = False
    someone_else: bool = False
    arms_only: bool = False
    # Where the writer's own part starts, after someone else's told before it (0: all of it).
    own_from: int = 0

    def hides(self, history_exempt: bool, lasting: bool, limbs: bool) -> bool:
        """The sentence, as told, shows nothing of a concept: history for a concept of now
        (`history_exempt`), an episode over for any but a `lasting` one, arms only for one of
        the legs (`limbs`)."""
        return (
            (self.history and history_exempt)
            or (self.over and not lasting)
            or (self.arms_only and limbs)
        )


class StoryReading:
    """Reads each sentence of a message for whose symptom it tells, and when."""

    def __init__(self, config: QAConfig) -> None:
        def family(name: str) -> re.Pattern[str]:
            return compiled(rf"\b(?:{config.family(name)})\b")

        self._anchor = family("story_anchor")
        self._now = family("story_now")
        self._resolved = family("story_resolved")
        self._past_anchor = family("past_anchor")
        self._recent = family("recent_time")
        self._episode_over = family("episode_over")
        self._told_back = family("told_back")
        self._op_told = family("op_told")
        self._op_recovering = family("op_recovering")
        self._past_told = family("past_told")
        self._now_word = family("now_told")
        self._resume_again = family("resume_again")
        self._recovery_asked = family("recovery_asked")
        self._other = compiled(rf"^(?:{config.family('other_subject')})\b")
        self._pronoun = re.compile(r"^(?:and |so |then )?(?:she|he|they|shes|hes|theyre)\b")
        self._other_now = family("other_now")
        self._story = family("other_story")
        self._well_now = family("well_now")
        self._own = family("own_told")
        self._arms = family("upper_body")
        self._lower = family("lower_body")
        self._person = family("person_told")
        self._animal_told = family("animal_told")
        self._person_noun = family("person_noun")
        lesser = config.family("own_lesser")
        self._contrast = compiled(rf"(?:[,;]|\b(?:but|and|whereas|while|whilst))\s+(?:{lesser})\b")
        self._contrast_opening = compiled(rf"^\W*(?:(?:but|whereas|and) )?(?:{lesser})\b")
        self._own_body = family("own_body")
        self._close = family("close_family")
        self._other_past = family("other_past")
        self._animal = compiled(
            rf"^(?:(?:and|but|so|now|also|then) )*(?:{config.family('animal')})s?\b"
        )

    def read(self, told: list[str], clauses: list[list[str]]) -> list[Told]:
        """How each sentence of `told` (cut into `clauses`) is told."""
        # A story that opens years ago, told in the past ("In 2008 I...", "A few years ago I
        # hurt my back"; not "I've had it since 2015"), with its outcome told ("surgery fixed
        # it"): history. Without an outcome, its past tense may be yesterday's.
        anchored = bool(told) and self._anchor.search(told[0]) is not None
        anchored = anchored and self._now.search(told[0]) is None
        anchored = anchored and self._resolved.search(" ".join(told[1:])) is not None
        others = self._others(told, clauses) | self._pets(told)
        own_from = self._own_parts(told)
        others |= {i for i, at in own_from.items() if at < 0}
        mended = self._mended_at(told)
        return [
            Told(
                history=(anchored and self._now.search(sentence) is None)
                or (_PAST_LEAD.match(sentence) is not None and _NOW.search(sentence) is None),
                over=self._over(sentence, told[i + 1] if i + 1 < len(told) else "")
                or (i <= mended and self._past_only(sentence)),
                someone_else=i in others,
                arms_only=self._arms.search(sentence) is not None
                and self._lower.search(sentence) is None,
                own_from=max(own_from.get(i, 0), 0),
            )
            for i, sentence in enumerate(told)
        ]

    def _over(self, sentence: str, after: str) -> bool:
        """An episode told from a past time to its end (in the sentence or the next one's
        opening), nothing recent in it and nothing told back in it or the next sentence."""
        if self._past_anchor.search(sentence) is None or self._recent.search(sentence):
            return False
        opening = " ".join(after.split()[:_OVER_OPENING])
        ended = self._episode_over.search(sentence) or self._episode_over.search(opening)
        return bool(ended) and not self._told_back.search(f"{sentence} {after}")

    def _mended_at(self, told: list[str]) -> int:
        """The sentence where a message telling an operation done first tells the recovery
        since (not one asked about: "how long until I'm back to normal?"), nothing told back
        anywhere (doing a thing "again" is no return); -1 if none.
        What is told after it (a relapse) is never over."""
        whole = " ".join(told)
        if self._op_told.search(whole) is None:
            return -1
        if self._told_back.search(self._resume_again.sub(" ", whole)):
            return -1
        return next(
            (
                i
                for i, s in enumerate(told)
                if self._op_recovering.search(s) and not self._recovery_asked.search(s)
            ),
            -1,
        )

    def _past_only(self, sentence: str) -> bool:
        """Told in the past, with no word of now ("my legs had gone numb")."""
        past = self._past_told.search(sentence) is not None
        return past and self._now_word.search(sentence) is None

    def _others(self, told: list[str], clauses: list[list[str]]) -> set[int]:
        """The sentences that tell someone else's past story, when the message tells the
        writer's own condition in another sentence."""
        theirs: set[int] = set()
        for i, sentence in enumerate(told):
            opening = sentence.strip()
            went_on = i - 1 in theirs and self._pronoun.match(opening)
            if not (went_on or (self._other.match(opening) and self._story.search(sentence))):
                continue
            if not any(self._own.search(c) or self._now_told(c) for c in clauses[i]):
                theirs.add(i)
        own = any(self._own.search(s) for i, s in enumerate(told) if i not in theirs)
        return theirs if own else set()

    def _own_parts(self, told: list[str]) -> dict[int, int]:
        """Where each sentence telling someone else's symptom, then the writer's own as the
        lesser, starts the writer's part; -1 when that part is the next sentence's opening. The
        other person's part tells nothing of now ("my husband can't feel his legs, mine only
        ache" alarms) and nothing of the writer's body."""
        parts: dict[int, int] = {}
        for i, sentence in enumerate(told):
            found = self._contrast.search(sentence)
            after = told[i + 1] if i + 1 < len(told) else ""
            if found is not None:
                before, at = sentence[: found.start()], found.start()
            elif self._contrast_opening.search(after):
                before, at = sentence, -1
            else:
                continue
            if self._theirs_only(before):
                parts[i] = at
        return parts

    def _theirs_only(self, part: str) -> bool:
        """`part` tells another person's condition, not of now and nothing of the writer's; of
        someone the writer may care for ("my dad"), only with its past told ("years ago")."""
        return (
            self._person.search(part) is not None
            and self._own_body.search(part) is None
            and self._other_now.search(part) is None
            and (self._close.search(part) is None or self._other_past.search(part) is not None)
        )

    def _pets(self, told: list[str]) -> set[int]:
        """The sentences that tell only of a pet: opening with it, or with "he", "she" or "it"
        after such a sentence, and naming nothing of the writer's nor another person ("our dog
        knocked Mum over. She can't feel her legs" is Mum's)."""
        pets: set[int] = set()
        for i, sentence in enumerate(told):
            opening = sentence.strip()
            pet = self._animal.match(opening)
            if pet is None and not (i - 1 in pets and _PET_PRONOUN.match(opening)):
                continue
            rest = opening[pet.end() :] if pet else opening
            if not (_WRITER.search(rest) or self._person.search(rest)):
                pets.add(i)
        # An animal named ("a talented mare", "the vet") and no other person: "she" or "he" in a
        # sentence with nothing of the writer's is the animal ("she couldn't poo").
        people = (self._person_noun.search(s) or self._person.search(s) for s in told)
        if any(map(self._animal_told.search, told)) and not any(people):
            pets |= {i for i, s in enumerate(told) if _THIRD.search(s) and not self._own.search(s)}
        return pets

    def _now_told(self, clause: str) -> bool:
        """A clause of now ("she can't feel her legs"), not one told well now ("he's fine now")."""
        return self._other_now.search(clause) is not None and self._well_now.search(clause) is None
