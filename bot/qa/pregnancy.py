"""Pregnancy in a message: one now (its section answers whatever is asked) or one that is over
(part of the teller's story; the baby it left is a child)."""

from __future__ import annotations

import re

from bot.qa.patterns import compiled
from bot.qa.ranking import GuideRanker
from bot.qa.text import fold

PREGNANCY = "pregnancy"
# After a pregnancy that is over, "the baby" is a child in the family, not a pregnancy: written
# "kid", a word that names no exercise ("child" would ask for the child's pose).
_BORN_BABY = re.compile(r"\b(?:baby|babies|newborn|newborns)\b")
# A pregnancy told as the teller's ("since having my baby"), not asked about ("after pregnancy?").
_TOLD = re.compile(r"\b(?:my|our|her|his|i|having|had|gave|was|born|ago)\b")
# A baby carried, held or lifted ("carrying my 10 month old baby on my hip", "holding my baby
# on one side all day") is a child born: what is done with it stays, the baby is a child. A
# pregnancy carried low or high is not one. So is a baby raised, bathed, changed or looked
# after ("raising a baby with a bad back", "how do you deal with a baby").
_CARRIED = re.compile(
    r"\b((?:carry|carrying|carried|hold|holding|held|lift|lifting|lifted|pick up|picking up|"
    r"picked up|rock|rocking|rocked|feed|feeding|nurse|nursing|breastfeed|breastfeeding|"
    r"chase|chasing|wear|wearing|burp|burping|raise|raising|raised|bath|bathe|bathing|change|"
    r"changing|settle|settling|look after|looking after|care for|caring for|play with|"
    r"playing with|deal with|dealing with|cope with|coping with) (?:my |our |the |her |his |a )?"
    r"(?:\w+ )?"
    r"(?:(?:week|month|year) old |little |new |sweet |big |heavy |chunky )?)"
    r"(?:baby|babies|newborn|infant)\b"
    r"(?! (?:low|high|lower|higher|very|so|quite|really|right|far|on my (?:nerve|sciatic)))"
)

# A bump that is a lump or a knock on the body ("a small bump on my hip"): "the bump" later in
# the message is the same one, no pregnancy bump.
_LUMP_BUMP = re.compile(
    r"\b(?:a|small|little|tiny|hard|soft|bony|painful|sore|raised|permanent|minor|slight|"
    r"strange|weird|odd) bumps? (?:on|over|near|behind|in|at|under|by|along) "
    r"(?:my|the|his|her|your|our)\b"
)
_BUMP = re.compile(r"\bbumps?\b")
# "Bump" as a verb ("I bump my knees on the drawer", "bumping into things") or a road's bumps
# ("every bump jars my back", "over speed bumps"): a knock, no pregnancy bump, wherever it is
# told; a bump of one's own ("my bump", "the bump is pressing") stays the pregnancy's.
_KNOCK_BUMP = re.compile(
    r"\bbump(?:s|ed|ing)? (?:my|his|her|your|our|into|against)\b"
    r"|\b(?:every|each|any|speed|road|over|over a|over the|over every|over any) bumps?\b"
    r"|\bbumps? in the road\b"
)


def _without_lump_bump(folded: str) -> str:
    """`folded` without the word bump when one is told as a lump or a knock on the body, and
    without a bump that is a knock or a road's."""
    folded = _KNOCK_BUMP.sub(" knock ", folded)
    return _BUMP.sub(" ", folded) if _LUMP_BUMP.search(folded) else folded


class PregnancyReading:
    """Tells a pregnancy now from one that is over (content/qa.yaml `past_pregnancy`)."""

    def __init__(self, past_pregnancy: str, ranker: GuideRanker, *, has_section: bool) -> None:
        self._past = compiled(past_pregnancy)
        self._ranker = ranker
        self._has_section = has_section

    def past_left_out(self, text: str) -> str:
        """`text` for the guide, without the teller's pregnancy that is over ("since having my baby
        2 years ago", "after my c-section"): it is part of the story, and the baby it left is a
        child. "After pregnancy?" asked of no one stays. The red-flag check has read it all."""
        folded = fold(text).replace("-", " ")
        carried = _CARRIED.sub(r"\1kid", _without_lump_bump(folded))
        told = [m for m in self._past.finditer(carried) if _TOLD.search(m.group())]
        for past in reversed(told):
            carried = f"{carried[: past.start()]} {carried[past.end() :]}"
        if told:
            return _BORN_BABY.sub("kid", carried)
        return carried if carried != folded else text

    def pregnant(self, text: str) -> bool:
        """The message speaks of a pregnancy now (not one that is over) and asks about no
        exercise by name."""
        if not self._has_section or self._ranker.named_exercises(text):
            return False
        story = _without_lump_bump(self._ranker.without_symptoms(text))
        story = self._past.sub(" ", _CARRIED.sub(r"\1kid", story))
        return PREGNANCY in self._ranker.themes(story)
